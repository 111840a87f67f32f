import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  MAX_PIXELS,
  MIN_PIXEL_RATIO,
  nextPixelRatio,
  pixelRatioCap,
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
