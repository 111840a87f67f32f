import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromChineseNumeral, parseReply, toChineseNumeral } from '../../../src/content'
import { writeReply } from '../../support/replyText'

// Han characters only: no digit, bracket, 、 or ： that could make a piece look like a heading.
const HAN = [
  ...'的是在了有和人这中大为上国我以要他时来用们生到作地于出就分对成会可主发动同工也能下过子说产种面而方后多定行学法所民得经之进着等部度家电力里如水化高自理起小物现实加量都体制机当使点从业本去把性好应开它合还因由其些然前外天政日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领海口东导器压志世金增争济阶油思术极交受联什认共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞',
]

const hanText = (min: number, max: number) =>
  fc.array(fc.constantFrom(...HAN), { minLength: min, maxLength: max }).map((c) => c.join(''))

/** A paragraph: clauses joined by ， and closed by 。, plus where a page break may cut it. */
const paragraph = fc
  .tuple(
    fc.array(hanText(2, 30), { minLength: 1, maxLength: 5 }),
    fc.option(fc.nat(), { nil: null }),
    fc.constantFrom('\n', '\n\n', '\n\n\n'),
  )
  .map(([clauses, cutAt, gap]) => {
    const text = `${clauses.join('，')}。`
    // Never cut right after closing punctuation: that is a real paragraph end.
    const cuts = [...text].flatMap((_, i) =>
      i > 0 && i < text.length - 1 && !/[。]/.test(text[i - 1] ?? '') ? [i] : [],
    )
    const cut = cutAt === null || cuts.length === 0 ? null : (cuts[cutAt % cuts.length] ?? null)
    const written = cut === null ? text : `${text.slice(0, cut)}\n${gap}${text.slice(cut)}`
    return { text, written, cut: cut !== null }
  })

const measure = fc.record({
  title: hanText(3, 20),
  marker: fc.constantFrom('. ', '．', '、', '.'),
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 3 }),
})

const recommendation = fc.record({
  topic: hanText(4, 30),
  brackets: fc.constantFrom(['(', ') '], ['（', '）'], ['（', '） ']),
  lead: fc.constantFrom('关于', '对于'),
  measures: fc.array(measure, { minLength: 1, maxLength: 8 }),
})

const reply = fc.record({
  recommendations: fc.array(recommendation, { minLength: 1, maxLength: 6 }),
  contact: fc.boolean(),
})

type Reply = typeof reply extends fc.Arbitrary<infer T> ? T : never

function write(generated: Reply): string {
  const lines = [
    '办理结果：解决或采纳',
    '主动公开',
    '',
    '某区科学技术委员会',
    '某科两会〔2024〕7号',
    '对区政协十六届一次会议 第A001号提案的答复',
    '',
    '某某委员：',
    '',
    '您提出的“关于测试的提案”收悉，现答复如下：',
    '',
    '一、提案办理概况',
    '',
    '收到该提案后，我委十分重视。',
    '',
    '二、提案建议答复',
    '',
  ]
  generated.recommendations.forEach((r, i) => {
    const [open, close] = r.brackets
    lines.push(`${open}${toChineseNumeral(i + 1)}${close}${r.lead}“${r.topic}”的建议`, '')
    r.measures.forEach((m, j) => {
      lines.push(`${j + 1}${m.marker}${m.title}`, '')
      for (const p of m.paragraphs) lines.push(p.written, '')
    })
  })
  if (generated.contact)
    lines.push(
      '',
      '承办单位地址：某路 1 号 邮政编码：200000',
      '承办人姓名：某某 联系电话：12345678',
    )
  return lines.join('\n')
}

describe('parseReply on generated replies', () => {
  it('reads back the structure that was written, joining every page break', () => {
    fc.assert(
      fc.property(reply, (generated) => {
        const result = parseReply(write(generated))
        if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'))
        const doc = result.document
        expect(
          doc.recommendations.map((r) => ({
            title: r.title,
            topic: r.topic,
            measures: r.measures.map((m) => ({
              title: m.title,
              paragraphs: m.paragraphs.map((p) => p.text),
            })),
          })),
        ).toEqual(
          generated.recommendations.map((r) => ({
            title: `${r.lead}“${r.topic}”的建议`,
            topic: r.topic,
            measures: r.measures.map((m) => ({
              title: m.title,
              paragraphs: m.paragraphs.map((p) => p.text),
            })),
          })),
        )
        const cuts = generated.recommendations
          .flatMap((r) => r.measures.flatMap((m) => m.paragraphs))
          .filter((p) => p.cut)
        expect(doc.joins).toHaveLength(cuts.length)
        expect(doc.recommendations.map((r) => r.id)).toEqual(
          generated.recommendations.map((_, i) => `r${i + 1}`),
        )
        expect(doc.contact === null).toBe(!generated.contact)
      }),
      { numRuns: 200 },
    )
  })

  it('reports a measure gap wherever it is made', () => {
    fc.assert(
      fc.property(reply, fc.nat(), (generated, pick) => {
        const text = write(generated)
        const headings = text
          .split('\n')
          .flatMap((line, i) => (/^\d+[.．、]/.test(line) ? [i] : []))
        const at = headings[pick % headings.length] ?? 0
        const lines = text.split('\n')
        lines[at] = (lines[at] ?? '').replace(/^\d+/, (n) => String(Number(n) + 1))
        const result = parseReply(lines.join('\n'))
        expect(result.ok).toBe(false)
        if (!result.ok)
          expect(result.errors.map((e) => [e.code, e.line])).toContainEqual([
            'measure-order',
            at + 1,
          ])
      }),
      { numRuns: 100 },
    )
  })
})

describe('measure headings', () => {
  it('reads a number written in full-width digits (３.) as the measure it numbers', () => {
    const text = writeReply([3]).replace('3. 措施3', '３. 措施3')
    expect(text).toContain('３. 措施3')
    const result = parseReply(text)
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'))
    const measures = result.document.recommendations[0]!.measures
    expect(measures.map((m) => [m.ordinal, m.title])).toEqual([
      [1, '措施1'],
      [2, '措施2'],
      [3, '措施3'],
    ])
    // Not glued to the measure before it.
    expect(measures[1]!.paragraphs.map((p) => p.text).join('')).not.toContain('措施3')
  })
})

describe('Chinese numerals', () => {
  it('round-trips 1 to 99', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        (n) => fromChineseNumeral(toChineseNumeral(n)) === n,
      ),
    )
  })

  it('reads the common forms and refuses others', () => {
    expect(['一', '十', '十一', '二十', '九十九'].map(fromChineseNumeral)).toEqual([
      1, 10, 11, 20, 99,
    ])
    expect(['', '零', '十十', '一一', '百'].map(fromChineseNumeral)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ])
  })
})
