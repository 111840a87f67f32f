import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { floorGridLines, segmentsOverlap } from '../../../src/plan'

describe('floorGridLines', () => {
  it('draws a line at every whole cell within the bounds, every fifth as a section line', () => {
    const { cells, sections } = floorGridLines({ minX: -2.5, maxX: 6, minZ: 0, maxZ: 10 }, 1, 5)
    const xs = (points: number[]) => [
      ...new Set(
        [...Array(points.length / 6).keys()]
          .filter((i) => points[i * 6] === points[i * 6 + 3])
          .map((i) => points[i * 6]!),
      ),
    ]
    expect(xs(sections)).toEqual([0, 5])
    expect(xs(cells)).toEqual([-2, -1, 1, 2, 3, 4, 6])
    // Lines along z, 10 m, in 10 pieces; lines along x at z = 0, 5, 10, 8.5 m, in 9 pieces.
    expect(sections.length / 6).toBe(2 * 10 + 3 * 9)
    // No piece is longer than a cell.
    for (let i = 0; i < cells.length; i += 6)
      expect(
        Math.hypot(cells[i + 3]! - cells[i]!, cells[i + 5]! - cells[i + 2]!),
      ).toBeLessThanOrEqual(1 + 1e-9)
  })

  it('keeps every line inside the bounds and on the floor', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: 0.5, max: 40, noNaN: true }),
        fc.double({ min: 0.5, max: 40, noNaN: true }),
        (x, z, w, d) => {
          const bounds = { minX: x, maxX: x + w, minZ: z, maxZ: z + d }
          const { cells, sections } = floorGridLines(bounds, 1, 5, 0.01)
          const all = [...cells, ...sections]
          expect(all.length % 6).toBe(0)
          // The points outside the bounds or off the floor, gathered (one expect per case: an
          // expect per coordinate made this test slow enough to time out on a busy machine).
          const astray: number[][] = []
          for (let i = 0; i < all.length; i += 3) {
            const [x, y, z] = [all[i]!, all[i + 1]!, all[i + 2]!]
            const inside =
              x >= bounds.minX - 1e-9 &&
              x <= bounds.maxX + 1e-9 &&
              z >= bounds.minZ - 1e-9 &&
              z <= bounds.maxZ + 1e-9
            if (!inside || y !== 0.01) astray.push([x, y, z])
          }
          expect(astray).toEqual([])
          // One line per whole metre in each direction, each the length of the floor.
          const along = (from: number, to: number) => Math.floor(to + 1e-9) - Math.ceil(from) + 1
          let length = 0
          for (let i = 0; i < all.length; i += 6)
            length += Math.hypot(all[i + 3]! - all[i]!, all[i + 5]! - all[i + 2]!)
          expect(length).toBeCloseTo(
            along(bounds.minX, bounds.maxX) * d + along(bounds.minZ, bounds.maxZ) * w,
            6,
          )
        },
      ),
    )
  })
})

describe('segmentsOverlap', () => {
  const seg = (ax: number, az: number, bx: number, bz: number) => ({
    a: { x: ax, z: az },
    b: { x: bx, z: bz },
  })

  it('holds for two stretches of one line that share a length, either way round', () => {
    expect(segmentsOverlap(seg(0, 0, 10, 0), seg(8, 0, 14, 0))).toBe(true)
    expect(segmentsOverlap(seg(10, 0, 0, 0), seg(14, 0, 8, 0))).toBe(true)
    expect(segmentsOverlap(seg(3, -5, 3, 5), seg(3, 4, 3, 9))).toBe(true)
  })

  it('does not hold for stretches that only touch, lie on parallel lines, or cross', () => {
    expect(segmentsOverlap(seg(0, 0, 10, 0), seg(10, 0, 14, 0))).toBe(false)
    expect(segmentsOverlap(seg(0, 0, 10, 0), seg(0, 0.1, 10, 0.1))).toBe(false)
    expect(segmentsOverlap(seg(0, 0, 10, 0), seg(5, -1, 5, 1))).toBe(false)
  })
})
