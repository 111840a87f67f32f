/** 1-based line numbers in the source text, inclusive. */
export interface SourceSpan {
  line: number
  endLine: number
}

/**
 * A piece of the source exactly as published (`text`, page-break joins applied), with where it
 * came from. Every non-blank character of the source lands in exactly one node.
 */
export interface TextNode {
  id: string
  text: string
  span: SourceSpan
}

/** A header line whose meaningful part (`value`) is read out of its raw text. */
export interface HeaderField extends TextNode {
  value: string
}

export type FigureKind = 'count' | 'money' | 'year' | 'percent'

/** A number with its unit taken from the text, for visualisation (77 所高校, 1.5 万亿元 …). */
export interface KeyFigure {
  id: string
  kind: FigureKind
  value: number
  unit: string
  /** A short noun for what is counted: 高校, 工作岗位, 相关产业规模. */
  label: string
  /** 超, 超过, 突破 … when the text qualifies the number. */
  qualifier: string
  /** The figure as written, e.g. `77 所`. */
  text: string
  /** The sentence (up to 。！？；) that holds the figure, as written. */
  sourceSentence: string
  /** The paragraph node that holds the sentence. */
  nodeId: string
}

export interface Paragraph extends TextNode {
  figures: KeyFigure[]
}

export interface Section {
  id: string
  heading: TextNode
  /** The heading without its ordinal: 提案办理概况. */
  title: string
  paragraphs: Paragraph[]
}

export interface Measure {
  /** `r2m1`: the key of translations, plan, URLs and tests. */
  id: string
  ordinal: number
  heading: TextNode
  title: string
  paragraphs: Paragraph[]
  figures: KeyFigure[]
}

export interface Recommendation {
  /** `r2` */
  id: string
  /** The Chinese ordinal as written: 一, 二 … */
  ordinal: string
  number: number
  heading: TextNode
  /** The heading without its ordinal: 关于“…”的建议. */
  title: string
  /** The quoted proposal wording inside the title, or the title itself when there is none. */
  topic: string
  /** Paragraphs between the heading and the first measure, when a reply has them. */
  intro: Paragraph[]
  measures: Measure[]
}

export type ContactKey = 'address' | 'postcode' | 'handler' | 'phone'

export interface ContactField {
  key: ContactKey
  /** The label as written: 承办单位地址. */
  label: string
  value: string
}

export interface Contact {
  lines: TextNode[]
  fields: ContactField[]
  address?: string
  postcode?: string
  handler?: string
  phone?: string
}

/**
 * The issuer's name and the date set under the last measure, before or after the contact block:
 * shown with the contact, not read as a measure's text.
 */
export interface Signature {
  lines: TextNode[]
  /** The signing body as written, when a line other than the date names it. */
  issuer: string | null
  /** The date line as written: 2023年6月20日. */
  date: string
}

export type ParseWarningCode = 'ends-mid-sentence' | 'measure-empty' | 'heading-unrecognised'

/**
 * Something a reply that parsed may have wrong: it is shown as it was read, and the warning says
 * where to look.
 */
export interface ParseWarning {
  code: ParseWarningCode
  /** 1-based line of the source. */
  line: number
  message: string
}

/** Two source pieces that a page break or line wrap had cut mid-sentence, joined into one node. */
export interface Join {
  nodeId: string
  /** Last line of the first piece and first line of the second. */
  line: number
  nextLine: number
  kind: 'page-break' | 'line-wrap'
  /** Text around the join, for reports: `…40名选手` + `交出了 8 组…`. */
  before: string
  after: string
}

export interface ReplyMeta {
  result: HeaderField
  disclosure: HeaderField
  issuer: HeaderField
  docNumber: HeaderField
  title: HeaderField
  addressee: HeaderField
  /** The proposal's own title as quoted in the opening, without quotes. */
  proposalTitle: string | null
}

export interface ReplyDocument {
  meta: ReplyMeta
  opening: Paragraph[]
  overview: Section
  /** 二、提案建议答复: its heading and any paragraphs before the first recommendation. */
  answers: Section
  recommendations: Recommendation[]
  contact: Contact | null
  signature: Signature | null
  joins: Join[]
  /** What may be wrong in a reply that parsed (each with its line); empty for B129. */
  warnings: ParseWarning[]
  figures: KeyFigure[]
}

export type ParseErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-utf8'
  | 'binary'
  | 'header-missing'
  | 'header-unexpected'
  | 'title-missing'
  | 'addressee-missing'
  | 'overview-missing'
  | 'answers-missing'
  | 'section-order'
  | 'section-unexpected'
  | 'recommendation-missing'
  | 'recommendation-order'
  | 'measures-missing'
  | 'measure-order'
  | 'orphan-text'
  | 'contact-malformed'
  | 'internal'

export interface ParseError {
  code: ParseErrorCode
  /** 1-based line of the source; 0 when the problem concerns the whole text. */
  line: number
  found: string
  expected: string
  message: string
}

export type ParseResult =
  { ok: true; document: ReplyDocument } | { ok: false; errors: ParseError[] }
