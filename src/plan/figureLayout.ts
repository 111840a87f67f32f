import type { KeyFigure } from '../content'
import { estimatedEms } from './typesetting'

/** How a key figure is built on a plinth: unit cubes for counts, a bar for money, a disc for years. */
export type FigureShape =
  | { kind: 'cubes'; cubes: [number, number, number][]; size: number; perCube: number }
  | { kind: 'bar'; height: number }
  | { kind: 'disc' }

/** Counts up to this are shown one cube per unit; above it, one cube stands for several. */
const MAX_CUBES = 1000
/**
 * No figure rises higher than this above its plinth: taller, it would stand in front of the
 * panel behind it as seen from the exhibit's viewpoint (a tall bar hid the captions and names).
 * A money bar reaches it at 10^13 yuan.
 */
const MAX_FIGURE_HEIGHT = 0.75
const GAP = 0.25
/** A year's ring floats this high over the plinth, a tube this thick. */
export const RING_LIFT = 0.15
export const RING_TUBE = 0.025

/**
 * Lays out a count as cubes inside a cell of `width` x `depth` metres: rows of ten on the floor,
 * then layers of a hundred stacked up, so that 77, 100 and 1000 read as different masses.
 */
export function figureShape(figure: KeyFigure, width: number, depth: number): FigureShape {
  if (figure.kind === 'year' || figure.kind === 'percent') return { kind: 'disc' }
  if (figure.kind === 'money') {
    // Money spans orders of magnitude, so the bar grows with the logarithm of yuan.
    const yuan = figure.value * unitScale(figure.unit)
    return {
      kind: 'bar',
      height: Math.min(
        MAX_FIGURE_HEIGHT,
        Math.max(0.3, (Math.log10(Math.max(yuan, 10)) - 3) * (MAX_FIGURE_HEIGHT / 10)),
      ),
    }
  }
  const perCube = Math.max(1, Math.ceil(figure.value / MAX_CUBES))
  const count = Math.max(1, Math.round(figure.value / perCube))
  const columns = Math.min(10, count)
  const rowsPerLayer = Math.min(10, Math.ceil(count / columns))
  const layers = Math.ceil(count / (columns * rowsPerLayer))
  const size = Math.min(
    width / (columns * (1 + GAP)),
    depth / (rowsPerLayer * (1 + GAP)),
    MAX_FIGURE_HEIGHT / (layers * (1 + GAP)),
    0.16,
  )
  const pitch = size * (1 + GAP)
  const cubes: [number, number, number][] = []
  for (let i = 0; i < count; i++) {
    const layer = Math.floor(i / (columns * rowsPerLayer))
    const inLayer = i % (columns * rowsPerLayer)
    const row = Math.floor(inLayer / columns)
    const column = inLayer % columns
    cubes.push([
      (column - (columns - 1) / 2) * pitch,
      size / 2 + layer * pitch,
      (row - (rowsPerLayer - 1) / 2) * pitch,
    ])
  }
  return { kind: 'cubes', cubes, size, perCube }
}

/**
 * The cubes of a figure a visitor can see: those with an open side or an open top. A cube with
 * neighbours on all four sides and above stands inside the block and is hidden by them (the eye is
 * always above the plinth, so no one looks at a block from below). Drawing only these keeps
 * 1000 as a block of a thousand to the eye at 424 cubes' cost: a software renderer spends its
 * frame on the triangles of every cube, seen or not.
 */
export function visibleCubes(shape: Extract<FigureShape, { kind: 'cubes' }>) {
  const pitch = shape.size * (1 + GAP)
  const key = (x: number, y: number, z: number) =>
    `${Math.round(x / pitch)},${Math.round(y / pitch)},${Math.round(z / pitch)}`
  const taken = new Set(shape.cubes.map(([x, y, z]) => key(x, y, z)))
  return shape.cubes.filter(
    ([x, y, z]) =>
      !taken.has(key(x - pitch, y, z)) ||
      !taken.has(key(x + pitch, y, z)) ||
      !taken.has(key(x, y, z - pitch)) ||
      !taken.has(key(x, y, z + pitch)) ||
      !taken.has(key(x, y + pitch, z)),
  )
}

/** How high a figure's shape rises above the plinth, metres. */
export function figureHeight(shape: FigureShape): number {
  if (shape.kind === 'bar') return shape.height
  if (shape.kind === 'disc') return RING_LIFT + RING_TUBE
  return Math.max(0, ...shape.cubes.map(([, y]) => y + shape.size / 2))
}

/** A figure's place on a plinth: its cell's centre across the plinth and its shape. */
export interface PlinthCell {
  figure: KeyFigure
  /** Centre of the cell from the plinth's centre, metres along its width. */
  x: number
  /** Width of the cell. */
  width: number
  shape: FigureShape
}

/** The plinth's figures (see `figuresOnPlinth`) side by side in equal cells, each with its shape. */
export function plinthCells(
  figures: KeyFigure[],
  plinth: { width: number; depth: number },
): PlinthCell[] {
  const chosen = figuresOnPlinth(figures)
  const width = plinth.width / Math.max(1, chosen.length)
  return chosen.map((figure, i) => ({
    figure,
    x: -plinth.width / 2 + width * (i + 0.5),
    width,
    shape: figureShape(figure, width * 0.9, plinth.depth * 0.8),
  }))
}

/** Where a panel's page controls are written, in the panel's frame (origin at its centre). */
export interface PanelPager {
  previous: [number, number]
  page: [number, number]
  next: [number, number]
}

const PAGER_SPACING = 0.55
/** How far from a written control a tap still counts as on it, across and up, metres. */
const PAGER_REACH: [number, number] = [0.3, 0.12]

/** The page controls sit at the top right of a panel `width` x `height`. */
export function panelPager(width: number, height: number): PanelPager {
  const x = width / 2 - 0.95
  const y = height / 2 - 0.22
  return { previous: [x - PAGER_SPACING, y], page: [x, y], next: [x + PAGER_SPACING, y] }
}

/** The page step a tap at `x, y` on the panel asks for: -1 back, 1 on, 0 none (open the exhibit). */
export function pagerStep(pager: PanelPager, x: number, y: number): -1 | 0 | 1 {
  const near = ([cx, cy]: [number, number]) =>
    Math.abs(x - cx) < PAGER_REACH[0] && Math.abs(y - cy) < PAGER_REACH[1]
  if (near(pager.previous)) return -1
  if (near(pager.next)) return 1
  return 0
}

export function unitScale(unit: string): number {
  if (unit.startsWith('万亿')) return 1e12
  if (unit.startsWith('亿')) return 1e8
  if (unit.startsWith('万')) return 1e4
  return 1
}

/**
 * The figures worth a place on a plinth: counts and money first, then years, at most `limit`,
 * each distinct (the same year twice is one figure).
 */
export function figuresOnPlinth(figures: KeyFigure[], limit = 5): KeyFigure[] {
  const seen = new Set<string>()
  const distinct = figures.filter((f) => {
    const key = `${f.value}${f.unit}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  const rank = (f: KeyFigure) => (f.kind === 'year' ? 1 : 0)
  return [...distinct].sort((a, b) => rank(a) - rank(b)).slice(0, limit)
}

export interface PlaqueSlot {
  name: string
  /** Centre of the plaque, relative to the top-left corner of the area, y downwards. */
  x: number
  y: number
  width: number
}

/**
 * Lays name plaques out in rows, left to right, within `maxWidth`; each plaque is as wide as its
 * name plus padding. Returns the slots and the height used.
 */
export function plaqueLayout(
  names: readonly string[],
  maxWidth: number,
  fontSize: number,
  /** Width of a name in ems; estimated from its characters unless measured. */
  emsOf: (text: string) => number = estimatedEms,
): { slots: PlaqueSlot[]; height: number } {
  const padding = fontSize * 0.9
  const gap = fontSize * 0.5
  const rowHeight = fontSize * 2
  const slots: PlaqueSlot[] = []
  let x = 0
  let row = 0
  for (const name of names) {
    const width = Math.min(maxWidth, emsOf(name) * fontSize + padding * 2)
    if (x > 0 && x + width > maxWidth) {
      x = 0
      row++
    }
    slots.push({ name, x: x + width / 2, y: row * (rowHeight + gap) + rowHeight / 2, width })
    x += width + gap
  }
  return { slots, height: names.length === 0 ? 0 : (row + 1) * rowHeight + row * gap }
}
