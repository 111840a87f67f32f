import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { nextPixelRatio, pixelRatioCap } from './resolution'

/**
 * Keeps motion smooth on slow hardware: while the visitor moves, the time between frames is
 * watched and the pixel ratio lowered when frames are slow, raised again when there is room.
 * On very wide screens (4K kiosks) the ratio is capped so the canvas never draws more pixels than
 * a 1440p screen; the browser scales the picture up.
 */
export function AdaptiveResolution() {
  const get = useThree((s) => s.get)
  const width = useThree((s) => s.size.width)
  const height = useThree((s) => s.size.height)
  const frames = useRef<{ last: number; gaps: number[] }>({ last: 0, gaps: [] })
  const cap = pixelRatioCap(width, height, window.devicePixelRatio)

  useEffect(() => {
    const { viewport, setDpr } = get()
    if (viewport.dpr > cap) setDpr(cap)
  }, [cap, get])

  useFrame(() => {
    const now = performance.now()
    const record = frames.current
    const gap = now - record.last
    record.last = now
    // Only back-to-back frames say something about speed: a gap after idling says nothing.
    if (gap > 1000) return
    record.gaps.push(gap)
    if (record.gaps.length < 12) return
    const { viewport, setDpr } = get()
    const next = nextPixelRatio(viewport.dpr, record.gaps, cap)
    record.gaps = []
    // A change of pixel ratio resizes the canvas: rare, decided on a dozen frames, never per frame.
    if (next !== viewport.dpr) setDpr(next)
  })
  return null
}
