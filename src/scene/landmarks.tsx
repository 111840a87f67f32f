import { useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, type RefObject } from 'react'
import { Vector3, type Object3D } from 'three'
import type { Bounds } from './text/textFrame'

// What a visitor must be able to read from where they stand (the welcome board's name, title and
// halls), registered by the scene with its size and text size. `window.exhibitionLandmarks()`
// projects each through the current camera, so that a test can check, at any screen size, that
// it lies inside the screen and how many CSS pixels its text is tall.

export interface Landmark {
  /** The object whose frame the box is given in. */
  object: RefObject<Object3D | null>
  box: Bounds
  /** Height of its smallest text (the font size), metres. */
  text: number
}

export interface LandmarkOnScreen {
  name: string
  /** CSS pixels from the canvas's top left corner. */
  left: number
  top: number
  right: number
  bottom: number
  /** How tall its smallest text is drawn, CSS pixels. */
  textPx: number
  /** Whether the whole box is in front of the camera. */
  inFront: boolean
}

const landmarks = new Map<string, Landmark>()

declare global {
  interface Window {
    /** For tests: the scene's landmarks as the camera shows them now. */
    exhibitionLandmarks?: () => LandmarkOnScreen[]
  }
}

/** Keeps `name` on record while the component that holds `object` is mounted (none: nothing). */
export function useLandmark(name: string | undefined, landmark: Landmark | null): void {
  useLayoutEffect(() => {
    if (!name || !landmark) return undefined
    landmarks.set(name, landmark)
    return () => {
      landmarks.delete(name)
    }
  }, [name, landmark])
}

const point = new Vector3()

/** Hands `window.exhibitionLandmarks` to automation; renders nothing. */
export function LandmarkProbe() {
  const get = useThree((s) => s.get)
  useEffect(() => {
    window.exhibitionLandmarks = () => {
      const { camera, size } = get()
      camera.updateMatrixWorld()
      const shown: LandmarkOnScreen[] = []
      for (const [name, { object, box, text }] of landmarks) {
        const target = object.current
        if (!target) continue
        target.updateWorldMatrix(true, false)
        const screen = (x: number, y: number) => {
          point.set(x, y, 0)
          target.localToWorld(point)
          const inFront = point.clone().applyMatrix4(camera.matrixWorldInverse).z < 0
          point.project(camera)
          return {
            x: ((point.x + 1) / 2) * size.width,
            y: ((1 - point.y) / 2) * size.height,
            inFront,
          }
        }
        const corners = [box.minX, box.maxX].flatMap((x) =>
          [box.minY, box.maxY].map((y) => screen(x, y)),
        )
        const middle = (box.minY + box.maxY) / 2
        const textTop = screen((box.minX + box.maxX) / 2, middle + text / 2)
        const textBottom = screen((box.minX + box.maxX) / 2, middle - text / 2)
        shown.push({
          name,
          left: Math.min(...corners.map((c) => c.x)),
          right: Math.max(...corners.map((c) => c.x)),
          top: Math.min(...corners.map((c) => c.y)),
          bottom: Math.max(...corners.map((c) => c.y)),
          textPx: Math.abs(textBottom.y - textTop.y),
          inFront: corners.every((c) => c.inFront),
        })
      }
      return shown
    }
    return () => {
      delete window.exhibitionLandmarks
    }
  }, [get])
  return null
}
