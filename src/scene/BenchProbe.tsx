import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { Texture } from 'three'
import { movement } from './AdaptiveResolution'

/** What `npm run bench` reads from a page opened with `?bench`. */
export interface BenchProbeApi {
  /** Frames drawn since the canvas was created. */
  frames: () => number
  /**
   * Renders `count` frames at the ratio movement is drawn at, turning the camera a little each
   * time, and returns each one's ms.
   */
  renderCost: (count: number) => number[]
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
  /** Width x height of each distinct glyph atlas of the scene's text. */
  atlases: () => string[]
  /** The hash of every place of the pavilion, in tour order (none in the empty canvas). */
  places: () => string[]
}

declare global {
  interface Window {
    exhibitionBench?: BenchProbeApi
  }
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
      frames: () => get().gl.info.render.frame,
      pixelRatio: () => movement.pixelRatio ?? get().viewport.dpr,
      renderCost: (count) => {
        const { gl, scene, camera } = get()
        const costs: number[] = []
        gl.setPixelRatio(movement.pixelRatio ?? get().viewport.dpr)
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
      atlases: () => {
        const seen = new Set<Texture>()
        get().scene.traverse((object) => {
          const info = (object as { textRenderInfo?: { sdfTexture?: Texture } }).textRenderInfo
          if (info?.sdfTexture) seen.add(info.sdfTexture)
        })
        return [...seen].map((texture) => {
          const image = texture.image as { width: number; height: number }
          return `${image.width}x${image.height}`
        })
      },
    }
    return () => {
      delete window.exhibitionBench
    }
  }, [get, places])
  return null
}
