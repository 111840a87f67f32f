// Where an exhibit panel's text goes: title size and height, the body's pages, the captions' and
// plaques' sizes. Measured with the glyph atlas's advances, so that a page is filled to its
// last line and no line runs off the panel.
import { plaqueLayout } from './figureLayout'
import { breakLines, fitToLines, pageLines, textEms, type GlyphMeasures } from './typesetting'

export const STAND_TEXT = {
  /** Distance of the text from the panel's left and right edges. */
  margin: 0.2,
  titleSize: 0.2,
  titleMinSize: 0.13,
  titleLines: 3,
  bodySize: 0.105,
  bodyLineHeight: 1.45,
  /** Every label's default line pitch, the title's included. */
  lineHeight: 1.45,
  plaqueSize: 0.075,
  captionSize: 0.095,
} as const

export interface StandTextInput {
  title: string
  body: string
  /** Each plinth cell's caption and its width. */
  captions: readonly { text: string; width: number }[]
  bodies: readonly string[]
  /** Panel size. */
  width: number
  height: number
  english: boolean
}

export interface StandTextLayout {
  titleSize: number
  titleHeight: number
  /** Top of the body text and bottom of the area above the captions, from the panel's centre. */
  bodyTop: number
  bottom: number
  pages: string[]
  captionSize: number
  plaqueSize: number
}

export function standTextLayout(input: StandTextInput, measures: GlyphMeasures): StandTextLayout {
  const { width, height } = input
  const S = STAND_TEXT
  const textWidth = width - 2 * S.margin
  // Captions share one size, small enough for the longest to fit on two lines.
  const captionSize = Math.min(
    S.captionSize,
    ...input.captions.map((c) => fitToLines(c.text, measures, c.width * 0.95, 2, S.captionSize)),
  )
  // A long (English) title shrinks to three lines, never below a size clearly above the body's.
  const titleSize = fitToLines(
    input.title,
    measures,
    textWidth,
    S.titleLines,
    S.titleSize,
    S.titleMinSize,
  )
  const titleLines = breakLines(input.title, measures, {
    fontSize: titleSize,
    maxWidth: textWidth,
  }).length
  const titleHeight = titleLines * titleSize * S.lineHeight
  // English names run about twice as long as Chinese ones; smaller plaques keep room for text.
  const plaqueSize = input.english ? S.plaqueSize * 0.85 : S.plaqueSize
  const plaquesHeight = plaqueLayout(input.bodies, textWidth, plaqueSize, (text) =>
    textEms(text, measures),
  ).height
  const captionsHeight = captionSize * S.lineHeight * 3
  const bottom = -height / 2 + (input.captions.length > 0 ? 0.12 + captionsHeight : 0.15)
  const bodyTop = height / 2 - 0.55 - titleHeight
  const pitch = S.bodySize * S.bodyLineHeight
  const perPage = Math.floor((bodyTop - bottom - plaquesHeight - 0.1) / pitch)
  const lines = breakLines(input.body, measures, { fontSize: S.bodySize, maxWidth: textWidth })
  const pages = pageLines(input.body, lines, perPage).map(({ start, end }) =>
    input.body.slice(start, end),
  )
  return { titleSize, titleHeight, bodyTop, bottom, pages, captionSize, plaqueSize }
}
