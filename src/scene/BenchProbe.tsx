import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { RedFormat, RGFormat, Texture, type Mesh, type Object3D, type ShaderMaterial } from 'three'
import { movement } from './AdaptiveResolution'

/** What `npm run bench` reads from a page opened with `?bench`. */
export interface BenchProbeApi {
  /** Frames drawn since the canvas was created. */
  frames: () => number
  /**
   * Renders `count` frames at pixel ratio `ratio` (by default the one movement is drawn at),
   * turning the camera a little each time, and returns each one's ms.
   */
  renderCost: (count: number, ratio?: number) => number[]
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
  /** The scene itself, for measuring what its parts cost. */
  scene: () => Object3D
  /** The hash of every place of the pavilion, in tour order (none in the empty canvas). */
  places: () => string[]
}

declare global {
  interface Window {
    exhibitionBench?: BenchProbeApi
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
    const finish = () => {
      const { gl } = get()
      const context = gl.getContext()
      context.readPixels(0, 0, 1, 1, context.RGBA, context.UNSIGNED_BYTE, pixel)
    }
    window.exhibitionBench = {
      places: () => [...places],
      scene: () => get().scene,
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
