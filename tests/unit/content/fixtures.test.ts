import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseReply, replyNodes, type ReplyDocument } from '../../../src/content'
import { planExhibition, standTextLayout } from '../../../src/plan'
import { b129 } from '../../support/b129'
import { glyphAtlas } from '../../support/glyphs'
import { checkPlan } from '../../support/planChecks'

// Replies written to the format that the exhibition was not built from: other shapes, a
// signature, no contact block, mixed names, page-break artefacts, warnings, and malformed ones.

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8')

function parsed(name: string): ReplyDocument {
  const result = parseReply(fixture(name))
  if (!result.ok) throw new Error(`${name}: ${result.errors.map((e) => e.message).join('; ')}`)
  return result.document
}

const squeeze = (text: string) => text.replace(/[\s\u3000]+/gu, '')

/** Every non-blank line of the source is in exactly one node, and nothing else is. */
function expectWhole(name: string, document: ReplyDocument): void {
  const source = fixture(name)
  expect(
    squeeze(
      replyNodes(document)
        .map((n) => n.text)
        .join(''),
    ),
  ).toBe(squeeze(source))
  const ids = replyNodes(document).map((n) => n.id)
  expect(new Set(ids).size).toBe(ids.length)
}

const GOOD: [string, number[]][] = [
  ['one-by-one.txt', [1]],
  ['five-by-one.txt', [1, 1, 1, 1, 1]],
  ['six-by-eight.txt', [8, 8, 8, 8, 8, 8]],
  ['long-measures.txt', [2, 2]],
  ['mixed-names.txt', [2, 2, 2]],
  ['six-halls.txt', [3, 2, 4, 3, 2, 4]],
  ['warnings.txt', [2]],
  ['intros.txt', [1, 1, 1, 1, 1]],
]

describe('good fixtures', () => {
  it.each(GOOD)('%s parses whole into its shape and plans validly', (name, counts) => {
    const document = parsed(name)
    expect(document.recommendations.map((r) => r.measures.length)).toEqual(counts)
    expectWhole(name, document)
    const plan = planExhibition(document)
    checkPlan(plan, counts)
    // The plan names what each hall and exhibit shows by id.
    expect(plan.halls.map((h) => h.recommendationId)).toEqual(
      document.recommendations.map((r) => r.id),
    )
    expect(plan.halls.flatMap((h) => h.stands.map((s) => s.id))).toEqual(
      document.recommendations.flatMap((r) => r.measures.map((m) => m.id)),
    )
  })

  it('reads a reply without a contact block', () => {
    const document = parsed('one-by-one.txt')
    expect(document.contact).toBeNull()
    expect(document.signature).toBeNull()
    expect(document.warnings).toEqual([])
    expect(document.figures.map((f) => [f.value, f.unit])).toEqual([
      [2023, '年'],
      [12, '个'],
      [3.6, '万平方米'],
      [2000, '户'],
      [10, '个'],
    ])
  })

  it('keeps a signature before the contact out of the last measure', () => {
    const document = parsed('five-by-one.txt')
    expect(document.signature).toMatchObject({ issuer: '杨浦区商务委员会', date: '2024年5月20日' })
    const last = document.recommendations[4]!.measures[0]!
    expect(last.paragraphs.map((p) => p.text).join('')).not.toContain('2024年5月20日')
    expect(last.figures.map((f) => f.value)).not.toContain(2024)
    expect(document.contact?.handler).toBe('李明')
    expect(document.warnings).toEqual([])
    expect(document.figures.find((f) => f.value === 300)?.text).toBe('300余家')
  })

  it('reads a signature after the contact, dated in Chinese numerals, and mixed names', () => {
    const document = parsed('mixed-names.txt')
    expect(document.meta.addressee.value).toBe('Anna Schmidt（施安娜）委员')
    expect(document.signature).toMatchObject({
      issuer: '杨浦区文化和旅游局',
      date: '二〇二四年六月十二日',
    })
    expect(document.contact?.phone).toBe('25032000')
    expect(document.recommendations[0]!.measures[0]!.paragraphs[0]!.text).toContain(
      'Microsoft 亚洲研究院、Unity 中国和 NVIDIA',
    )
    expect(document.recommendations[1]!.measures[0]!.title).toBe('支持原创 IP 孵化')
    expect(document.figures.find((f) => f.value === 4500)?.unit).toBe('件')
  })

  it('joins paragraphs cut by page breaks, and long measures take several panel pages', () => {
    const document = parsed('long-measures.txt')
    const measures = document.recommendations.flatMap((r) => r.measures)
    for (const measure of measures) {
      const join = document.joins.find((j) => j.nodeId === `${measure.id}p2`)
      expect(join?.kind, measure.id).toBe('page-break')
      expect(measure.paragraphs).toHaveLength(4)
    }
    const plan = planExhibition(document)
    for (const stand of plan.halls.flatMap((h) => h.stands)) {
      const measure = measures.find((m) => m.id === stand.id)!
      const layout = standTextLayout(
        {
          title: measure.title,
          body: measure.paragraphs.map((p) => p.text).join('\n'),
          captions: [],
          bodies: [],
          width: stand.panel.width,
          height: stand.panel.height,
          english: false,
        },
        glyphAtlas(),
      )
      expect(layout.pages.length, stand.id).toBeGreaterThanOrEqual(2)
    }
  })

  it('warns of a measure without text, an unrecognised heading and a text cut short', () => {
    const document = parsed('warnings.txt')
    expect(document.warnings.map((w) => [w.code, w.line])).toEqual([
      ['measure-empty', 22],
      ['heading-unrecognised', 26],
      ['ends-mid-sentence', 28],
    ])
    expect(document.warnings[2]?.message).toMatch(/^line 28: the text ends in mid-sentence/)
  })

  it('B129 itself has no warnings and no signature', () => {
    const document = b129()
    expect(document.warnings).toEqual([])
    expect(document.signature).toBeNull()
    expect(document.contact?.handler).toBe('张智宇')
  })
})

const MALFORMED: [string, string][] = [
  ['malformed/empty.txt', 'empty'],
  ['malformed/measure-gap.txt', 'measure-order'],
  ['malformed/no-overview.txt', 'overview-missing'],
  ['malformed/no-recommendations.txt', 'recommendation-missing'],
  ['malformed/no-title.txt', 'title-missing'],
  ['malformed/recommendation-order.txt', 'recommendation-order'],
  ['malformed/text-after-contact.txt', 'orphan-text'],
]

describe('malformed fixtures', () => {
  it.each(MALFORMED)('%s is refused with %s and a line number', (name, code) => {
    const result = parseReply(fixture(name))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((e) => e.code)).toContain(code)
    const error = result.errors.find((e) => e.code === code)!
    if (code !== 'empty') expect(error.line).toBeGreaterThan(0)
  })
})

describe('signatures and warnings, not mistaken', () => {
  const base = fixture('one-by-one.txt')
  const lastLine = '2023年，我局新建口袋公园 12 个'
  /** The 1x1 fixture with `ending` after its last paragraph. */
  const ending = (text: string) => {
    const result = parseReply(`${base.trimEnd()}\n\n${text}\n`)
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '))
    return result.document
  }
  const lastMeasureText = (document: ReplyDocument) =>
    document.recommendations[0]!.measures[0]!.paragraphs.map((p) => p.text).join('')

  it('takes 特此答复 above the signing body and date into the signature', () => {
    const document = ending('特此答复。\n\n杨浦区绿化和市容管理局\n\n2024年5月20日')
    expect(document.signature).toMatchObject({
      issuer: '杨浦区绿化和市容管理局',
      date: '2024年5月20日',
    })
    expect(document.signature?.lines.map((l) => l.text)).toEqual([
      '特此答复。',
      '杨浦区绿化和市容管理局',
      '2024年5月20日',
    ])
    expect(lastMeasureText(document)).toContain(lastLine)
    expect(document.warnings).toEqual([])
  })

  it('leaves a short last line that is no signing body in its measure', () => {
    const document = ending('绿地认养\n\n杨浦区绿化和市容管理局\n\n2024年5月20日')
    expect(document.signature?.issuer).toBe('杨浦区绿化和市容管理局')
    expect(lastMeasureText(document)).toContain('绿地认养')
  })

  it('does not warn of a heading where a wrapped line starts with a number', () => {
    const document = ending('今年新增绿地\n3.6 万平方米，惠及周边\n12.5%的居民。')
    expect(document.warnings).toEqual([])
    expect(lastMeasureText(document)).toContain('今年新增绿地3.6 万平方米，惠及周边12.5%的居民。')
  })
})
