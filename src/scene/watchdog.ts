/** A kiosk reloads when a frame has been asked for and none drawn for this long, page visible. */
export const WATCHDOG_LIMIT_MS = 60_000
export const WATCHDOG_CHECK_MS = 5000

export interface WatchdogObservation {
  /** A frame is asked for and not drawn yet. */
  pending: boolean
  visible: boolean
  /** When the last frame was drawn, ms. */
  drawnAt: number
  now: number
}

/**
 * Since when a frame has been waited for (ms), or null when nothing is waited for: it starts at
 * the first check that sees a request outstanding, and a frame drawn since starts it again.
 */
export function waitingSince(previous: number | null, seen: WatchdogObservation): number | null {
  if (!seen.pending || !seen.visible) return null
  if (previous === null || seen.drawnAt > previous) return seen.now
  return previous
}

/** Whether the renderer has stalled: a frame waited for the whole limit, with the page in view. */
export function rendererStalled(
  since: number | null,
  now: number,
  limit = WATCHDOG_LIMIT_MS,
): boolean {
  return since !== null && now - since >= limit
}
