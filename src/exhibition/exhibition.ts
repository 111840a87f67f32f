import { parseReply, replyNodes } from '../content'
import { defaultName, type ExhibitionName } from '../content/exhibitionName'
import { fingerprint } from '../content/fingerprint'
import type { Measure, ParseError, Recommendation, ReplyDocument } from '../content'
import { hallOf, planExhibition, standOf, type ExhibitionPlan, type Place } from '../plan'

// One function turns a reply (and its optional side data) into what the scene and the UI show:
// the parsed document, its plan, and the links from every hall and exhibit to the node it shows.

/** Organisations each measure names (name plaques), keyed by measure id. */
export type Bodies = Readonly<Record<string, readonly string[]>>

/** A reply in another language: same ids and structure, with its own plaques. */
export interface Translated {
  document: ReplyDocument
  bodies: Bodies
}

/** The English of an exhibition, loaded on first use. */
export interface EnglishText {
  /** Loads it (once); null when it cannot be made. A failed load is tried again next time. */
  load: () => Promise<Translated | null>
  /** The English if it has been loaded, else null. */
  loaded: () => Translated | null
}

export interface Exhibition {
  /** Tells one exhibition from another in a page: the fingerprint of its source text. */
  key: string
  name: ExhibitionName
  /** The reply as published; the plan is built from it, whatever the language shown. */
  source: ReplyDocument
  plan: ExhibitionPlan
  bodies: Bodies
  /** Absent when the reply has no translation: the language switch is then not offered. */
  english: EnglishText | null
}

export interface SideData {
  name?: Partial<ExhibitionName>
  bodies?: Bodies
  english?: EnglishText | null
}

export type ExhibitionResult =
  { ok: true; exhibition: Exhibition } | { ok: false; errors: ParseError[] }

/** Parses `text`, plans it and gathers its side data into an exhibition, or says why it cannot. */
export function buildExhibition(text: string | Uint8Array, side: SideData = {}): ExhibitionResult {
  const parsed = parseReply(text)
  if (!parsed.ok) return parsed
  const source = parsed.document
  const fallback = defaultName(source)
  return {
    ok: true,
    exhibition: {
      key: fingerprint(
        replyNodes(source)
          .map((node) => node.text)
          .join('\n'),
      ),
      name: {
        zh: side.name?.zh ?? fallback.zh,
        en: side.name?.en ?? fallback.en,
        short: side.name?.short ?? fallback.short,
      },
      source,
      plan: planExhibition(source),
      bodies: side.bodies ?? {},
      english: side.english ?? null,
    },
  }
}

/** Every character the exhibition's scene may show of its reply: its text, name and plaques. */
export function exhibitionCharacters(exhibition: Exhibition): Set<string> {
  const characters = new Set<string>()
  const add = (text: string) => {
    for (const character of text) characters.add(character)
  }
  for (const node of replyNodes(exhibition.source)) add(node.text)
  add(exhibition.name.zh)
  add(exhibition.name.en)
  for (const names of Object.values(exhibition.bodies)) names.forEach(add)
  return characters
}

// Links go by id: the plan names each hall's recommendation and each stand's measure, and the
// document is looked up by those ids (in whichever language it is shown: the ids are the same).

const indexes = new WeakMap<ReplyDocument, Map<string, Recommendation | Measure>>()

function indexOf(document: ReplyDocument): Map<string, Recommendation | Measure> {
  let index = indexes.get(document)
  if (!index) {
    index = new Map()
    for (const recommendation of document.recommendations) {
      index.set(recommendation.id, recommendation)
      for (const measure of recommendation.measures) index.set(measure.id, measure)
    }
    indexes.set(document, index)
  }
  return index
}

/** The recommendation a hall shows. */
export function recommendationById(
  document: ReplyDocument,
  id: string | undefined,
): Recommendation | undefined {
  const node = id === undefined ? undefined : indexOf(document).get(id)
  return node && 'measures' in node ? node : undefined
}

/** The measure an exhibit shows. */
export function measureById(document: ReplyDocument, id: string | undefined): Measure | undefined {
  const node = id === undefined ? undefined : indexOf(document).get(id)
  return node && !('measures' in node) ? node : undefined
}

/** The recommendation shown at a place (a hall or one of its exhibits). */
export function recommendationAt(
  document: ReplyDocument,
  plan: ExhibitionPlan,
  place: Place,
): Recommendation | undefined {
  return recommendationById(document, hallOf(plan, place)?.recommendationId)
}

/** The measure shown at a place (an exhibit). */
export function measureAt(
  document: ReplyDocument,
  plan: ExhibitionPlan,
  place: Place,
): Measure | undefined {
  return measureById(document, standOf(plan, place)?.id)
}
