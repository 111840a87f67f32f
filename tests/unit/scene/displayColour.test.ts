import fc from 'fast-check'
import { Color, Matrix3, SRGBColorSpace, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { exactColour, forScreen, shownColour, toneMapped } from '../../../src/scene/displayColour'

// three's ACES filmic, written as its GLSL is: mat3 built from columns, then the fit.
const columns = (c0: number[], c1: number[], c2: number[]) =>
  new Matrix3().set(c0[0]!, c1[0]!, c2[0]!, c0[1]!, c1[1]!, c2[1]!, c0[2]!, c1[2]!, c2[2]!)
const input = columns(
  [0.59719, 0.076, 0.0284],
  [0.35458, 0.90834, 0.13383],
  [0.04823, 0.01566, 0.83777],
)
const output = columns(
  [1.60475, -0.10208, -0.00327],
  [-0.53108, 1.10813, -0.07276],
  [-0.07367, -0.00605, 1.07602],
)
function glslAces(colour: Color): Vector3 {
  const v = new Vector3(colour.r, colour.g, colour.b).multiplyScalar(1 / 0.6).applyMatrix3(input)
  const fit = (x: number) =>
    (x * (x + 0.0245786) - 0.000090537) / (x * (0.983729 * x + 0.432951) + 0.238081)
  v.set(fit(v.x), fit(v.y), fit(v.z)).applyMatrix3(output)
  return v.clampScalar(0, 1)
}

describe('toneMapped', () => {
  it('is three’s ACES filmic tone mapping', () => {
    fc.assert(
      fc.property(
        fc.tuple(
          fc.double({ min: 0, max: 4, noNaN: true }),
          fc.double({ min: 0, max: 4, noNaN: true }),
          fc.double({ min: 0, max: 4, noNaN: true }),
        ),
        ([r, g, b]) => {
          const colour = new Color(r, g, b)
          const ours = toneMapped(colour)
          const theirs = glslAces(colour)
          expect(ours.r).toBeCloseTo(theirs.x, 9)
          expect(ours.g).toBeCloseTo(theirs.y, 9)
          expect(ours.b).toBeCloseTo(theirs.z, 9)
        },
      ),
    )
  })
})

describe('colours for the screen', () => {
  it('gives exact colours back as the sRGB values of their CSS', () => {
    for (const css of ['#3d8bff', '#070b18', '#ffd166']) {
      const expected = new Color(css).getRGB({ r: 0, g: 0, b: 0 }, SRGBColorSpace)
      const shown = exactColour(css)
      expect(shown.r).toBeCloseTo(expected.r, 6)
      expect(shown.g).toBeCloseTo(expected.g, 6)
      expect(shown.b).toBeCloseTo(expected.b, 6)
    }
  })

  it('tone-maps shown colours before encoding them, and keeps one Color per CSS colour', () => {
    const shown = shownColour('#5f8ae0')
    const expected = forScreen(toneMapped(new Color('#5f8ae0')))
    expect(shown.equals(expected)).toBe(true)
    expect(shownColour('#5f8ae0')).toBe(shown)
    expect(exactColour('#5f8ae0')).not.toBe(shown)
  })
})
