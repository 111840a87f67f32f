// Side data of a reply (translation, name plaques) is keyed by node id, and each entry records the
// fingerprint of the source text it was written for (`of`). Checked when the exhibition is built:
// an entry for a node whose text has since changed, or for a node the reply does not have, stops
// the build with a message naming the node, instead of showing a stale translation or another
// reply's plaques. The format, per file beside `<name>.txt`:
//   <name>.en.json          { "<node id>": { "of": "<fp>", "text": "English" } }
//   <name>.figures.en.json  { "<figure id>": { "of": "<fp>", "qualifier": "", "text": "77", "label": "universities" } }
//   <name>.bodies.json      { "<measure id>": { "of": "<fp>", "names": ["复旦大学", …] } }
//   <name>.bodies.en.json   the same, in English
import { fingerprint } from './fingerprint.ts'
import { replyNodes } from './replyNodes.ts'
import type { KeyFigure, Measure, ReplyDocument } from './types.ts'

export type SideKind = 'nodes' | 'figures' | 'bodies'

export interface SideEntry {
  /** Fingerprint of the source text the entry was written for. */
  of: string
}
export interface NodeText extends SideEntry {
  text: string
}
export interface FigureText extends SideEntry {
  qualifier: string
  text: string
  label: string
}
export interface BodyNames extends SideEntry {
  names: string[]
}

/** What an entry of each kind was written for: a node's text, a figure in its sentence, a measure. */
const sourceTexts: Record<SideKind, (document: ReplyDocument) => Map<string, string>> = {
  nodes: (document) => new Map(replyNodes(document).map((node) => [node.id, node.text])),
  figures: (document) =>
    new Map(document.figures.map((figure) => [figure.id, figureSource(figure)])),
  bodies: (document) =>
    new Map(
      document.recommendations
        .flatMap((r) => r.measures)
        .map((measure) => [measure.id, measureSource(measure)]),
    ),
}

const figureSource = (figure: KeyFigure) => `${figure.text}\u0000${figure.sourceSentence}`
const measureSource = (measure: Measure) =>
  [measure.heading.text, ...measure.paragraphs.map((p) => p.text)].join('\n')

/** The fingerprint each id of `kind` has in this reply: what a side file's `of` must say. */
export function sideFingerprints(document: ReplyDocument, kind: SideKind): Map<string, string> {
  const fingerprints = new Map<string, string>()
  for (const [id, text] of sourceTexts[kind](document)) fingerprints.set(id, fingerprint(text))
  return fingerprints
}

/** A source text's start on one line, for a message. */
function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ')
  return line.length > 24 ? `${line.slice(0, 24)}…` : line
}

/**
 * Every problem of a side file for this reply, as `file: id: message`: an entry that is not an
 * object with an `of`, an id the reply lacks, or an `of` that is not the node's fingerprint.
 */
export function checkSideData(
  document: ReplyDocument,
  file: string,
  kind: SideKind,
  data: unknown,
): string[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return [
      `${file}: expected an object keyed by ${kind === 'nodes' ? 'node' : kind === 'figures' ? 'figure' : 'measure'} id`,
    ]
  const texts = sourceTexts[kind](document)
  const problems: string[] = []
  for (const [id, entry] of Object.entries(data)) {
    const source = texts.get(id)
    if (source === undefined) {
      problems.push(
        `${file}: ${id}: the reply has no such ${kind === 'nodes' ? 'node' : kind === 'figures' ? 'figure' : 'measure'}`,
      )
      continue
    }
    const of = (entry as Partial<SideEntry> | null)?.of
    if (typeof of !== 'string') {
      problems.push(`${file}: ${id}: no "of" (the fingerprint of the source text it belongs to)`)
      continue
    }
    const expected = fingerprint(source)
    if (of !== expected)
      problems.push(
        `${file}: ${id}: written for another source text (of "${of}"; “${clip(source)}” is "${expected}"): check the entry against the source, then set "of" to "${expected}"`,
      )
  }
  return problems
}

/** The translation's texts by node id, without fingerprints. */
export function nodeTexts(data: Readonly<Record<string, NodeText>>): Record<string, string> {
  return Object.fromEntries(Object.entries(data).map(([id, entry]) => [id, entry.text]))
}

/** The figures' words by figure id, without fingerprints. */
export function figureTexts(
  data: Readonly<Record<string, FigureText>>,
): Record<string, { qualifier: string; text: string; label: string }> {
  return Object.fromEntries(
    Object.entries(data).map(([id, { qualifier, text, label }]) => [
      id,
      { qualifier, text, label },
    ]),
  )
}

/** The name plaques by measure id, without fingerprints. */
export function bodyNames(data: Readonly<Record<string, BodyNames>>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(data).map(([id, entry]) => [id, entry.names]))
}
