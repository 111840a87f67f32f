import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  MAX_PIXELS,
  MIN_PIXEL_RATIO,
  nextPixelRatio,
  paceFrame,
  paceRest,
  pixelRatioCap,
  startPace,
  type Pace,
} from '../../../src/scene/resolution'

describe('pixelRatioCap', () => {
  it('keeps the screen’s ratio where the pixels fit, and caps 4K to a 1440p budget', () => {
    expect(pixelRatioCap(1920, 1080, 1)).toBe(1)
    expect(pixelRatioCap(390, 844, 3)).toBe(2)
    const uhd = pixelRatioCap(3840, 2160, 1)
    expect(uhd).toBeLessThan(1)
    expect(3840 * uhd * 2160 * uhd).toBeLessThanOrEqual(MAX_PIXELS + 1)
  })
})

describe('nextPixelRatio', () => {
  it('steps down on slow frames and up on fast ones, within its bounds', () => {
    expect(nextPixelRatio(1, Array(12).fill(100), 1)).toBe(0.75)
    expect(nextPixelRatio(0.75, Array(12).fill(10), 1)).toBe(1)
    expect(nextPixelRatio(1, Array(12).fill(10), 1)).toBe(1)
    expect(nextPixelRatio(MIN_PIXEL_RATIO, Array(12).fill(500), 1)).toBe(MIN_PIXEL_RATIO)
    expect(nextPixelRatio(1, Array(12).fill(25), 1)).toBe(1)
  })

  it('keeps a ratio that holds 30 fps, jitter and all: every other refresh is not slow', () => {
    const jittery = [33.1, 33.5, 33.3, 34.0, 32.9, 33.4, 33.2, 33.6, 33.3, 33.0, 33.7, 33.3]
    expect(nextPixelRatio(0.75, jittery, 1)).toBe(0.75)
    // Every third refresh (20 fps) is slow.
    expect(nextPixelRatio(1, Array(12).fill(50), 1)).toBe(0.75)
  })

  it('never leaves [min, cap]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        (current, gaps, cap) => {
          const next = nextPixelRatio(current, gaps, cap)
          expect(next).toBeGreaterThanOrEqual(MIN_PIXEL_RATIO)
          expect(next).toBeLessThanOrEqual(Math.max(cap, MIN_PIXEL_RATIO) + 0.005)
        },
      ),
    )
  })
})

/** Draws frames `gap` ms apart from `start`, as a movement does; returns the state and ratios. */
function move(pace: Pace, start: number, gap: number, count: number, cap: number) {
  const ratios: number[] = []
  for (let i = 0; i < count; i++) {
    const step = paceFrame(pace, start + i * gap, cap)
    pace = step.pace
    ratios.push(step.ratio)
  }
  return { pace, ratios }
}

describe('pace: adapted while moving, sharp at rest', () => {
  it('lowers the ratio during a slow movement, then draws one frame at the cap at rest', () => {
    const slow = move(startPace(1), 0, 200, 36, 1)
    expect(slow.pace.moving).toBe(0.56)
    expect(slow.ratios.at(-1)).toBe(0.56)
    const rest = paceRest(slow.pace, 1)
    expect(rest.redraw).toBe(true)
    const sharp = paceFrame(rest.pace, 10_000, 1)
    expect(sharp.ratio).toBe(1)
    // Resting on: nothing more to draw.
    expect(paceRest(sharp.pace, 1).redraw).toBe(false)
    // Moving again starts at the adapted ratio, not back at the cap.
    const again = paceFrame(sharp.pace, 10_100, 1)
    expect(again.ratio).toBe(0.56)
    expect(again.pace.phase).toBe('moving')
  })

  it('does not time the sharp frame, nor a first frame after standing still', () => {
    const slow = move(startPace(1), 0, 200, 12, 1)
    const sharp = paceFrame(paceRest(slow.pace, 1).pace, 2_700, 1).pace
    // Eleven fast frames after the sharp one, whose gap after the last movement was slow.
    const fast = move(sharp, 2_720, 10, 12, 1)
    expect(fast.pace.moving).toBe(1)
    // A frame long after the last says nothing about speed.
    const late = paceFrame(startPace(0.75), 5_000, 1).pace
    expect(late.gaps).toEqual([])
  })

  it('needs no sharp frame when movement was already drawn at the cap', () => {
    const fast = move(startPace(1), 0, 10, 24, 1)
    expect(fast.ratios.every((ratio) => ratio === 1)).toBe(true)
    expect(paceRest(fast.pace, 1).redraw).toBe(false)
  })

  it('never draws outside [min, cap], whatever the frames and rests', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.array(fc.oneof(fc.double({ min: 1, max: 2000, noNaN: true }), fc.constant(-1)), {
          maxLength: 80,
        }),
        (cap, events) => {
          let pace = startPace(cap)
          let now = 0
          for (const event of events) {
            if (event < 0) {
              pace = paceRest(pace, cap).pace
              continue
            }
            now += event
            const step = paceFrame(pace, now, cap)
            pace = step.pace
            expect(step.ratio).toBeGreaterThanOrEqual(MIN_PIXEL_RATIO)
            expect(step.ratio).toBeLessThanOrEqual(cap + 0.005)
          }
        },
      ),
    )
  })
})
