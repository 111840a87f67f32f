import { describe, expect, it } from 'vitest'
import { BASE_FOV, verticalFovFor } from '../../../src/plan'

const horizontal = (vertical: number, aspect: number) =>
  (2 * Math.atan(Math.tan((vertical * Math.PI) / 360) * aspect) * 180) / Math.PI

describe('verticalFovFor', () => {
  it('keeps the landscape field of view on wide screens', () => {
    for (const aspect of [16 / 9, 16 / 10, 4 / 3, 21 / 9])
      expect(verticalFovFor(aspect)).toBe(BASE_FOV)
  })

  it('widens on a phone held upright so that at least 60 degrees stay in view across', () => {
    const fov = verticalFovFor(390 / 844)
    expect(fov).toBeGreaterThan(BASE_FOV)
    expect(horizontal(fov, 390 / 844)).toBeCloseTo(60, 5)
  })

  it('never goes past 105 degrees, nor breaks on a zero-sized canvas', () => {
    expect(verticalFovFor(0.1)).toBe(105)
    expect(verticalFovFor(0)).toBe(BASE_FOV)
    expect(verticalFovFor(Number.NaN)).toBe(BASE_FOV)
  })
})
