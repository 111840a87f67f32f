import { readQuery } from './state/query'

/**
 * Faults a test can inject into the built app, to see that nothing blanks the screen. Only a page
 * opened with `?faults` has them (`window.exhibitionFaults.scene()`).
 */
let sceneFaultPending = false
const sceneFaultListeners = new Set<() => void>()

export function injectSceneFault(): void {
  sceneFaultPending = true
  for (const listener of sceneFaultListeners) listener()
}

/** Whether a scene fault waits to be thrown; taking it clears it, so a retried scene comes back. */
export function takeSceneFault(): boolean {
  const pending = sceneFaultPending
  sceneFaultPending = false
  return pending
}

export function onSceneFault(listener: () => void): () => void {
  sceneFaultListeners.add(listener)
  return () => sceneFaultListeners.delete(listener)
}

export const FAULTS_ENABLED =
  typeof window !== 'undefined' && readQuery(window.location.search).faults

export function installFaultHooks(): void {
  if (!FAULTS_ENABLED) return
  Object.defineProperty(window, 'exhibitionFaults', {
    value: { scene: injectSceneFault },
    configurable: true,
  })
}
