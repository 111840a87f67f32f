import { useFrame } from '@react-three/fiber'
import { useEffect, useState } from 'react'
import { onSceneFault, slowness } from '../faults'

/**
 * Throws inside the canvas when a test asks (`?faults`), as a broken scene component would, and
 * makes frames slow when asked to. The
 * fault is this instance's state, so React's retry of the render throws again, and a scene
 * mounted afresh (a kiosk's retry) comes back whole.
 */
export function SceneFault() {
  const [fault, setFault] = useState(false)
  useEffect(() => onSceneFault(() => setFault(true)), [])
  // A slow renderer on demand: the frame is held as long as the test asked.
  useFrame(() => {
    const until = performance.now() + slowness.frameMs
    while (performance.now() < until) {
      // Busy, as a CPU drawing pixels is.
    }
  })
  if (fault) throw new Error('Scene fault injected by a test')
  return null
}
