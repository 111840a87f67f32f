import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'

/**
 * Marks the page once the scene has drawn its first frame (`data-scene-drawn` on <html>), so
 * that automation, screenshots and kiosk watchdogs know clicks on the canvas will land.
 */
export function FrameSignal() {
  const drawn = useRef(false)
  useFrame(() => {
    if (drawn.current) return
    drawn.current = true
    // Set after this frame is drawn, when the scene's matrices are up to date for picking.
    requestAnimationFrame(() => {
      document.documentElement.dataset.sceneDrawn = 'true'
      performance.mark('exhibition-first-frame')
    })
  })
  return null
}
