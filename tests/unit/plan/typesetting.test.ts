import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  breakLines,
  fitToBox,
  fitToLines,
  mayBreakBetween,
  pageLines,
  planExhibition,
  standTextLayout,
  STAND_TEXT,
  textEms,
  typeset,
  type GlyphMeasures,
} from '../../../src/plan'
import { b129 } from '../../support/b129'
import { glyphAtlas } from '../../support/glyphs'

const atlas = glyphAtlas()
const doc = b129()
const bodies = doc.recommendations.flatMap((r) =>
  r.measures.map((m) => m.paragraphs.map((p) => p.text).join('\n')),
)
const allText = [...new Set(bodies.join(''))].join('')
const NO_LINE_START = '，。、；：？！）》”’…%'
const NO_LINE_END = '（《“‘'

/** Every line's text. */
const textsOf = (text: string, lines: { start: number; end: number }[]) =>
  lines.map((l) => text.slice(l.start, l.end))

/** Text made of the exhibition's own characters, punctuation and spaces included. */
const replyText = fc
  .array(fc.constantFrom(...allText, ' ', '\n', '（', '“', '”', '。'), { maxLength: 400 })
  .map((chars) => chars.join(''))

describe('breakLines', () => {
  it('shows every character once, in order: lines run on from each other or from a newline', () => {
    fc.assert(
      fc.property(replyText, fc.double({ min: 0.3, max: 5, noNaN: true }), (text, maxWidth) => {
        const lines = breakLines(text, atlas, { fontSize: 0.1, maxWidth })
        expect(lines[0]!.start).toBe(0)
        expect(lines.at(-1)!.end).toBe(text.length)
        for (let i = 1; i < lines.length; i++) {
          const gap = text.slice(lines[i - 1]!.end, lines[i]!.start)
          expect(gap === '' || gap === '\n', JSON.stringify(gap)).toBe(true)
        }
      }),
    )
  })

  it('keeps lines within the measure, unless one character is wider than it', () => {
    fc.assert(
      fc.property(replyText, fc.double({ min: 0.3, max: 5, noNaN: true }), (text, maxWidth) => {
        for (const line of breakLines(text, atlas, { fontSize: 0.1, maxWidth })) {
          const shown = text.slice(line.start, line.end).trimEnd()
          if ([...shown].length > 1) expect(line.width).toBeLessThanOrEqual(maxWidth + 1e-6)
          expect(line.width).toBeCloseTo(textEms(shown, atlas) * 0.1, 6)
        }
      }),
    )
  })

  it('follows kinsoku: no line starts with a closing mark or ends with an opening one', () => {
    fc.assert(
      fc.property(replyText, fc.double({ min: 0.5, max: 5, noNaN: true }), (text, maxWidth) => {
        const lines = breakLines(text, atlas, { fontSize: 0.1, maxWidth })
        lines.forEach((line, i) => {
          const shown = text.slice(line.start, line.end)
          // A line that follows a break inside a paragraph (not after a newline).
          if (i > 0 && lines[i - 1]!.end === line.start && [...shown].length > 0)
            expect(NO_LINE_START, shown).not.toContain([...shown][0])
          const next = lines[i + 1]
          if (next && next.start === line.end && [...shown].length > 1)
            expect(NO_LINE_END, shown).not.toContain([...shown.trimEnd()].at(-1))
        })
      }),
    )
  })

  it('fills each line: the next line’s first character would not have fitted', () => {
    for (const body of bodies) {
      const maxWidth = 3.2
      const lines = breakLines(body, atlas, { fontSize: 0.105, maxWidth })
      lines.forEach((line, i) => {
        const next = lines[i + 1]
        if (!next || next.start !== line.end) return
        // Kinsoku may move a break back by a character or two, never more.
        const room = maxWidth - line.width
        const carried = textEms(body.slice(next.start, next.start + 3), atlas) * 0.105
        expect(carried, body.slice(line.start, next.end)).toBeGreaterThan(room)
      })
    }
  })

  it('never breaks inside an English word that fits the line', () => {
    const words = fc.array(fc.stringMatching(/^[A-Za-z]{1,10}[.,]?$/), {
      minLength: 1,
      maxLength: 80,
    })
    fc.assert(
      fc.property(words, fc.double({ min: 1.2, max: 4, noNaN: true }), (list, maxWidth) => {
        const text = list.join(' ')
        const lines = textsOf(text, breakLines(text, atlas, { fontSize: 0.1, maxWidth }))
        for (const line of lines)
          for (const word of line.trim().split(' ')) expect(list).toContain(word)
      }),
    )
  })

  it('breaks Chinese between any two characters but not before a mark', () => {
    expect(mayBreakBetween('文', '化')).toBe(true)
    expect(mayBreakBetween('化', '，')).toBe(false)
    expect(mayBreakBetween('“', '上')).toBe(false)
    expect(mayBreakBetween('8', ' ')).toBe(false)
    expect(mayBreakBetween(' ', '组')).toBe(true)
    expect(mayBreakBetween('a', 'b')).toBe(false)
  })
})

describe('typeset', () => {
  const measures: GlyphMeasures = atlas
  it('places glyphs around the anchor and aligns lines within the block', () => {
    const text = '大创智数字创新展区\n展区'
    const left = typeset(text, measures, { fontSize: 1, anchorX: 'left', anchorY: 'top' })
    expect(Math.min(...left.glyphs.map((g) => g.x))).toBeCloseTo(0, 6)
    expect(left.lines).toHaveLength(2)
    expect(left.height).toBeCloseTo(2 * 1.2, 6)
    // The first baseline sits inside the first line, below the top.
    expect(left.glyphs[0]!.y).toBeLessThan(0)
    expect(left.glyphs[0]!.y).toBeGreaterThan(-1.2)
    const centred = typeset(text, measures, { fontSize: 1, textAlign: 'center' })
    const second = centred.glyphs.filter((g) => g.y < centred.glyphs[0]!.y)
    expect(second[0]!.x).toBeCloseTo(-textEms('展区', atlas) / 2, 6)
    expect(centred.glyphs[0]!.x).toBeCloseTo(-centred.width / 2, 6)
    const middle = typeset('展', measures, { fontSize: 1 })
    // A single line is centred on the anchor: its em box straddles it.
    const { y } = middle.glyphs[0]!
    expect(y + atlas.ascender + y + atlas.descender).toBeCloseTo(0, 6)
  })

  it('reports characters the atlas lacks and draws no glyph for spaces', () => {
    const laidOut = typeset('展 区\u2603', measures, { fontSize: 1 })
    expect(laidOut.missing).toEqual(['\u2603'])
    expect(laidOut.glyphs.map((g) => g.character)).toEqual(['展', '区', '\u2603'])
  })

  it('has every character the exhibition shows in its atlas', () => {
    expect(typeset(allText, measures, { fontSize: 1 }).missing).toEqual([])
  })
})

describe('pageLines', () => {
  it('pages hold whole lines, at most as many as asked, at least half full but the last', () => {
    fc.assert(
      fc.property(replyText, fc.integer({ min: 1, max: 12 }), (text, perPage) => {
        const lines = breakLines(text, atlas, { fontSize: 0.1, maxWidth: 1.5 })
        const pages = pageLines(text, lines, perPage)
        let line = 0
        pages.forEach((page, i) => {
          // A page typeset alone gives the same lines it had in the whole.
          const alone = breakLines(text.slice(page.start, page.end), atlas, {
            fontSize: 0.1,
            maxWidth: 1.5,
          })
          expect(alone.length).toBeLessThanOrEqual(perPage)
          if (i < pages.length - 1) expect(alone.length).toBeGreaterThanOrEqual(perPage / 2)
          expect(page.start).toBe(lines[line]!.start)
          line += alone.length
          expect(page.end).toBe(lines[line - 1]!.end)
        })
        expect(line).toBe(lines.length)
      }),
    )
  })
})

describe('standTextLayout', () => {
  const plan = planExhibition(doc)
  it('fills every page of every exhibit to at least half, the panel never overrun', () => {
    for (const hall of plan.halls) {
      for (const stand of hall.stands) {
        const measure = doc.recommendations[hall.number - 1]!.measures[stand.exhibit - 1]!
        const body = measure.paragraphs.map((p) => p.text).join('\n')
        const layout = standTextLayout(
          {
            title: measure.title,
            body,
            captions: [],
            bodies: [],
            width: stand.panel.width,
            height: stand.panel.height,
            english: false,
          },
          atlas,
        )
        const textWidth = stand.panel.width - 2 * STAND_TEXT.margin
        const pitch = STAND_TEXT.bodySize * STAND_TEXT.bodyLineHeight
        const room = Math.floor((layout.bodyTop - layout.bottom - 0.1) / pitch)
        const counts = layout.pages.map(
          (page) =>
            breakLines(page, atlas, { fontSize: STAND_TEXT.bodySize, maxWidth: textWidth }).length,
        )
        for (const count of counts) expect(count).toBeLessThanOrEqual(room)
        for (const count of counts.slice(0, -1)) expect(count).toBeGreaterThanOrEqual(room / 2)
        // Every character of the measure is on some page.
        expect(layout.pages.join('').replace(/\n/g, '')).toBe(body.replace(/\n/g, ''))
      }
    }
  })

  it('fits the title in three lines', () => {
    const title = '打响“上海文化”品牌，推动科技创新和城市文化软实力融合发展'
    const size = fitToLines(title, atlas, 3.2, 3, 0.2, 0.13)
    expect(breakLines(title, atlas, { fontSize: size, maxWidth: 3.2 }).length).toBeLessThanOrEqual(
      3,
    )
  })
})

describe('fitToBox', () => {
  const ink = (lines: number, size: number) =>
    ((lines - 1) * 1.45 + (atlas.ascender - atlas.descender)) * size
  it('keeps the lines within the width and their ink within the height', () => {
    fc.assert(
      fc.property(
        replyText.filter((t) => t.trim().length > 0 && !t.includes('\n')),
        fc.double({ min: 1, max: 8, noNaN: true }),
        fc.double({ min: 0.2, max: 1.5, noNaN: true }),
        fc.integer({ min: 1, max: 3 }),
        (text, maxWidth, maxHeight, maxLines) => {
          const size = fitToBox(text, atlas, { maxWidth, maxHeight, maxLines }, 0.3, 1.45)
          const lines = breakLines(text, atlas, { fontSize: size, maxWidth })
          if (size > 0.3 / 4 + 1e-9) {
            expect(lines.length).toBeLessThanOrEqual(maxLines)
            expect(ink(lines.length, size)).toBeLessThanOrEqual(maxHeight + 1e-9)
          }
          expect(size).toBeLessThanOrEqual(0.3)
        },
      ),
    )
  })

  it('prefers one large line where it fits, and two smaller ones where it does not', () => {
    const short = '强化数字文化服务'
    expect(fitToBox(short, atlas, { maxWidth: 10, maxHeight: 0.39, maxLines: 2 }, 0.2, 1.45)).toBe(
      0.2,
    )
    const long =
      'strengthen digital cultural services, mine the cultural depth of Shanghai and circulate it through cultural trade worldwide'
    const size = fitToBox(long, atlas, { maxWidth: 5, maxHeight: 0.39, maxLines: 2 }, 0.2, 1.45)
    expect(size).toBeLessThan(0.2)
    expect(breakLines(long, atlas, { fontSize: size, maxWidth: 5 }).length).toBe(2)
  })
})
