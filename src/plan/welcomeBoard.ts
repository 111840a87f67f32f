// The welcome board: the first thing a visitor sees, a free-standing board a few steps in front of
// the spawn point with the exhibition's name, the reply's header and title, and one line per hall
// (its number, its recommendation and its topic) that walks to the hall when chosen.
//
// Why a board and not the far wall: from the spawn point, an upright phone (390 px wide) and a
// 16:9 screen must both take in the name, the title and every hall, with text at least 12 CSS px
// tall on the phone. Whatever the distance, that leaves about 29 lines' heights across (the
// phone's width) and 23 down (a 16:9 screen's height below the masthead). Written on the far wall,
// 15 m away, that is 16 x 12 m: more wall than the lobby has above its doors, and the doors of the
// outer halls lie outside an upright phone's view. A board 6 m away holds the same in 6.2 x 5.2 m.

import { estimatedEms } from './typesetting'

/** How far in front of the spawn point the board stands, metres (spawn to its face). */
export const WELCOME_DISTANCE = 6
export const WELCOME_WIDTH = 6.2
export const WELCOME_HEIGHT = 5.2
/** Its lower edge above the floor: the plinth it stands on. */
export const WELCOME_BOTTOM = 0.4
/** Inner margin at its sides. */
export const WELCOME_MARGIN = 0.3
/** The smallest text on the board, metres: 12 CSS px on an upright phone at the spawn point. */
export const WELCOME_TEXT = 0.22

/** A band across the board: its centre and height, in the board's frame (origin at its centre). */
export interface BoardBand {
  y: number
  height: number
}

/** Where a hall's title is written in its band, and how it may wrap and shrink. */
export interface TopicBox {
  /** Left edge, in the board's frame. */
  x: number
  maxWidth: number
  maxHeight: number
  maxLines: number
  lineHeight: number
}

export interface WelcomeSlots {
  name: BoardBand
  badges: BoardBand
  issuer: BoardBand
  title: BoardBand
  addressee: BoardBand
  /** The rule between the header and the halls. */
  rule: number
  /** One band per hall, top to bottom. */
  halls: BoardBand[]
  /** The way to the lobby's side walls: the opening (left) and the overview (right). */
  walls: BoardBand
  /** Width of the column at a hall band's left that holds its number and recommendation. */
  hallColumn: number
  /** Where each hall's title goes in its band. */
  topic: (band: BoardBand) => TopicBox
}

// Heights of the fixed bands, top to bottom, metres.
const NAME = 0.5
const BADGES = 0.42
const LINE = WELCOME_TEXT * 1.6
const TITLE = 0.42
const GAP = 0.05
/** Between hall bands: less when there are more than three, which get one line each. */
const hallGap = (halls: number) => (halls > 3 ? 0.05 : 0.1)
/** Halls up to this many get two lines for their topic; more get one line each. */
export const WELCOME_FULL_TOPICS = 3
const TOP_PAD = 0.16
// The column for a hall's name and recommendation; with one line per hall, the name alone.
const hallColumn = (halls: number) => (halls > WELCOME_FULL_TOPICS ? 1.15 : 1.45)
const TOPIC_LINE_HEIGHT = 1.35
const TITLE_LINE_HEIGHT = 1.3
const BOTTOM_PAD = 0.1

/**
 * The board's bands for `halls` halls, in its frame: the header at the top, the way to the side
 * walls at the bottom, and the height between shared equally by the halls (each band is at least
 * one line of the board's smallest text; with more than three halls, one line is what they get).
 */
export function welcomeSlots(
  halls: number,
  height = WELCOME_HEIGHT,
  width = WELCOME_WIDTH,
  /** Lines the reply's title takes: two for a title too long for one line of the board's text. */
  titleLines: 1 | 2 = 1,
): WelcomeSlots {
  const top = height / 2 - TOP_PAD
  const bands: BoardBand[] = []
  let y = top
  const titleHeight = titleLines === 1 ? TITLE : 2 * WELCOME_TEXT * TITLE_LINE_HEIGHT + 0.06
  for (const size of [NAME, BADGES, LINE, titleHeight, LINE]) {
    bands.push({ y: y - size / 2, height: size })
    y -= size + GAP
  }
  const [name, badges, issuer, title, addressee] = bands as [
    BoardBand,
    BoardBand,
    BoardBand,
    BoardBand,
    BoardBand,
  ]
  const rule = y + GAP / 2
  const walls: BoardBand = { y: -height / 2 + BOTTOM_PAD + LINE / 2, height: LINE }
  const hallsTop = rule - GAP
  const hallsBottom = walls.y + LINE / 2 + GAP
  const count = Math.max(1, halls)
  const gap = hallGap(count)
  const space = hallsTop - hallsBottom
  // A band is never taller than two halls' would be: a single hall's line stands in the middle
  // of the space rather than stretched over all of it.
  const each = Math.min((space - gap * (count - 1)) / count, (space - hallGap(2)) / 2)
  const firstTop = hallsTop - (space - count * each - gap * (count - 1)) / 2
  return {
    name,
    badges,
    issuer,
    title,
    addressee,
    rule,
    halls: Array.from({ length: halls }, (_, i) => ({
      y: firstTop - each / 2 - i * (each + gap),
      height: each,
    })),
    walls,
    hallColumn: hallColumn(count),
    topic: (band) => ({
      x: -width / 2 + WELCOME_MARGIN + hallColumn(count),
      maxWidth: width - 2 * WELCOME_MARGIN - hallColumn(count) - 0.15,
      maxHeight: band.height - 0.04,
      maxLines: Math.max(1, Math.floor(band.height / (WELCOME_TEXT * TOPIC_LINE_HEIGHT))),
      lineHeight: TOPIC_LINE_HEIGHT,
    }),
  }
}

/** Whether `text` would want more than `lines` lines `width` wide of the board's smallest text. */
export function overflows(text: string, width: number, lines: number): boolean {
  // A tenth is lost to where lines can break.
  return estimatedEms(text) * WELCOME_TEXT > lines * width * 0.9
}

/**
 * A topic's first phrase: up to its first comma, the proposal's own short words for it
 * ("成立高校数字联盟"). The English translation joins those phrases with "and" as often as with a
 * comma; either ends the first.
 */
export function firstPhrase(topic: string): string {
  const end = topic.search(/[，,；;]| and /)
  return end > 0 ? topic.slice(0, end) : topic
}

/**
 * A hall's title on the board: its recommendation's topic whole while there are at most three
 * halls (two lines each; where it would still have to shrink, the board shows its first phrase
 * instead), and its first phrase with more halls, one line each. The whole topic is on the hall's
 * title wall and its door.
 */
export function hallTitle(topic: string, halls: number): string {
  return halls <= WELCOME_FULL_TOPICS ? topic : firstPhrase(topic)
}

/** What a tap on the board at (x, y) in its frame chooses: a hall, a side wall, or nothing. */
export type WelcomeChoice = { kind: 'hall'; hall: number } | { kind: 'opening' | 'overview' } | null

export function welcomeChoice(
  slots: WelcomeSlots,
  x: number,
  y: number,
  width = WELCOME_WIDTH,
): WelcomeChoice {
  const inside = (band: BoardBand) => Math.abs(y - band.y) <= band.height / 2
  if (Math.abs(x) > width / 2 - WELCOME_MARGIN) return null
  const hall = slots.halls.findIndex(inside)
  if (hall >= 0) return { kind: 'hall', hall: hall + 1 }
  if (inside(slots.walls)) return { kind: x < 0 ? 'opening' : 'overview' }
  return null
}
