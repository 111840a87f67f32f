// Extensions written out: the build's config loads this module too, and Vite's native config
// loader (its future default) resolves only those.
import { fromChineseNumeral } from './chineseNumerals.ts'
import { decodeSource } from './decodeSource.ts'
import { extractFigures } from './keyFigures.ts'
import type {
  Contact,
  ContactField,
  ContactKey,
  HeaderField,
  Join,
  Measure,
  Paragraph,
  ParseError,
  ParseErrorCode,
  ParseResult,
  ParseWarning,
  ParseWarningCode,
  Recommendation,
  ReplyDocument,
  ReplyMeta,
  Section,
  Signature,
  TextNode,
} from './types'

interface Line {
  /** 1-based */
  number: number
  text: string
}

const SECTION = /^([一二三四五六七八九十]+)、\s*(\S.{0,39})$/
const RECOMMENDATION = /^[(（]\s*([一二三四五六七八九十]+)\s*[)）]\s*(\S.*)$/
// Measure numbers may be written in full-width digits (３.), as a word processor may leave them.
const MEASURE = /^([0-9０-９]{1,2})\s*[.．、]\s*(?![0-9０-９])(\S.{0,59})$/
const CONTACT_LABELS: [string, ContactKey][] = [
  ['承办单位地址', 'address'],
  ['单位地址', 'address'],
  ['通讯地址', 'address'],
  ['地址', 'address'],
  ['邮政编码', 'postcode'],
  ['邮编', 'postcode'],
  ['承办人姓名', 'handler'],
  ['承办人', 'handler'],
  ['联系人', 'handler'],
  ['联系电话', 'phone'],
  ['电话', 'phone'],
]
const CONTACT_LABEL = new RegExp(
  `(${CONTACT_LABELS.map(([label]) => label).join('|')})\\s*[：:]`,
  'g',
)
const CONTACT_START = new RegExp(
  `^(?:${CONTACT_LABELS.map(([label]) => label).join('|')})\\s*[：:]`,
)
// A paragraph that ends with one of these is complete; otherwise the next piece continues it.
const TERMINAL = /[。！？!?；;：:…]$|[。！？!?…][”’」』）)]$/
const RESULT = /^办理结果\s*[：:]\s*(\S.*)$/
const DISCLOSURE = /^(?:公开属性\s*[：:]\s*)?(主动公开|依申请公开|不予公开|不公开|部分公开)$/
const DOC_NUMBER = /[〔［[(（]\s*\d{4}\s*[〕］\])）]\s*第?\s*\d+\s*号$/
const TITLE = /答复(?:函|意见)?$/
const ADDRESSEE = /^(\S.{0,29}?)\s*[：:]$/
const PROPOSAL_TITLE = /“([^”]*提案)”/
// A signature's date: 2023年6月20日, or in Chinese numerals 二〇二三年六月二十日.
const DATE =
  /^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/
// The longest line of a signature (a district's full name with its commission's).
const SIGNATURE_LINE_MAX = 40
// A closing formula that may stand above the signature: 特此答复, 特此函复.
const CLOSING = /^特此(?:答复|函复|复函|回复)[。.]?$/
// A signing body: a name that ends as issuing bodies do (局, 委员会, 办公室, 政府 …).
const SIGNING_BODY =
  /^\S.{1,38}(?:局|委员会|委|办公室|办|政府|中心|院|馆|厅|部|处|署|街道办事处|街道|镇人民政府|公司|集团|协会|联合会|联盟)$/
// A line that starts like a heading, with an ordinal, though none of the three kinds matched it:
// (1), 一., 1), ①, 第一条, or a measure heading too long to be one.
const HEADING_LIKE =
  /^(?:[(（]\s*(?:[一二三四五六七八九十]+|[0-9０-９]{1,2})\s*[)）]|[一二三四五六七八九十]+\s*[.．]|[0-9０-９]{1,2}\s*[)）、.．](?![0-9０-９])|[①-⑳]|第[一二三四五六七八九十]+[部分章节条项点])/

type Heading =
  | { kind: 'section'; number: number; title: string }
  | { kind: 'recommendation'; ordinal: string; number: number; title: string }
  | { kind: 'measure'; number: number; title: string }

function headingOf(text: string): Heading | null {
  const section = SECTION.exec(text)
  if (section && !TERMINAL.test(text)) {
    const number = fromChineseNumeral(section[1] ?? '')
    if (number !== null) return { kind: 'section', number, title: (section[2] ?? '').trim() }
  }
  const recommendation = RECOMMENDATION.exec(text)
  if (recommendation && !/[。；;]$/.test(text)) {
    const ordinal = recommendation[1] ?? ''
    const number = fromChineseNumeral(ordinal)
    if (number !== null) {
      return { kind: 'recommendation', ordinal, number, title: (recommendation[2] ?? '').trim() }
    }
  }
  const measure = MEASURE.exec(text)
  if (measure && !/[。；;，,]$/.test(text)) {
    const digits = (measure[1] ?? '').replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    return { kind: 'measure', number: Number(digits), title: (measure[2] ?? '').trim() }
  }
  return null
}

function clip(text: string, length = 24): string {
  return text.length > length ? `${text.slice(0, length)}…` : text
}

function node(id: string, line: Line): TextNode {
  return { id, text: line.text, span: { line: line.number, endLine: line.number } }
}

/** 关于“成立高校数字联盟，推动人才培养和内容创作”的建议 → 成立高校数字联盟，推动人才培养和内容创作 */
function topicOf(title: string): string {
  return /“([^”]+)”/.exec(title)?.[1] ?? title
}

/** The last eight characters of a paragraph kept as pieces (a piece may be shorter). */
function lastEight(pieces: readonly string[]): string {
  let tail = ''
  for (let i = pieces.length - 1; i >= 0 && tail.length < 8; i--) tail = `${pieces[i]}${tail}`
  return tail.slice(-8)
}

class ReplyParser {
  private readonly errors: ParseError[] = []
  private readonly warnings: ParseWarning[] = []
  private readonly joins: Join[] = []
  private readonly lines: Line[]
  private index = 0

  constructor(text: string) {
    this.lines = text.split(/\r\n|\r|\n/).map((raw, i) => ({
      number: i + 1,
      text: raw.replace(/[\s\u3000]+$/u, '').replace(/^[\s\u3000]+/u, ''),
    }))
  }

  private fail(code: ParseErrorCode, line: number, found: string, expected: string): void {
    const where = line > 0 ? `line ${line}: ` : ''
    this.errors.push({
      code,
      line,
      found,
      expected,
      message: `${where}expected ${expected}; found ${found}`,
    })
  }

  private warn(code: ParseWarningCode, line: number, message: string): void {
    this.warnings.push({ code, line, message: `line ${line}: ${message}` })
  }

  /**
   * How many lines from here are a signature, up to the contact block or the end: a closing
   * formula (特此答复) at most, then up to two signing bodies (杨浦区科学技术委员会), then a date
   * (2023年6月20日); 0 when the lines are anything else. Ordinary short lines before a date
   * (a list item, a sentence cut short) are not a signature.
   */
  private signatureAhead(): number {
    const kinds: ('closing' | 'body' | 'date')[] = []
    for (let i = this.index; i < this.lines.length && kinds.length <= 4; i++) {
      const text = this.lines[i]?.text ?? ''
      if (text === '') continue
      if (CONTACT_START.test(text)) break
      if (text.length > SIGNATURE_LINE_MAX) return 0
      const kind = DATE.test(text)
        ? 'date'
        : CLOSING.test(text)
          ? 'closing'
          : SIGNING_BODY.test(text)
            ? 'body'
            : null
      if (!kind) return 0
      kinds.push(kind)
    }
    const shape = kinds.join(' ')
    return /^(?:closing )?(?:body ){0,2}date$/.test(shape) ? kinds.length : 0
  }

  private parseSignature(): Signature | null {
    const count = this.signatureAhead()
    if (count === 0) return null
    const lines: TextNode[] = []
    for (let i = 0; i < count; i++) {
      const line = this.peek()
      if (!line) break
      this.index++
      lines.push(node(`g${i + 1}`, line))
    }
    const date = lines[lines.length - 1]?.text ?? ''
    const bodies = lines.slice(0, -1).filter((line) => !CLOSING.test(line.text))
    const issuer = bodies.length > 0 ? bodies.map((line) => line.text).join('') : null
    return { lines, issuer, date }
  }

  private peek(): Line | undefined {
    while (this.index < this.lines.length && this.lines[this.index]?.text === '') this.index++
    return this.lines[this.index]
  }

  private lastLineNumber(): number {
    return this.lines.length
  }

  parse(): ParseResult {
    const meta = this.parseHeader()
    const opening = this.parseParagraphs('o', () => true)
    const { overview, answers, recommendations } = this.parseBody()
    const signatureFirst = this.parseSignature()
    const { contact, signature: signatureAfter } = this.parseContact(signatureFirst !== null)
    const signature = signatureFirst ?? signatureAfter
    if (this.errors.length > 0 || !meta || !overview || !answers) {
      return { ok: false, errors: this.errors }
    }
    this.checkEnd(recommendations)
    const proposalTitle = opening.map((p) => PROPOSAL_TITLE.exec(p.text)?.[1]).find(Boolean) ?? null
    const document: ReplyDocument = {
      meta: { ...meta, proposalTitle },
      opening,
      overview,
      answers,
      recommendations,
      contact,
      signature,
      joins: this.joins,
      warnings: this.warnings.sort((a, b) => a.line - b.line),
      figures: [opening, overview.paragraphs, answers.paragraphs]
        .flat()
        .concat(
          recommendations.flatMap((r) => [...r.intro, ...r.measures.flatMap((m) => m.paragraphs)]),
        )
        .flatMap((p) => p.figures),
    }
    return { ok: true, document }
  }

  /** The answers' last paragraph should close its sentence: otherwise the file was cut short. */
  private checkEnd(recommendations: readonly Recommendation[]): void {
    const measures = recommendations[recommendations.length - 1]?.measures ?? []
    const last = measures[measures.length - 1]?.paragraphs.at(-1)
    if (!last || TERMINAL.test(last.text.slice(-8))) return
    this.warn(
      'ends-mid-sentence',
      last.span.endLine,
      `the text ends in mid-sentence (“…${last.text.slice(-12)}”): is the file cut short?`,
    )
  }

  private parseHeader(): Omit<ReplyMeta, 'proposalTitle'> | null {
    const fields: Partial<Record<keyof Omit<ReplyMeta, 'proposalTitle'>, HeaderField>> = {}
    const field = (id: keyof typeof fields, line: Line, value: string): void => {
      if (fields[id]) {
        this.fail(
          'header-unexpected',
          line.number,
          `a second ${id} line “${clip(line.text)}”`,
          `one ${id} line`,
        )
        return
      }
      fields[id] = { ...node(id, line), value }
    }
    let line: Line | undefined
    while ((line = this.peek())) {
      const text = line.text
      if (headingOf(text)?.kind === 'section') break
      this.index++
      const result = RESULT.exec(text)
      const disclosure = DISCLOSURE.exec(text)
      if (result) field('result', line, result[1] ?? '')
      else if (disclosure) field('disclosure', line, disclosure[1] ?? '')
      else if (DOC_NUMBER.test(text) && text.length <= 40) field('docNumber', line, text)
      else if (TITLE.test(text)) field('title', line, text)
      else if (ADDRESSEE.test(text) && fields.title) {
        field('addressee', line, ADDRESSEE.exec(text)?.[1] ?? text)
        break
      } else if (ADDRESSEE.test(text)) {
        this.fail(
          'title-missing',
          line.number,
          `the addressee “${text}” before any title`,
          'a title line ending in 的答复 before the addressee',
        )
        break
      } else if (!fields.issuer && !fields.docNumber && !fields.title) field('issuer', line, text)
      else {
        const expected = fields.title
          ? 'the addressee line ending in ：'
          : 'a header line (办理结果, 公开属性, issuer, document number, title)'
        this.fail('header-unexpected', line.number, `“${clip(text)}”`, expected)
      }
    }
    const at = this.peek()?.number ?? this.lastLineNumber()
    const required: [keyof typeof fields, ParseErrorCode, string][] = [
      ['result', 'header-missing', 'a 办理结果：… line'],
      ['disclosure', 'header-missing', 'a disclosure line such as 主动公开'],
      ['issuer', 'header-missing', 'the issuing body, e.g. 杨浦区科学技术委员会'],
      ['docNumber', 'header-missing', 'a document number such as 杨科两会〔2023〕23号'],
      ['title', 'title-missing', 'a title line ending in 的答复'],
      ['addressee', 'addressee-missing', 'the addressee line ending in ：, e.g. 张庭赫委员：'],
    ]
    for (const [id, code, expected] of required) {
      if (fields[id]) continue
      // A missing title was already reported at the addressee line.
      if (id === 'title' && this.errors.some((e) => e.code === 'title-missing')) continue
      if (id === 'addressee' && !fields.title) continue
      this.fail(code, at, 'no such line in the header', expected)
    }
    const { result, disclosure, issuer, docNumber, title, addressee } = fields
    if (!result || !disclosure || !issuer || !docNumber || !title || !addressee) return null
    return { result, disclosure, issuer, docNumber, title, addressee }
  }

  /**
   * Reads paragraphs until `accept` refuses a line, a heading or a contact line. A piece that
   * follows a paragraph without closing punctuation continues it: that is a page break or a
   * line wrap from PDF extraction, and the join is recorded.
   */
  private parseParagraphs(idPrefix: string, accept: (line: Line) => boolean): Paragraph[] {
    const paragraphs: Paragraph[] = []
    // The pieces of each paragraph, joined once at the end: appending line by line to one string
    // and testing its end each time flattened it again and again (100,000 unpunctuated lines
    // took 5 s). What a join looks at is the last piece, where the paragraph ends so far.
    const pieces: string[][] = []
    let line: Line | undefined
    let previousEnd = 0
    while ((line = this.peek())) {
      if (headingOf(line.text) || CONTACT_START.test(line.text) || !accept(line)) break
      if (line.text.length <= SIGNATURE_LINE_MAX && this.signatureAhead() > 0) break
      this.index++
      const last = paragraphs[paragraphs.length - 1]
      const lastPieces = pieces[pieces.length - 1]
      const tail = lastPieces ? lastEight(lastPieces) : ''
      if (last && lastPieces && !TERMINAL.test(tail)) {
        const space = /[A-Za-z0-9]$/.test(tail) && /^[A-Za-z0-9]/.test(line.text) ? ' ' : ''
        this.joins.push({
          nodeId: last.id,
          line: last.span.endLine,
          nextLine: line.number,
          kind: line.number - previousEnd > 1 ? 'page-break' : 'line-wrap',
          before: `…${tail}`,
          after: `${line.text.slice(0, 8)}…`,
        })
        lastPieces.push(`${space}${line.text}`)
        last.span.endLine = line.number
      } else {
        // Only where a paragraph starts: a wrapped line that happens to start with 3.6 is not one.
        if (HEADING_LIKE.test(line.text) && !TERMINAL.test(line.text))
          this.warn(
            'heading-unrecognised',
            line.number,
            `“${clip(line.text)}” looks like a heading but is none of 一、 (一) 1. and is read as text`,
          )
        paragraphs.push({ ...node(`${idPrefix}${paragraphs.length + 1}`, line), figures: [] })
        pieces.push([line.text])
      }
      previousEnd = line.number
    }
    paragraphs.forEach((paragraph, i) => {
      paragraph.text = (pieces[i] ?? [paragraph.text]).join('')
      paragraph.figures = extractFigures(paragraph.text, paragraph.id)
    })
    return paragraphs
  }

  private parseSection(number: number, id: string): Section | null {
    const line = this.peek()
    const heading = line ? headingOf(line.text) : null
    if (!line || heading?.kind !== 'section' || heading.number !== number) return null
    this.index++
    return {
      id,
      heading: node(id, line),
      title: heading.title,
      paragraphs: this.parseParagraphs(`${id}p`, () => true),
    }
  }

  private parseBody(): {
    overview: Section | null
    answers: Section | null
    recommendations: Recommendation[]
  } {
    const first = this.peek()
    const overview = this.parseSection(1, 's1')
    if (!overview) {
      const heading = first ? headingOf(first.text) : null
      if (heading?.kind === 'section' && heading.number === 2) {
        this.fail(
          'overview-missing',
          first?.number ?? 0,
          `“${clip(first?.text ?? '')}”`,
          'section 一、 (提案办理概况) before section 二、',
        )
      } else {
        this.fail(
          'overview-missing',
          first?.number ?? this.lastLineNumber(),
          first ? `“${clip(first.text)}”` : 'the end of the text',
          'section 一、 (提案办理概况)',
        )
        return { overview: null, answers: null, recommendations: [] }
      }
    }
    const next = this.peek()
    const answers = this.parseSection(2, 's2')
    if (!answers) {
      const heading = next ? headingOf(next.text) : null
      const found = next ? `“${clip(next.text)}”` : 'the end of the text'
      if (heading?.kind === 'section') {
        this.fail(
          'section-order',
          next?.number ?? 0,
          found,
          'section 二、 (提案建议答复) after section 一、',
        )
      } else {
        this.fail(
          'answers-missing',
          next?.number ?? this.lastLineNumber(),
          found,
          'section 二、 (提案建议答复) with the recommendations',
        )
      }
      return { overview, answers: null, recommendations: [] }
    }
    return { overview, answers, recommendations: this.parseRecommendations(answers) }
  }

  private parseRecommendations(answers: Section): Recommendation[] {
    const recommendations: Recommendation[] = []
    let line: Line | undefined
    while ((line = this.peek())) {
      if (CONTACT_START.test(line.text) || this.signatureAhead() > 0) break
      const heading = headingOf(line.text)
      if (heading?.kind === 'section') {
        this.fail(
          'section-unexpected',
          line.number,
          `“${clip(line.text)}”`,
          'recommendations (一)(二)… or the contact block after section 二、',
        )
        this.index++
        continue
      }
      if (heading?.kind !== 'recommendation') {
        const found =
          heading?.kind === 'measure'
            ? `measure “${clip(line.text)}” before any recommendation`
            : `“${clip(line.text)}”`
        this.fail(
          'recommendation-missing',
          line.number,
          found,
          'a recommendation heading such as (一) 关于“…”的建议',
        )
        this.index++
        continue
      }
      this.index++
      const expected = recommendations.length + 1
      if (heading.number !== expected) {
        const what =
          heading.number <= recommendations.length
            ? 'repeated'
            : heading.number < expected
              ? 'earlier'
              : 'out of order'
        this.fail(
          'recommendation-order',
          line.number,
          `recommendation (${heading.ordinal}) ${what}`,
          `recommendation number ${expected}`,
        )
      }
      const id = `r${expected}`
      const recommendation: Recommendation = {
        id,
        ordinal: heading.ordinal,
        number: expected,
        heading: node(id, line),
        title: heading.title,
        topic: topicOf(heading.title),
        intro: this.parseParagraphs(`${id}p`, () => true),
        measures: this.parseMeasures(id),
      }
      if (recommendation.measures.length === 0) {
        this.fail(
          'measures-missing',
          line.number,
          `recommendation (${heading.ordinal}) with no numbered measure`,
          'at least one measure numbered 1. after the recommendation heading',
        )
      }
      recommendations.push(recommendation)
    }
    if (
      recommendations.length === 0 &&
      !this.errors.some((e) => e.code === 'recommendation-missing')
    ) {
      this.fail(
        'recommendation-missing',
        answers.heading.span.line,
        'section 二、 without recommendations',
        'at least one recommendation (一) after section 二、',
      )
    }
    return recommendations
  }

  private parseMeasures(recommendationId: string): Measure[] {
    const measures: Measure[] = []
    let line: Line | undefined
    while ((line = this.peek())) {
      const heading = headingOf(line.text)
      if (heading?.kind !== 'measure') break
      this.index++
      const expected = measures.length + 1
      if (heading.number !== expected) {
        const what =
          heading.number < expected
            ? `measure ${heading.number} repeated`
            : `measure ${heading.number} after measure ${expected - 1} (a gap)`
        this.fail('measure-order', line.number, what, `measure number ${expected}`)
      }
      const id = `${recommendationId}m${expected}`
      const paragraphs = this.parseParagraphs(`${id}p`, () => true)
      if (paragraphs.length === 0)
        this.warn(
          'measure-empty',
          line.number,
          `measure ${expected} “${clip(heading.title)}” has no text`,
        )
      measures.push({
        id,
        ordinal: expected,
        heading: node(id, line),
        title: heading.title,
        paragraphs,
        figures: paragraphs.flatMap((p) => p.figures),
      })
    }
    return measures
  }

  /** The contact block, and a signature after it when none stood before it. */
  private parseContact(signed: boolean): { contact: Contact | null; signature: Signature | null } {
    const lines: TextNode[] = []
    const fields: ContactField[] = []
    let signature: Signature | null = null
    let line: Line | undefined
    while ((line = this.peek())) {
      if (!signed && !signature && !CONTACT_START.test(line.text)) {
        signature = this.parseSignature()
        if (signature) continue
      }
      this.index++
      if (!CONTACT_START.test(line.text)) {
        this.fail(
          'orphan-text',
          line.number,
          `“${clip(line.text)}” after the contact block`,
          'only contact lines (承办单位地址：…, 联系电话：…) at the end',
        )
        continue
      }
      lines.push(node(`c${lines.length + 1}`, line))
      const labels = [...line.text.matchAll(CONTACT_LABEL)]
      labels.forEach((match, i) => {
        const label = match[1] ?? ''
        const from = match.index + match[0].length
        const to = labels[i + 1]?.index ?? line!.text.length
        const value = line!.text.slice(from, to).trim()
        const key = CONTACT_LABELS.find(([name]) => name === label)?.[1] ?? 'address'
        if (value === '') {
          this.fail(
            'contact-malformed',
            line!.number,
            `${label} with no value`,
            `a value after ${label}：`,
          )
          return
        }
        fields.push({ key, label, value })
      })
    }
    if (lines.length === 0) return { contact: null, signature }
    const contact: Contact = { lines, fields }
    for (const { key, value } of fields) contact[key] ??= value
    return { contact, signature }
  }
}

/**
 * Reads an official reply to a CPPCC proposal into a `ReplyDocument`, or lists every reason it
 * cannot, each with its line, what was found and what was expected. It never throws on input.
 */
export function parseReply(input: string | Uint8Array): ParseResult {
  const decoded = decodeSource(input)
  if ('error' in decoded) return { ok: false, errors: [decoded.error] }
  try {
    return new ReplyParser(decoded.text).parse()
  } catch (cause) {
    // A parser bug must still reach the visitor as a message, not a blank page.
    const message = cause instanceof Error ? cause.message : String(cause)
    return {
      ok: false,
      errors: [
        {
          code: 'internal',
          line: 0,
          found: `an internal error: ${message}`,
          expected: 'a readable reply',
          message,
        },
      ],
    }
  }
}
