import type { KeyFigure } from '../content'

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

const HAN = /\p{Script=Han}/u
const CHINESE_SENTENCES = /[^。！？；]+[。！？；]?[”’」』）]?/gu
// English sentences end at . ! ? ; followed by a space or the end, after any closing quote.
const LATIN_SENTENCES = /.+?(?:[.!?;]["”’)]*(?:\s+|$)|$)/gsu

/**
 * The longest start of `text` within `room` characters. Latin text is cut after a space; when
 * there is none, a page being filled up takes nothing, and only a word longer than a whole page
 * (`mustCut`) is cut inside.
 */
function cut(text: string, room: number, latin: boolean, mustCut: boolean): number {
  if (!latin || text.length <= room) return Math.min(room, text.length)
  const space = text.lastIndexOf(' ', room - 1)
  if (space >= 0) return space + 1
  return mustCut ? room : 0
}

/**
 * Splits text into pages of at most `perPage` characters, at sentence ends where that leaves
 * pages at least half full; Latin text is never cut inside a word that fits on a page.
 */
export function pageText(text: string, perPage: number): string[] {
  const latin = !HAN.test(text)
  const sentences = text.match(latin ? LATIN_SENTENCES : CHINESE_SENTENCES) ?? [text]
  const pages: string[] = []
  let page = ''
  const close = () => {
    if (page) pages.push(page)
    page = ''
  }
  for (const sentence of sentences) {
    let rest = sentence
    if (page && page.length + rest.length > perPage) {
      // A page less than half full takes the start of the next sentence rather than stay empty.
      if (page.length < perPage / 2) {
        const room = cut(rest, perPage - page.length, latin, false)
        page += rest.slice(0, room)
        rest = rest.slice(room)
      }
      close()
    }
    while (rest.length > perPage) {
      const room = cut(rest, perPage, latin, true)
      page = rest.slice(0, room)
      close()
      rest = rest.slice(room)
    }
    page += rest
  }
  close()
  return pages
}

export interface PlaqueSlot {
  name: string
  /** Centre of the plaque, relative to the top-left corner of the area, y downwards. */
  x: number
  y: number
  width: number
}

/** Approximate advance of a character in ems: full width for CJK, about half for Latin. */
function ems(text: string): number {
  return [...text].reduce((sum, c) => sum + (c.charCodeAt(0) > 0x2e7f ? 1 : 0.56), 0)
}

/**
 * The largest type size, up to `max`, at which `text` fits in `lines` lines of `width` metres
 * (letter spacing in ems widens every character). Signs use it so that a long English title
 * shrinks instead of spilling out of its frame.
 */
export function fitFontSize(
  text: string,
  width: number,
  lines: number,
  max: number,
  letterSpacing = 0,
): number {
  const needed = ems(text) * (1 + letterSpacing)
  // A wrapped line is rarely full: a tenth of each line is left for the break.
  return Math.min(max, (width * lines * 0.9) / Math.max(needed, 1))
}

/**
 * Lays name plaques out in rows, left to right, within `maxWidth`; each plaque is as wide as its
 * name plus padding. Returns the slots and the height used.
 */
export function plaqueLayout(
  names: readonly string[],
  maxWidth: number,
  fontSize: number,
): { slots: PlaqueSlot[]; height: number } {
  const padding = fontSize * 0.9
  const gap = fontSize * 0.5
  const rowHeight = fontSize * 2
  const slots: PlaqueSlot[] = []
  let x = 0
  let row = 0
  for (const name of names) {
    const width = Math.min(maxWidth, ems(name) * fontSize + padding * 2)
    if (x > 0 && x + width > maxWidth) {
      x = 0
      row++
    }
    slots.push({ name, x: x + width / 2, y: row * (rowHeight + gap) + rowHeight / 2, width })
    x += width + gap
  }
  return { slots, height: names.length === 0 ? 0 : (row + 1) * rowHeight + row * gap }
}

/**
 * How many characters of text fit in a box at a type size. Chinese characters are one em wide,
 * and one per line is kept spare for punctuation the engine pushes on. Latin letters average
 * about half an em, and a line loses up to a word where it wraps.
 */
export function textCapacity(
  width: number,
  height: number,
  fontSize: number,
  lineHeight: number,
  latin = false,
): number {
  const perLine = latin
    ? Math.max(1, Math.floor(width / (fontSize * 0.55)) - 9)
    : Math.max(1, Math.floor(width / fontSize) - 1)
  const lines = Math.max(1, Math.floor(height / (fontSize * lineHeight)))
  return perLine * lines
}
