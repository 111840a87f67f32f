/** The most pixels a canvas draws: a 2560x1440 screen's worth. */
export const MAX_PIXELS = 2560 * 1440
export const MIN_PIXEL_RATIO = 0.5
// Frames come at whole refreshes of the screen (16.7, 33.3, 50 ms at 60 Hz), so a renderer that
// holds 30 fps shows gaps of 33.3 ms give or take a little jitter. Slow is a gap past halfway to
// the next step (24 fps and less), not 30 fps itself: at the boundary, a lower ratio would blur
// the picture without making it any faster (software WebGL at 1080p keeps 30 fps from 0.75 down).
const SLOW_MS = 1000 / 24
const FAST_MS = 1000 / 55
const STEP = 0.75

/** The highest pixel ratio for a canvas of this size: the screen's own, at most MAX_PIXELS. */
export function pixelRatioCap(width: number, height: number, deviceRatio: number): number {
  const fit = Math.sqrt(MAX_PIXELS / Math.max(1, width * height))
  return Math.max(MIN_PIXEL_RATIO, Math.min(deviceRatio, 2, fit))
}

/**
 * The pixel ratio after a run of frames `gaps` ms apart: lower by a step when the median frame
 * is slower than 24 fps (below 30 fps whatever the jitter), higher by a step when faster than
 * 55 fps, within [MIN, cap].
 */
export function nextPixelRatio(current: number, gaps: number[], cap: number): number {
  const sorted = [...gaps].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)] ?? FAST_MS
  let next = current
  if (median > SLOW_MS) next = current * STEP
  else if (median < FAST_MS) next = current / STEP
  return Math.round(Math.max(MIN_PIXEL_RATIO, Math.min(cap, next)) * 100) / 100
}

/** How long after the last frame of a movement the view is redrawn sharp. */
export const REST_MS = 500
/** Frames this far apart are not a movement: the gap says nothing about speed. */
const STILL_GAP_MS = 1000
const GAPS_PER_DECISION = 12

/**
 * The pixel ratio over a visit. While the visitor moves, frames are timed and the ratio adapts
 * (`moving`); once they stand still the view is drawn once more at the cap, so the text they stop
 * to read is sharp; the next movement goes back to the adapted ratio.
 */
export interface Pace {
  phase: 'moving' | 'sharpening' | 'sharp'
  /** The ratio movement is drawn at, as adapted so far. */
  moving: number
  /** When the last frame was drawn (ms). */
  last: number
  gaps: number[]
}

export function startPace(ratio: number): Pace {
  return { phase: 'moving', moving: ratio, last: -Infinity, gaps: [] }
}

/** A frame is being drawn at `now`: the next state, and the ratio to draw at from now on. */
export function paceFrame(pace: Pace, now: number, cap: number): { pace: Pace; ratio: number } {
  const moving = Math.min(pace.moving, cap)
  if (pace.phase === 'sharpening') {
    // The sharp frame itself: not part of a movement.
    return { pace: { ...pace, phase: 'sharp', moving, last: now, gaps: [] }, ratio: cap }
  }
  if (pace.phase === 'sharp') {
    // Something moves again: back to the ratio movement can afford.
    return { pace: { phase: 'moving', moving, last: now, gaps: [] }, ratio: moving }
  }
  const gap = now - pace.last
  if (gap > STILL_GAP_MS) return { pace: { ...pace, moving, last: now }, ratio: moving }
  const gaps = [...pace.gaps, gap]
  if (gaps.length < GAPS_PER_DECISION)
    return { pace: { ...pace, moving, last: now, gaps }, ratio: moving }
  const next = nextPixelRatio(moving, gaps, cap)
  return { pace: { phase: 'moving', moving: next, last: now, gaps: [] }, ratio: next }
}

/**
 * No frame for REST_MS: the next state, and whether one more frame, at the cap, is needed (only
 * when movement was drawn below it).
 */
export function paceRest(pace: Pace, cap: number): { pace: Pace; redraw: boolean } {
  if (pace.phase !== 'moving' || pace.moving >= cap) return { pace, redraw: false }
  return { pace: { ...pace, phase: 'sharpening' }, redraw: true }
}
