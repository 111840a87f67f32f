import type { FigureKind, KeyFigure } from './types'

// Units a reply counts things in, longest first so 万亿元 wins over 元.
const UNITS = [
  '万亿元',
  '亿元',
  '万元',
  '元',
  '万亿',
  '亿',
  '万平方米',
  '平方米',
  '万人次',
  '人次',
  '万名',
  '万人',
  '万户',
  '名',
  '人',
  '户',
  '组',
  '所',
  '家',
  '个',
  '项',
  '条',
  '件',
  '位',
  '场',
  '次',
  '套',
  '支',
  '%',
  '％',
  '年',
]
// A figure starts where a run of digits does (the lookbehind): tried from inside a long run of
// digits, the pattern would backtrack over the rest of it from every digit, quadratic in the run.
// Thousands may be grouped (2,000 人次), and 余 or 多 between number and unit says "more than"
// (300余家).
const FIGURE = new RegExp(
  `(?<![\\d.,，])(\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(余|多)?\\s*(${UNITS.join('|')})`,
  'g',
)
const QUALIFIERS = [
  '不少于',
  '不低于',
  '至少',
  '超过',
  '突破',
  '达到',
  '超',
  '近',
  '约',
  '逾',
  '达',
]
// Adverbs between a subject and its number: 企业已达 260 家 counts 企业.
const ADVERBS = ['已经', '已', '累计', '共计', '共']
// Verbs that end a counted noun phrase: 100 家科技企业参与 counts 科技企业.
const VERBS = [
  '参与',
  '参加',
  '提供',
  '交出',
  '提交',
  '带来',
  '入选',
  '入驻',
  '落地',
  '获得',
  '共同',
  '实现',
  '完成',
  '集聚',
]
const SENTENCE_END = /[。！？；!?;]/
const CLAUSE_BREAK = /[，。！？；：、,!?;:“”‘’《》（）()「」\s]/
const HAN = /\p{Script=Han}/u
/**
 * How far a label or a sentence is looked for around a figure, characters: every look is bounded,
 * so that a paragraph of thousands of figures and no full stop is read in linear time.
 */
const REACH = 200
const LABEL_REACH = 40

function kindOf(unit: string, value: number, raw: string): FigureKind | null {
  if (unit === '年') return /^\d{4}$/.test(raw) && value >= 1900 && value <= 2100 ? 'year' : null
  if (unit.endsWith('元')) return 'money'
  if (unit === '%' || unit === '％') return 'percent'
  return 'count'
}

/**
 * The sentence each figure of a paragraph stands in, or as much of it as lies within REACH of the
 * figure. The paragraph's sentence ends are found once; figures come in order, so a cursor over
 * them finds each figure's sentence without looking at any character twice.
 */
function sentencesOf(text: string): (start: number, end: number) => string {
  const ends: number[] = []
  for (let i = 0; i < text.length; i++) if (SENTENCE_END.test(text[i] ?? '')) ends.push(i)
  let before = 0
  return (start, end) => {
    while (before < ends.length && (ends[before] ?? Infinity) < start) before++
    const from = Math.max(start - REACH, 0, (ends[before - 1] ?? -1) + 1)
    let after = before
    while (after < ends.length && (ends[after] ?? Infinity) < end) after++
    const to = Math.min(text.length, end + REACH, ends[after] ?? Infinity)
    return text.slice(from, Math.min(text.length, to + 1)).trim()
  }
}

/** The counted noun after the unit: 精彩的数字平台成果 → 数字平台成果, 科技企业参与 → 科技企业. */
function nounAfter(text: string, from: number): string {
  let to = from
  const latest = Math.min(text.length, from + LABEL_REACH)
  while (to < latest && !CLAUSE_BREAK.test(text[to] ?? '') && HAN.test(text[to] ?? '')) to++
  let noun = text.slice(from, to)
  const of = noun.lastIndexOf('的')
  if (of >= 0) noun = noun.slice(of + 1)
  for (const verb of VERBS) {
    const at = noun.indexOf(verb)
    if (at > 0) noun = noun.slice(0, at)
  }
  return noun.slice(0, 10)
}

/** The subject before a number: 到 2025 年相关产业规模要突破 → 相关产业规模. */
function nounBefore(text: string, to: number): string {
  let clause = text.slice(Math.max(0, to - LABEL_REACH), to).trimEnd()
  for (const word of [...QUALIFIERS, ...ADVERBS, '要', '将', '预计']) {
    if (clause.endsWith(word)) clause = clause.slice(0, -word.length).trimEnd()
  }
  let from = clause.length
  while (from > 0 && HAN.test(clause[from - 1] ?? '')) from--
  let noun = clause.slice(from)
  // A run that starts with the unit of an earlier number (2025 年相关…) belongs after it.
  if (/\d\s*$/.test(clause.slice(0, from)) && /^[年月日个名]/.test(noun)) noun = noun.slice(1)
  return noun.slice(-8)
}

function qualifierBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 4), at).trimEnd()
  return QUALIFIERS.find((word) => before.endsWith(word)) ?? ''
}

/** Finds the key figures of one paragraph. Ids are `${nodeId}f${n}` within the paragraph. */
export function extractFigures(text: string, nodeId: string, firstIndex = 1): KeyFigure[] {
  const figures: KeyFigure[] = []
  const sentenceAround = sentencesOf(text)
  for (const match of text.matchAll(FIGURE)) {
    const [whole, written = '', , unit = ''] = match
    const raw = written.replace(/[,，]/g, '')
    const start = match.index
    const end = start + whole.length
    // Part of a code or a longer token: B129, 5G, 3D, 1.5.2.
    if (/[A-Za-z0-9.\-－]/.test(text[start - 1] ?? '')) continue
    if (/[A-Za-z]/.test(text[end] ?? '')) continue
    const value = Number(raw)
    const kind = kindOf(unit, value, raw)
    if (kind === null || !Number.isFinite(value)) continue
    // 余 stays in the figure's own words (300余家): nothing is added before it.
    const qualifier = qualifierBefore(text, start)
    let label: string
    if (kind === 'money' || kind === 'percent') label = nounBefore(text, start)
    else if (kind === 'year') label = '年份'
    else label = nounAfter(text, end) || nounBefore(text, start)
    figures.push({
      id: `${nodeId}f${firstIndex + figures.length}`,
      kind,
      value,
      unit,
      label,
      qualifier,
      text: whole,
      sourceSentence: sentenceAround(start, end),
      nodeId,
    })
  }
  return figures
}
