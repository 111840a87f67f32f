import { useEffect, useState } from 'react'
import { onSceneFault } from '../faults'

/**
 * Throws inside the canvas when a test asks (`?faults`), as a broken scene component would. The
 * fault is this instance's state, so React's retry of the render throws again, and a scene
 * mounted afresh (a kiosk's retry) comes back whole.
 */
export function SceneFault() {
  const [fault, setFault] = useState(false)
  useEffect(() => onSceneFault(() => setFault(true)), [])
  if (fault) throw new Error('Scene fault injected by a test')
  return null
}
