import { describe, expect, it } from 'vitest'
import { extractFigures } from '../../../src/content'

const brief = (text: string) =>
  extractFigures(text, 'p').map((f) => [f.kind, f.value, f.unit, f.label, f.qualifier])

describe('extractFigures', () => {
  it('reads counts with the noun they count', () => {
    expect(brief('联合 77 所高校，超 100 家科技企业参与。')).toEqual([
      ['count', 77, '所', '高校', ''],
      ['count', 100, '家', '科技企业', '超'],
    ])
  })

  it('takes the noun after 的 and stops at the verb', () => {
    expect(brief('40名选手交出了 8 组精彩的数字平台成果。')).toEqual([
      ['count', 40, '名', '选手', ''],
      ['count', 8, '组', '数字平台成果', ''],
    ])
  })

  it('reads money with the subject before it', () => {
    expect(brief('到 2025 年相关产业规模要突破 1.5 万亿元，')).toEqual([
      ['year', 2025, '年', '年份', ''],
      ['money', 1.5, '万亿元', '相关产业规模', '突破'],
    ])
    expect(brief('全年营业收入约 320 亿元。')).toEqual([
      ['money', 320, '亿元', '全年营业收入', '约'],
    ])
    // 不少于 qualifies the sum; 已 between subject and number is not part of the subject.
    expect(brief('每年安排专项资金不少于 9 亿元。')).toEqual([
      ['money', 9, '亿元', '每年安排专项资金', '不少于'],
    ])
    expect(brief('相关企业已达 260 家。')).toEqual([['count', 260, '家', '相关企业', '达']])
  })

  it('reads grouped thousands, 余 and the other common units', () => {
    const [visits] = extractFigures('全年共有2,000 人次参加培训。', 'p1')
    expect(visits).toMatchObject({ value: 2000, unit: '人次', text: '2,000 人次' })
    const [firms] = extractFigures('全区集聚300余家数字企业。', 'p1')
    expect(firms).toMatchObject({ value: 300, unit: '家', text: '300余家', qualifier: '' })
    const text =
      '服务1200户家庭，培训300人，建成5套系统，组建3支队伍，吸引2万名学生，新增1.2万平方米空间。'
    expect(extractFigures(text, 'p1').map((f) => [f.value, f.unit])).toEqual([
      [1200, '户'],
      [300, '人'],
      [5, '套'],
      [3, '支'],
      [2, '万名'],
      [1.2, '万平方米'],
    ])
  })

  it('reads percentages', () => {
    expect(brief('研发投入占比 12.5% 。')).toEqual([['percent', 12.5, '%', '研发投入占比', '']])
  })

  it('skips codes, models and numbers that are not figures', () => {
    expect(
      brief('B129号提案，5G 流量，全3D虚拟技术，惠民路 800 号，三年实施方案（2023-2025）'),
    ).toEqual([])
    expect(brief('第 12 年')).toEqual([])
  })

  it('quotes the sentence that holds each figure', () => {
    const [figure] = extractFigures('去年如此。今年新增 30 家企业；明年更多。', 'p9')
    expect(figure).toMatchObject({
      id: 'p9f1',
      text: '30 家',
      sourceSentence: '今年新增 30 家企业；',
      nodeId: 'p9',
    })
  })
})
