import { readQuery } from './state/query'

/**
 * Faults a test can inject into the built app, to see that nothing blanks the screen or that
 * slow hardware is met. Only a page opened with `?faults` has them
 * (`window.exhibitionFaults.scene()`, `window.exhibitionFaults.slowFrames(ms)`).
 */
const sceneFaultListeners = new Set<() => void>()

/** Makes the scene mounted now throw; a scene mounted after it is whole again. */
export function injectSceneFault(): void {
  for (const listener of sceneFaultListeners) listener()
}

export function onSceneFault(listener: () => void): () => void {
  sceneFaultListeners.add(listener)
  return () => sceneFaultListeners.delete(listener)
}

/** A slow renderer, as a test makes one: each frame takes at least this long (ms). */
export const slowness = { frameMs: 0 }

export const FAULTS_ENABLED =
  typeof window !== 'undefined' && readQuery(window.location.search).faults

export function installFaultHooks(): void {
  if (!FAULTS_ENABLED) return
  Object.defineProperty(window, 'exhibitionFaults', {
    value: {
      scene: injectSceneFault,
      slowFrames: (ms: number) => {
        slowness.frameMs = ms
      },
    },
    configurable: true,
  })
}
