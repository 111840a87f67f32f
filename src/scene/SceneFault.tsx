import { useEffect, useReducer } from 'react'
import { onSceneFault, takeSceneFault } from '../faults'

/** Throws inside the canvas when a test asks (`?faults`), as a broken scene component would. */
export function SceneFault() {
  const [, rerender] = useReducer((n: number) => n + 1, 0)
  useEffect(() => onSceneFault(rerender), [])
  if (takeSceneFault()) throw new Error('Scene fault injected by a test')
  return null
}
