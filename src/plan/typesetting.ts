// Typesetting of scene text from the glyph atlas's measured advances: line breaks with the rules
// of Chinese typography (kinsoku), the place of every glyph, and panel pages filled line by line.
// Pure: the glyph measures come in as data, so all of it is checked in Node.

/** The measures of the exhibition's font that typesetting needs, in ems. */
export interface GlyphMeasures {
  /** Top and bottom of the ideographic em box above the baseline (descender negative). */
  ascender: number
  descender: number
  /** Advance of each character the atlas holds. */
  advances: ReadonlyMap<string, number>
}

export type TextAlign = 'left' | 'center' | 'right'

export interface TypesetOptions {
  fontSize: number
  /** Lines break to stay within this width; none: one line per paragraph. */
  maxWidth?: number
  /** Line pitch as a multiple of the font size. */
  lineHeight?: number
  /** Added after each character, in ems. */
  letterSpacing?: number
  textAlign?: TextAlign
  anchorX?: 'left' | 'center' | 'right'
  anchorY?: 'top' | 'middle' | 'bottom'
}

/** One line: the range of the text it shows (UTF-16 offsets) and its width without end spaces. */
export interface TypesetLine {
  start: number
  end: number
  width: number
}

/** A glyph's pen position: x at its left edge, y on its baseline, relative to the anchor. */
export interface PlacedGlyph {
  character: string
  x: number
  y: number
}

export interface Typeset {
  glyphs: PlacedGlyph[]
  lines: TypesetLine[]
  width: number
  height: number
  /** Characters the atlas lacks: drawn as nothing, half an em wide. */
  missing: string[]
}

// Kinsoku: characters a line may not start with (closing marks, pauses, stops) and characters
// it may not end with (opening marks). A break that would break either rule moves earlier.
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉”’…·％%,.;:?!)]}'])
const NO_LINE_END = new Set([...'（《「『【〔〈“‘([{'])
// Characters that a line may break beside on either side: Han, kana, CJK punctuation and forms.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u
const MISSING_ADVANCE = 0.5

/** Width of `text` on one line, in ems (characters the atlas lacks count half an em). */
export function textEms(text: string, measures: GlyphMeasures): number {
  let ems = 0
  for (const character of text) ems += measures.advances.get(character) ?? MISSING_ADVANCE
  return ems
}

/** Whether a line may break between `before` and `after`. */
export function mayBreakBetween(before: string, after: string): boolean {
  if (NO_LINE_START.has(after) || NO_LINE_END.has(before)) return false
  if (after === ' ' || before === '\u00a0' || after === '\u00a0') return false
  if (before === ' ') return true
  if (CJK.test(before) || CJK.test(after)) return true
  // After a hyphen or dash inside Latin text.
  return /[-–—/]/.test(before) && /\p{L}|\p{N}/u.test(after)
}

interface Glyph {
  character: string
  /** UTF-16 offset in the whole text. */
  offset: number
  advance: number
}

/** Breaks `text` into lines no wider than `maxWidth` (a line is never empty). */
export function breakLines(
  text: string,
  measures: GlyphMeasures,
  options: Pick<TypesetOptions, 'fontSize' | 'maxWidth' | 'letterSpacing'>,
): TypesetLine[] {
  const { fontSize, maxWidth = Infinity, letterSpacing = 0 } = options
  const lines: TypesetLine[] = []
  let offset = 0
  for (const paragraph of text.split('\n')) {
    const glyphs: Glyph[] = []
    let at = offset
    for (const character of paragraph) {
      const advance = measures.advances.get(character) ?? MISSING_ADVANCE
      glyphs.push({ character, offset: at, advance: (advance + letterSpacing) * fontSize })
      at += character.length
    }
    offset = at + 1
    if (glyphs.length === 0) {
      lines.push({ start: at, end: at, width: 0 })
      continue
    }
    let start = 0
    while (start < glyphs.length) {
      const end = lineEnd(glyphs, start, maxWidth)
      lines.push({
        start: glyphs[start]!.offset,
        end: end < glyphs.length ? glyphs[end]!.offset : at,
        width: widthOf(glyphs, start, end),
      })
      start = end
    }
  }
  return lines
}

/** Width of glyphs [start, end) without the spaces at its end. */
function widthOf(glyphs: Glyph[], start: number, end: number): number {
  let last = end
  while (last > start && glyphs[last - 1]!.character === ' ') last--
  let width = 0
  for (let i = start; i < last; i++) width += glyphs[i]!.advance
  return width
}

/** Where the line starting at `start` ends (exclusive): the last allowed break that fits. */
function lineEnd(glyphs: Glyph[], start: number, maxWidth: number): number {
  let width = 0
  let lastBreak = -1
  // A little slack: a line of exactly the measure must not break for rounding.
  const limit = maxWidth + 1e-6
  for (let i = start; i < glyphs.length; i++) {
    const glyph = glyphs[i]!
    if (i > start && mayBreakBetween(glyphs[i - 1]!.character, glyph.character)) lastBreak = i
    // Spaces may run past the measure: they end the line unseen.
    if (glyph.character !== ' ' && width + glyph.advance > limit && i > start) {
      if (lastBreak > start) return lastBreak
      // A word longer than the line: break inside it, keeping off a line-start mark if possible.
      let cut = i
      while (cut > start + 1 && NO_LINE_START.has(glyphs[cut]!.character)) cut--
      return cut
    }
    width += glyph.advance
  }
  return glyphs.length
}

/** Lays `text` out: its lines, each glyph's place relative to the anchor, and the block's size. */
export function typeset(text: string, measures: GlyphMeasures, options: TypesetOptions): Typeset {
  const {
    fontSize,
    lineHeight = 1.2,
    letterSpacing = 0,
    textAlign = 'left',
    anchorX = 'center',
    anchorY = 'middle',
  } = options
  const lines = breakLines(text, measures, options)
  const width = lines.reduce((max, line) => Math.max(max, line.width), 0)
  const pitch = fontSize * lineHeight
  const height = lines.length * pitch
  const left = anchorX === 'left' ? 0 : anchorX === 'center' ? -width / 2 : -width
  const top = anchorY === 'top' ? 0 : anchorY === 'middle' ? height / 2 : height
  // Each line's em box sits in the middle of its pitch.
  const firstBaseline =
    (pitch - (measures.ascender - measures.descender) * fontSize) / 2 + measures.ascender * fontSize
  const glyphs: PlacedGlyph[] = []
  const missing = new Set<string>()
  lines.forEach((line, index) => {
    const slack = width - line.width
    let x = left + (textAlign === 'left' ? 0 : textAlign === 'center' ? slack / 2 : slack)
    const y = top - index * pitch - firstBaseline
    for (const character of text.slice(line.start, line.end)) {
      const advance = measures.advances.get(character)
      if (advance === undefined) missing.add(character)
      if (character !== ' ' && character !== '\u00a0' && character !== '\u3000')
        glyphs.push({ character, x, y })
      x += ((advance ?? MISSING_ADVANCE) + letterSpacing) * fontSize
    }
  })
  return { glyphs, lines, width, height, missing: [...missing] }
}

const SENTENCE_END = /[。！？；.!?;]["”’」』）)]*\s*$/u

/**
 * Groups lines into pages of at most `perPage` lines. A page ends after a line that closes a
 * sentence or paragraph when that leaves it at least half full; otherwise it is filled.
 * Returns each page's range of the text, so that a page typeset alone shows the same lines.
 */
export function pageLines(
  text: string,
  lines: readonly TypesetLine[],
  perPage: number,
): { start: number; end: number }[] {
  const size = Math.max(1, Math.floor(perPage))
  const pages: { start: number; end: number }[] = []
  let first = 0
  while (first < lines.length) {
    let last = Math.min(lines.length, first + size) - 1
    if (last < lines.length - 1) {
      for (let candidate = last; candidate + 1 - first >= size / 2; candidate--) {
        const line = lines[candidate]!
        const endsParagraph = text[line.end] === '\n'
        if (endsParagraph || SENTENCE_END.test(text.slice(line.start, line.end))) {
          last = candidate
          break
        }
      }
    }
    pages.push({ start: lines[first]!.start, end: lines[last]!.end })
    first = last + 1
  }
  return pages
}

/**
 * The largest size up to `max`, in steps of 2 %, at which `text` fits in `maxLines` lines of
 * `maxWidth`, never below `min`.
 */
export function fitToLines(
  text: string,
  measures: GlyphMeasures,
  maxWidth: number,
  maxLines: number,
  max: number,
  min = max / 4,
  letterSpacing = 0,
): number {
  let size = max
  while (
    size > min &&
    breakLines(text, measures, { fontSize: size, maxWidth, letterSpacing }).length > maxLines
  )
    size *= 0.98
  return Math.max(min, size)
}

/**
 * The largest size up to `max` at which `text` fits `maxWidth` in at most `maxLines` lines whose
 * inked height (the em boxes from the first line's top to the last's bottom) is at most
 * `maxHeight`: fewer, larger lines where they fit, more, smaller ones where they do not.
 */
export function fitToBox(
  text: string,
  measures: GlyphMeasures,
  box: { maxWidth: number; maxHeight: number; maxLines: number },
  max: number,
  lineHeight: number,
  letterSpacing = 0,
): number {
  const em = measures.ascender - measures.descender
  let best = 0
  for (let lines = 1; lines <= box.maxLines; lines++) {
    const tallest = box.maxHeight / ((lines - 1) * lineHeight + em)
    const cap = Math.min(max, tallest)
    const size = fitToLines(text, measures, box.maxWidth, lines, cap, cap / 4, letterSpacing)
    const fits =
      breakLines(text, measures, { fontSize: size, maxWidth: box.maxWidth, letterSpacing })
        .length <= lines
    if (fits) best = Math.max(best, size)
  }
  // Nothing fits even small: the smallest tried, for the check to report.
  return best || max / 4
}

/**
 * About how many ems wide `text` is, without a font's measures: a full em for CJK and full-width
 * forms, about half for the rest. For layouts made before the glyph atlas is there.
 */
export function estimatedEms(text: string): number {
  let ems = 0
  for (const c of text) ems += (c.codePointAt(0) ?? 0) > 0x2e7f ? 1 : 0.56
  return ems
}
