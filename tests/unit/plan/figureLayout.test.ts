import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { KeyFigure } from '../../../src/content'
import {
  figureHeight,
  figureShape,
  figuresOnPlinth,
  pagerStep,
  panelPager,
  planExhibition,
  plaqueLayout,
  plinthCells,
  visibleCubes,
  type ExhibitStand,
} from '../../../src/plan'
import { b129 } from '../../support/b129'

const figures = b129().figures
const find = (value: number) => {
  const figure = figures.find((f) => f.value === value)
  if (!figure) throw new Error(`no figure ${value}`)
  return figure
}

describe('figureShape', () => {
  it('builds a count from one cube per unit, rows of ten, layers of a hundred', () => {
    for (const value of [40, 8, 77, 100, 1000]) {
      const shape = figureShape(find(value), 0.6, 1.0)
      if (shape.kind !== 'cubes') throw new Error('expected cubes')
      expect(shape.cubes).toHaveLength(value)
      expect(shape.perCube).toBe(1)
      const xs = new Set(shape.cubes.map((c) => c[0].toFixed(4)))
      expect(xs.size).toBe(Math.min(10, value))
      // Cubes stay inside their cell.
      for (const [x, , z] of shape.cubes) {
        expect(Math.abs(x) + shape.size / 2).toBeLessThanOrEqual(0.3 + 1e-9)
        expect(Math.abs(z) + shape.size / 2).toBeLessThanOrEqual(0.5 + 1e-9)
      }
    }
    const thousand = figureShape(find(1000), 0.6, 1.0)
    const hundred = figureShape(find(100), 0.6, 1.0)
    if (thousand.kind !== 'cubes' || hundred.kind !== 'cubes') throw new Error('expected cubes')
    const top = (cubes: [number, number, number][]) => Math.max(...cubes.map((c) => c[1]))
    expect(top(thousand.cubes)).toBeGreaterThan(top(hundred.cubes) * 5)
  })

  it('makes money a bar and years a ring', () => {
    expect(figureShape(find(1.5), 0.6, 1).kind).toBe('bar')
    expect(figureShape(find(2025), 0.6, 1).kind).toBe('disc')
  })

  it('lets one cube stand for several above a thousand', () => {
    const shape = figureShape({ ...find(1000), value: 25_000 }, 0.6, 1)
    if (shape.kind !== 'cubes') throw new Error('expected cubes')
    expect(shape.perCube).toBe(25)
    expect(shape.cubes).toHaveLength(1000)
  })
})

describe('visibleCubes', () => {
  const cubesOf = (value: number) => {
    const shape = figureShape({ ...find(77), value }, 0.6, 1)
    if (shape.kind !== 'cubes') throw new Error('expected cubes')
    return shape
  }

  it('draws the outside of a block of a thousand, and every cube of a single layer', () => {
    // 10 x 10 x 10: the inner 8 x 8 columns of the nine lower layers are closed in.
    expect(visibleCubes(cubesOf(1000))).toHaveLength(1000 - 8 * 8 * 9)
    expect(visibleCubes(cubesOf(100))).toHaveLength(100)
    expect(visibleCubes(cubesOf(77))).toHaveLength(77)
  })

  it('leaves out exactly the cubes closed in on four sides and above', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4000 }), (value) => {
        const shape = cubesOf(value)
        const shown = new Set(visibleCubes(shape))
        // The grid place of each cube, from the order the layout fills it in.
        const columns = Math.min(10, shape.cubes.length)
        const rows = Math.min(10, Math.ceil(shape.cubes.length / columns))
        const place = (i: number): [number, number, number] => [
          i % columns,
          Math.floor(i / columns) % rows,
          Math.floor(i / (columns * rows)),
        ]
        const taken = new Set(shape.cubes.map((_, i) => place(i).join()))
        shape.cubes.forEach((cube, i) => {
          const [c, r, l] = place(i)
          const closed = [
            [c - 1, r, l],
            [c + 1, r, l],
            [c, r - 1, l],
            [c, r + 1, l],
            [c, r, l + 1],
          ].every(([a = -1, b = -1, d]) => a >= 0 && b >= 0 && taken.has(`${a},${b},${d}`))
          expect(shown.has(cube)).toBe(!closed)
        })
      }),
      { numRuns: 60 },
    )
  })
})

describe('plinthCells', () => {
  const document = b129()
  const plan = planExhibition(document)
  const stands = plan.halls.flatMap((hall) => hall.stands)
  const measures = document.recommendations.flatMap((r) => r.measures)

  /**
   * Where the top of the tallest figure meets the panel's plane on the line of sight from the
   * exhibit's viewpoint, relative to the panel's lower edge (negative: below it, out of the way).
   */
  function rise(stand: ExhibitStand, figures: KeyFigure[]): number {
    const { panel, plinth, viewpoint } = stand
    const eye = viewpoint.position[1]
    const along = (p: readonly number[]) =>
      Math.hypot((p[0] ?? 0) - viewpoint.position[0], (p[2] ?? 0) - viewpoint.position[2])
    // The front edge of the plinth is the nearest a figure stands, so the steepest sight line.
    const toFigures = along(plinth.center) - plinth.depth / 2
    const toPanel = along(panel.center)
    const top = Math.max(
      ...plinthCells(figures, plinth).map((c) => plinth.height + figureHeight(c.shape)),
    )
    const onPanel = eye + ((top - eye) * toPanel) / toFigures
    return onPanel - (panel.center[1] - panel.height / 2)
  }

  it('lays the figures side by side within the plinth, each cell with its shape', () => {
    const stand = stands[4]
    const measure = measures[4]
    if (!stand || !measure) throw new Error('no exhibit 2.2')
    const cells = plinthCells(measure.figures, stand.plinth)
    expect(cells.map((c) => c.figure.text)).toEqual(['3 个', '1.5 万亿元', '2025 年'])
    expect(cells.map((c) => c.shape.kind)).toEqual(['cubes', 'bar', 'disc'])
    const first = cells[0]
    const last = cells.at(-1)
    if (!first || !last) throw new Error('no cells')
    expect(first.x - first.width / 2).toBeCloseTo(-stand.plinth.width / 2)
    expect(last.x + last.width / 2).toBeCloseTo(stand.plinth.width / 2)
  })

  it('keeps every B129 figure below the panel, as seen from the exhibit', () => {
    stands.forEach((stand, i) => {
      expect(rise(stand, measures[i]?.figures ?? []), stand.id).toBeLessThan(0)
    })
  })

  it('keeps any count or sum of money below the panel, as seen from the exhibit', () => {
    const stand = stands[0]
    const base = find(1.5)
    if (!stand) throw new Error('no exhibit')
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.double({ min: 0.01, max: 9999, noNaN: true }),
        fc.constantFrom('元', '万元', '亿元', '万亿元'),
        (count, sum, unit) => {
          const figures: KeyFigure[] = [
            { ...find(1000), id: 'count', value: count },
            { ...base, id: 'money', value: sum, unit },
          ]
          expect(rise(stand, figures)).toBeLessThan(0)
        },
      ),
    )
  })
})

describe('panelPager', () => {
  const pager = panelPager(3.8, 2.7)

  it('writes back, page and on left to right along the top right of the panel', () => {
    const [back, page, on] = [pager.previous, pager.page, pager.next]
    expect(back[0]).toBeLessThan(page[0])
    expect(page[0]).toBeLessThan(on[0])
    expect(on[0]).toBeLessThan(3.8 / 2)
    expect(new Set([back[1], page[1], on[1]]).size).toBe(1)
    expect(page[1]).toBeGreaterThan(2.7 / 2 - 0.4)
  })

  it('turns back or on only for a tap on those words, and opens the exhibit anywhere else', () => {
    expect(pagerStep(pager, ...pager.previous)).toBe(-1)
    expect(pagerStep(pager, ...pager.next)).toBe(1)
    expect(pagerStep(pager, ...pager.page)).toBe(0)
    expect(pagerStep(pager, pager.next[0], pager.next[1] - 0.2)).toBe(0)
    expect(pagerStep(pager, 0, 0)).toBe(0)
  })
})

describe('figuresOnPlinth', () => {
  it('puts counts and money before years and drops repeats', () => {
    const r2m2 = b129().recommendations[1]?.measures[1]?.figures ?? []
    expect(figuresOnPlinth(r2m2).map((f) => f.text)).toEqual(['3 个', '1.5 万亿元', '2025 年'])
    expect(figuresOnPlinth([...r2m2, ...r2m2])).toHaveLength(3)
    expect(figuresOnPlinth(figures, 2)).toHaveLength(2)
  })
})

describe('plaqueLayout', () => {
  it('flows plaques into rows within the width, without overlap', () => {
    const names = [
      '复旦大学',
      '上海交通大学',
      '同济大学',
      '华东理工大学',
      '上海财经大学',
      '上海大学',
      'IBM',
    ]
    const { slots, height } = plaqueLayout(names, 3.4, 0.1)
    expect(slots.map((s) => s.name)).toEqual(names)
    for (const slot of slots) {
      expect(slot.x - slot.width / 2).toBeGreaterThanOrEqual(0)
      expect(slot.x + slot.width / 2).toBeLessThanOrEqual(3.4 + 1e-9)
    }
    slots.forEach((a, i) =>
      slots.slice(i + 1).forEach((b) => {
        if (a.y === b.y) expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual((a.width + b.width) / 2)
      }),
    )
    expect(new Set(slots.map((s) => s.y)).size).toBeGreaterThan(1)
    expect(height).toBeGreaterThan(0.2)
    expect(plaqueLayout([], 3, 0.1).height).toBe(0)
  })
})
