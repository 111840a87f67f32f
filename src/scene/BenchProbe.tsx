import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import {
  ACESFilmicToneMapping,
  SRGBColorSpace,
  Color,
  DirectionalLight,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  PlaneGeometry,
  RedFormat,
  RGFormat,
  Scene,
  Texture,
  Vector3,
  type Camera,
  type Object3D,
  type ShaderMaterial,
} from 'three'
import { movement } from './AdaptiveResolution'
import { roomCulling } from './RoomCulling'

/** What `npm run bench` reads from a page opened with `?bench`. */
export interface BenchProbeApi {
  /** Frames drawn since the canvas was created. */
  frames: () => number
  /**
   * Renders `count` frames at pixel ratio `ratio` (by default the one movement is drawn at),
   * turning the camera a little each time, and returns each one's ms.
   */
  renderCost: (count: number, ratio?: number) => number[]
  /**
   * At pixel ratio 1, `count` times in turn: a frame of the view, a frame of one plane filling
   * the same view unlit (MeshBasicMaterial), and one lit per pixel (Lambert and a sun); the ms
   * of each. The planes are the floors a view's cost is read against, measured in the same page
   * and canvas, interleaved, so that a slow moment of the machine weighs on all three alike.
   */
  compareCost: (count: number) => { view: number[]; unlit: number[]; lit: number[] }
  /** Draw calls and triangles of one frame of the current view, and GPU resources held. */
  info: () => {
    calls: number
    triangles: number
    geometries: number
    textures: number
    programs: number
  }
  /** The pixel ratio movement is drawn at (it adapts while the visitor moves). */
  pixelRatio: () => number
  /** Width x height of each texture the scene's materials use (the glyph atlas among them). */
  atlases: () => string[]
  /** Bytes the GPU holds for those textures, mipmaps included. */
  textureBytes: () => number
  /**
   * Draws the view at pixel ratio 1 with each room drawn only where it is seen, then with every
   * room whole, facing `turns` ways round from where the visitor stands: the pixels drawn, and
   * how many of them differ between the two.
   */
  cullingDifference: (turns?: number) => { pixels: number; differing: number }
  /** How each room was drawn in the last frame: whole, in part (through doors) or not at all. */
  roomViews: () => Record<string, 'whole' | 'part' | 'hidden'>
  /** The hash of every place of the pavilion, in tour order (none in the empty canvas). */
  places: () => string[]
}

declare global {
  interface Window {
    exhibitionBench?: BenchProbeApi
  }
}

/** Two scenes of one large plane, unlit and lit, that `place` puts right in front of a camera. */
function planeScenes() {
  const background = new Color('#070b18')
  const geometry = new PlaneGeometry(400, 400)
  const unlitPlane = new Mesh(geometry, new MeshBasicMaterial({ color: '#243463' }))
  const litPlane = new Mesh(geometry, new MeshLambertMaterial({ color: '#243463' }))
  const unlit = new Scene()
  unlit.background = background
  unlit.add(unlitPlane)
  const lit = new Scene()
  lit.background = background
  const sun = new DirectionalLight('#ffffff', 1.4)
  sun.position.set(2, 3, 4)
  lit.add(litPlane, sun)
  const ahead = new Vector3()
  return {
    unlit,
    lit,
    place: (camera: Camera) => {
      camera.getWorldDirection(ahead)
      for (const plane of [unlitPlane, litPlane]) {
        plane.position.copy(camera.position).addScaledVector(ahead, 5)
        plane.quaternion.copy(camera.quaternion)
      }
    },
  }
}

/** Every texture a material of the scene uses, as a map or as a uniform of its own shader. */
function sceneTextures(scene: Object3D): Texture[] {
  const seen = new Set<Texture>()
  scene.traverse((object) => {
    const { material } = object as Partial<Mesh>
    for (const one of Array.isArray(material) ? material : material ? [material] : []) {
      for (const value of Object.values(one)) if (value instanceof Texture) seen.add(value)
      const uniforms = (one as Partial<ShaderMaterial>).uniforms ?? {}
      for (const { value } of Object.values(uniforms)) if (value instanceof Texture) seen.add(value)
    }
  })
  return [...seen]
}

/** What the GPU holds for a texture: its texels at their size, a third more with mipmaps. */
function textureBytes(texture: Texture): number {
  const image = texture.image as { width: number; height: number }
  const perTexel = texture.format === RedFormat ? 1 : texture.format === RGFormat ? 2 : 4
  const bytes = image.width * image.height * perTexel
  return texture.generateMipmaps ? Math.round((bytes * 4) / 3) : bytes
}

/**
 * Only with `?bench` in the URL: hands the renderer's figures to the benchmark. Rendering is
 * timed with a one-pixel read-back, which waits until the frame is really drawn.
 */
export function BenchProbe({ places = [] }: { places?: readonly string[] }) {
  const get = useThree((s) => s.get)
  useEffect(() => {
    const pixel = new Uint8Array(4)
    let planes: ReturnType<typeof planeScenes> | undefined
    const finish = () => {
      const { gl } = get()
      const context = gl.getContext()
      context.readPixels(0, 0, 1, 1, context.RGBA, context.UNSIGNED_BYTE, pixel)
    }
    window.exhibitionBench = {
      places: () => [...places],
      frames: () => get().gl.info.render.frame,
      pixelRatio: () => movement.pixelRatio ?? get().viewport.dpr,
      renderCost: (count, ratio) => {
        const { gl, scene, camera } = get()
        const costs: number[] = []
        gl.setPixelRatio(ratio ?? movement.pixelRatio ?? get().viewport.dpr)
        finish()
        for (let i = 0; i < count; i++) {
          camera.rotateY(i % 2 === 0 ? 0.01 : -0.01)
          const start = performance.now()
          gl.render(scene, camera)
          finish()
          costs.push(performance.now() - start)
        }
        gl.setPixelRatio(get().viewport.dpr)
        return costs
      },
      compareCost: (count) => {
        const { gl, scene, camera } = get()
        const floors = (planes ??= planeScenes())
        floors.place(camera)
        const result = { view: [] as number[], unlit: [] as number[], lit: [] as number[] }
        gl.setPixelRatio(1)
        const own = { toneMapping: gl.toneMapping, outputColorSpace: gl.outputColorSpace }
        const time = (what: Scene) => {
          // The planes are drawn as a three.js page with R3F's defaults would draw them (ACES
          // filmic, sRGB output), whatever the pavilion's own renderer settings.
          const floor = what !== scene
          gl.toneMapping = floor ? ACESFilmicToneMapping : own.toneMapping
          gl.outputColorSpace = floor ? SRGBColorSpace : own.outputColorSpace
          const start = performance.now()
          gl.render(what, camera)
          finish()
          return performance.now() - start
        }
        finish()
        for (let i = 0; i < count; i++) {
          result.view.push(time(scene))
          result.unlit.push(time(floors.unlit))
          result.lit.push(time(floors.lit))
        }
        gl.toneMapping = own.toneMapping
        gl.outputColorSpace = own.outputColorSpace
        gl.setPixelRatio(get().viewport.dpr)
        // The canvas shows the view again, not the last plane.
        gl.render(scene, camera)
        return result
      },
      cullingDifference: (turns = 1) => {
        const { gl, scene, camera } = get()
        const facing = camera.quaternion.clone()
        gl.setPixelRatio(1)
        const context = gl.getContext()
        const { drawingBufferWidth: width, drawingBufferHeight: height } = context
        const read = (culled: boolean) => {
          roomCulling.enabled = culled
          gl.render(scene, camera)
          const pixels = new Uint8Array(width * height * 4)
          context.readPixels(0, 0, width, height, context.RGBA, context.UNSIGNED_BYTE, pixels)
          return pixels
        }
        let differing = 0
        for (let turn = 0; turn < turns; turn++) {
          camera.rotateY((Math.PI * 2) / turns)
          camera.updateMatrixWorld()
          const culled = read(true)
          const whole = read(false)
          for (let i = 0; i < culled.length; i += 4) {
            if (
              culled[i] !== whole[i] ||
              culled[i + 1] !== whole[i + 1] ||
              culled[i + 2] !== whole[i + 2]
            )
              differing++
          }
        }
        roomCulling.enabled = true
        camera.quaternion.copy(facing)
        camera.updateMatrixWorld()
        gl.setPixelRatio(get().viewport.dpr)
        gl.render(scene, camera)
        return { pixels: width * height * turns, differing }
      },
      roomViews: () =>
        Object.fromEntries(
          [...roomCulling.last].map(([room, view]) => [
            room,
            typeof view === 'string' ? view : 'part',
          ]),
        ),
      info: () => {
        const { gl, scene, camera } = get()
        gl.render(scene, camera)
        return {
          calls: gl.info.render.calls,
          triangles: gl.info.render.triangles,
          geometries: gl.info.memory.geometries,
          textures: gl.info.memory.textures,
          programs: gl.info.programs?.length ?? 0,
        }
      },
      atlases: () =>
        sceneTextures(get().scene).map((texture) => {
          const image = texture.image as { width: number; height: number }
          return `${image.width}x${image.height}`
        }),
      textureBytes: () => sceneTextures(get().scene).reduce((sum, t) => sum + textureBytes(t), 0),
    }
    return () => {
      delete window.exhibitionBench
    }
  }, [get, places])
  return null
}
