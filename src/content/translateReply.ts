import type {
  Contact,
  HeaderField,
  KeyFigure,
  Measure,
  Paragraph,
  Recommendation,
  ReplyDocument,
  Section,
  Signature,
  TextNode,
} from './types'

/** A figure as the translation writes it: `over ` + `100` + `technology enterprises`. */
export interface FigureTranslation {
  qualifier: string
  text: string
  label: string
}

/** A reply's translation, keyed by the model's ids (nodes, figures) and measure ids (bodies). */
export interface ReplyTranslation {
  nodes: Readonly<Record<string, string>>
  figures: Readonly<Record<string, FigureTranslation>>
}

export interface TranslatedReply {
  document: ReplyDocument
  /** Ids of nodes and figures the translation lacks; they keep the source's wording. */
  missing: string[]
}

// The English headings number themselves as the Chinese ones do: I. / (1) / 1.
const SECTION_ORDINAL = /^[IVXLC]+\.\s*/
const RECOMMENDATION_ORDINAL = /^\(\d+\)\s*/
const MEASURE_ORDINAL = /^\d+\.\s*/
const QUOTED = /["“]([^"”]+)["”]/

/** `Outcome: Resolved or adopted` → `Resolved or adopted`; `Dear Member Zhang Tinghe:` → `Member Zhang Tinghe`. */
export function englishHeaderValue(text: string): string {
  const labelled = /^[^:]{1,40}:\s+(.+)$/.exec(text)
  if (labelled?.[1]) return labelled[1].trim()
  return text
    .replace(/^Dear\s+/, '')
    .replace(/[:：]\s*$/, '')
    .trim()
}

/**
 * The reply with every node's text, every title and every figure in another language, same ids
 * and structure, so that scene, dialog and text view render either language the same way.
 * Titles and values are read out of the translated text by the English numbering rules.
 */
export function translateReply(
  source: ReplyDocument,
  translation: ReplyTranslation,
): TranslatedReply {
  const missing: string[] = []
  const textOf = (node: TextNode): string => {
    const text = translation.nodes[node.id]
    if (text === undefined || text.trim() === '') {
      missing.push(node.id)
      return node.text
    }
    return text
  }
  const node = <T extends TextNode>(original: T): T => ({ ...original, text: textOf(original) })
  const header = (field: HeaderField): HeaderField => {
    const text = textOf(field)
    return { ...field, text, value: text === field.text ? field.value : englishHeaderValue(text) }
  }
  const figure = (original: KeyFigure, paragraphText: string): KeyFigure => {
    const words = translation.figures[original.id]
    if (!words) {
      missing.push(original.id)
      return original
    }
    return {
      ...original,
      ...words,
      sourceSentence: sentenceHolding(paragraphText, words.text) ?? paragraphText,
    }
  }
  const paragraph = (original: Paragraph): Paragraph => {
    const text = textOf(original)
    return { ...original, text, figures: original.figures.map((f) => figure(f, text)) }
  }
  const section = (original: Section): Section => {
    const heading = node(original.heading)
    return {
      ...original,
      heading,
      title: heading.text.replace(SECTION_ORDINAL, ''),
      paragraphs: original.paragraphs.map(paragraph),
    }
  }
  const measure = (original: Measure): Measure => {
    const heading = node(original.heading)
    const paragraphs = original.paragraphs.map(paragraph)
    return {
      ...original,
      heading,
      title: heading.text.replace(MEASURE_ORDINAL, ''),
      paragraphs,
      figures: paragraphs.flatMap((p) => p.figures),
    }
  }
  const recommendation = (original: Recommendation): Recommendation => {
    const heading = node(original.heading)
    const title = heading.text.replace(RECOMMENDATION_ORDINAL, '')
    return {
      ...original,
      heading,
      ordinal: /^\((\d+)\)/.exec(heading.text)?.[1] ?? original.ordinal,
      title,
      topic: QUOTED.exec(title)?.[1] ?? title,
      intro: original.intro.map(paragraph),
      measures: original.measures.map(measure),
    }
  }

  const { meta } = source
  const opening = source.opening.map(paragraph)
  const recommendations = source.recommendations.map(recommendation)
  const overview = section(source.overview)
  const answers = section(source.answers)
  const document: ReplyDocument = {
    ...source,
    meta: {
      result: header(meta.result),
      disclosure: header(meta.disclosure),
      issuer: header(meta.issuer),
      docNumber: header(meta.docNumber),
      title: header(meta.title),
      addressee: header(meta.addressee),
      proposalTitle:
        meta.proposalTitle === null
          ? null
          : (opening.map((p) => QUOTED.exec(p.text)?.[1]).find(Boolean) ?? meta.proposalTitle),
    },
    opening,
    overview,
    answers,
    recommendations,
    contact: source.contact && contactIn(source.contact, textOf),
    signature: source.signature && signatureIn(source.signature, textOf),
    figures: [
      ...opening,
      ...overview.paragraphs,
      ...answers.paragraphs,
      ...recommendations.flatMap((r) => [...r.intro, ...r.measures.flatMap((m) => m.paragraphs)]),
    ].flatMap((p) => p.figures),
  }
  return { document, missing }
}

/** The first sentence of `text` holding `fragment`. */
function sentenceHolding(text: string, fragment: string): string | undefined {
  const sentences = text.match(/[^.!?;]+(?:[.!?;]+["”’)]*|$)/g) ?? []
  return sentences.map((s) => s.trim()).find((s) => s.includes(fragment))
}

function signatureIn(signature: Signature, textOf: (node: TextNode) => string): Signature {
  const lines = signature.lines.map((line) => ({ ...line, text: textOf(line) }))
  const date = lines[lines.length - 1]?.text ?? signature.date
  const issuer =
    lines.length > 1
      ? lines
          .slice(0, -1)
          .map((line) => line.text)
          .join(' ')
      : null
  return { lines, issuer, date }
}

/**
 * Contact lines hold `Label: value` pairs parted by two spaces, in the order of the source's
 * fields; a line that does not read so keeps the source's fields.
 */
function contactIn(contact: Contact, textOf: (node: TextNode) => string): Contact {
  const lines = contact.lines.map((line) => ({ ...line, text: textOf(line) }))
  const pairs = lines.flatMap((line) =>
    line.text
      .split(/\s{2,}/)
      .map((part) => /^([^:]+):\s*(.+)$/.exec(part.trim()))
      .filter((match) => match !== null)
      .map(([, label = '', value = '']) => ({ label, value })),
  )
  const fields =
    pairs.length === contact.fields.length
      ? contact.fields.map((field, i) => ({ ...field, ...pairs[i] }))
      : contact.fields
  const byKey = Object.fromEntries(fields.map((f) => [f.key, f.value]))
  return { ...contact, lines, fields, ...byKey }
}
