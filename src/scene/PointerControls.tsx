import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { PerspectiveCamera } from 'three'
import { visitorInput } from '../controls/visitorInput'
import { verticalFovFor } from '../plan'
import { wakeScene } from '../controls/wakeScene'

/** Radians of turn per CSS pixel dragged. */
const DRAG_LOOK = 0.0045
/** Metres per wheel notch (deltaY of 100). */
const WHEEL_STEP = 1.2
const MAX_ZOOM = 2.5

/**
 * Mouse and touch on the canvas: drag to look, wheel to walk, two fingers to pinch-zoom. Clicks
 * and taps reach the scene's own handlers, which ignore a press that became a drag.
 */
export function PointerControls() {
  const get = useThree((s) => s.get)
  useEffect(() => {
    const { gl } = get()
    const element = gl.domElement
    const pointers = new Map<number, { x: number; y: number }>()
    let pinch = 0
    const applyZoom = () => {
      const { camera, size, invalidate } = get()
      const perspective = camera as PerspectiveCamera
      perspective.fov = verticalFovFor(size.width / size.height) / visitorInput.zoom
      perspective.updateProjectionMatrix()
      invalidate()
    }
    const spread = () => {
      const [a, b] = [...pointers.values()]
      return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0
    }
    const onDown = (event: PointerEvent) => {
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY })
      if (pointers.size === 2) pinch = spread()
    }
    const onMove = (event: PointerEvent) => {
      const last = pointers.get(event.pointerId)
      if (!last) return
      const dx = event.clientX - last.x
      const dy = event.clientY - last.y
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY })
      if (pointers.size === 1) {
        visitorInput.lookDelta.yaw -= dx * DRAG_LOOK
        visitorInput.lookDelta.pitch -= dy * DRAG_LOOK
        wakeScene()
      } else if (pointers.size === 2 && pinch > 0) {
        const now = spread()
        visitorInput.zoom = Math.max(1, Math.min(MAX_ZOOM, visitorInput.zoom * (now / pinch)))
        pinch = now
        applyZoom()
      }
    }
    const onUp = (event: PointerEvent) => {
      pointers.delete(event.pointerId)
      if (pointers.size < 2) pinch = 0
    }
    const onWheel = (event: WheelEvent) => {
      event.preventDefault()
      const lines = event.deltaMode === 1 ? 33 : event.deltaMode === 2 ? 100 : 1
      visitorInput.wheel -= ((event.deltaY * lines) / 100) * WHEEL_STEP
      wakeScene()
    }
    const listening = new AbortController()
    const { signal } = listening
    element.addEventListener('pointerdown', onDown, { signal })
    window.addEventListener('pointermove', onMove, { signal })
    window.addEventListener('pointerup', onUp, { signal })
    window.addEventListener('pointercancel', onUp, { signal })
    element.addEventListener('wheel', onWheel, { passive: false, signal })
    return () => listening.abort()
  }, [get])
  return null
}
