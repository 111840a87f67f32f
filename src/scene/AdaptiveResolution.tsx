import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { REST_MS, paceFrame, paceRest, pixelRatioCap, startPace } from './resolution'

/**
 * Where the benchmark reads the ratio movement is drawn at (the canvas is sharp at rest); null in
 * a canvas without adaptive resolution (the benchmark's empty canvas).
 */
export const movement: { pixelRatio: number | null } = { pixelRatio: null }

/**
 * Keeps motion smooth on slow hardware and text sharp at rest: while the visitor moves, the time
 * between frames is watched and the pixel ratio lowered when frames are slow, raised again when
 * there is room; when they stand still, the view is drawn once more at full sharpness (the rules
 * are in `resolution.ts`). On very wide screens (4K kiosks) the ratio is capped so the canvas
 * never draws more pixels than a 1440p screen; the browser scales the picture up.
 */
export function AdaptiveResolution() {
  const get = useThree((s) => s.get)
  const width = useThree((s) => s.size.width)
  const height = useThree((s) => s.size.height)
  const cap = pixelRatioCap(width, height, window.devicePixelRatio)
  const pace = useRef(startPace(cap))
  const rest = useRef<ReturnType<typeof setTimeout>>(undefined)

  useEffect(() => {
    const { viewport, setDpr } = get()
    if (viewport.dpr > cap) setDpr(cap)
  }, [cap, get])

  useEffect(() => () => clearTimeout(rest.current), [])

  useFrame(() => {
    const { viewport, setDpr } = get()
    const { pace: next, ratio } = paceFrame(pace.current, performance.now(), cap)
    pace.current = next
    movement.pixelRatio = next.moving
    // A change of pixel ratio resizes the canvas: rare (a decision on a dozen frames, or the
    // start and end of a movement), never per frame.
    if (ratio !== viewport.dpr) setDpr(ratio)
    clearTimeout(rest.current)
    rest.current = setTimeout(() => {
      const after = paceRest(pace.current, cap)
      pace.current = after.pace
      if (!after.redraw) return
      get().setDpr(cap)
      get().invalidate()
    }, REST_MS)
  })
  return null
}
