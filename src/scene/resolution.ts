/** The most pixels a canvas draws: a 2560x1440 screen's worth. */
export const MAX_PIXELS = 2560 * 1440
export const MIN_PIXEL_RATIO = 0.5
const SLOW_MS = 1000 / 30
const FAST_MS = 1000 / 55
const STEP = 0.75

/** The highest pixel ratio for a canvas of this size: the screen's own, at most MAX_PIXELS. */
export function pixelRatioCap(width: number, height: number, deviceRatio: number): number {
  const fit = Math.sqrt(MAX_PIXELS / Math.max(1, width * height))
  return Math.max(MIN_PIXEL_RATIO, Math.min(deviceRatio, 2, fit))
}

/**
 * The pixel ratio after a run of frames `gaps` ms apart: lower by a step when the median frame
 * is slower than 30 fps, higher by a step when faster than 55 fps, within [MIN, cap].
 */
export function nextPixelRatio(current: number, gaps: number[], cap: number): number {
  const sorted = [...gaps].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)] ?? FAST_MS
  let next = current
  if (median > SLOW_MS) next = current * STEP
  else if (median < FAST_MS) next = current / STEP
  return Math.round(Math.max(MIN_PIXEL_RATIO, Math.min(cap, next)) * 100) / 100
}
