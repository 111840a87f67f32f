import { describe, expect, it } from 'vitest'
import { replyNodes } from '../../../src/content'
import { b129, B129_TEXT } from '../../support/b129'

const doc = b129()
const sourceLines = B129_TEXT.split('\n')
const squeeze = (text: string) => text.replace(/\s+/gu, '')

describe('the B129 reply', () => {
  it('reads the header', () => {
    expect(doc.meta.result.value).toBe('解决或采纳')
    expect(doc.meta.disclosure.value).toBe('主动公开')
    expect(doc.meta.issuer.value).toBe('杨浦区科学技术委员会')
    expect(doc.meta.docNumber.value).toBe('杨科两会〔2023〕23号')
    expect(doc.meta.title.value).toBe('对区政协十五届二次会议 第B129号提案的答复')
    expect(doc.meta.addressee.value).toBe('张庭赫委员')
    expect(doc.meta.proposalTitle).toBe(
      '关于壮大元宇宙产业新动能推动高校数字文创内容生产落地杨浦的提案',
    )
  })

  it('reads the opening and the two sections', () => {
    expect(doc.opening).toHaveLength(1)
    expect(doc.opening[0]?.text).toMatch(/^您提出的B129号.*现将提案办理情况答复如下：$/u)
    expect(doc.overview.title).toBe('提案办理概况')
    expect(doc.overview.paragraphs).toHaveLength(1)
    expect(doc.overview.paragraphs[0]?.text).toMatch(/^收到该提案后.*提出办理意见。$/u)
    expect(doc.answers.title).toBe('提案建议答复')
    expect(doc.answers.paragraphs).toEqual([])
  })

  it('has three recommendations with 3, 2 and 4 measures, titles exact', () => {
    expect(doc.recommendations.map((r) => [r.id, r.ordinal, r.title])).toEqual([
      ['r1', '一', '关于“成立高校数字联盟，推动人才培养和内容创作”的建议'],
      ['r2', '二', '关于“强化数字文化服务，挖掘上海特色文化内涵，通过文化贸易与全球流通”的建议'],
      [
        'r3',
        '三',
        '对于“建设元宇宙数字产业中心，发挥头部企业和人才的资源集聚效应助力产业发展”的建议',
      ],
    ])
    expect(doc.recommendations[2]?.topic).toBe(
      '建设元宇宙数字产业中心，发挥头部企业和人才的资源集聚效应助力产业发展',
    )
    expect(doc.recommendations.map((r) => r.measures.map((m) => [m.id, m.title]))).toEqual([
      [
        ['r1m1', '营造数字经济新生态'],
        ['r1m2', '聚焦数字经济新赛道'],
        ['r1m3', '构建元宇宙新场景'],
      ],
      [
        ['r2m1', '打响“上海文化”品牌，推动科技创新和城市文化软实力融合发展'],
        ['r2m2', '挖掘特色文化内涵，构建数字文化产业生态'],
      ],
      [
        ['r3m1', '加快促进头部企业落地'],
        ['r3m2', '坚持落实政策保障制度'],
        ['r3m3', '优化人才服务保障体系'],
        ['r3m4', '打造数字文创特色产业链'],
      ],
    ])
  })

  it('reads the contact block', () => {
    expect(doc.contact).toMatchObject({
      address: '惠民路 800 号 2 号楼 14 楼',
      postcode: '200082',
      handler: '张智宇',
      phone: '65668055',
    })
    expect(doc.contact?.fields.map((f) => f.label)).toEqual([
      '承办单位地址',
      '邮政编码',
      '承办人姓名',
      '联系电话',
    ])
  })

  it('joins the four sentences that page breaks cut, and records each join', () => {
    expect(doc.joins.map((j) => [j.nodeId, j.line, j.nextLine, j.kind])).toEqual([
      ['r1m3p1', 34, 36, 'page-break'],
      ['r2m2p1', 46, 48, 'page-break'],
      ['r3m2p1', 58, 60, 'page-break'],
      ['r3m4p1', 68, 70, 'page-break'],
    ])
    const text = (id: string) =>
      replyNodes(doc).find((node) => node.id === id)?.text ?? `no node ${id}`
    expect(text('r1m3p1')).toContain('40名选手交出了 8 组')
    expect(text('r2m2p1')).toContain('到 2025 年相关产业规模要突破 1.5 万亿元')
    expect(text('r3m2p1')).toContain('补贴政策，支持中小企业上云上平台')
    expect(text('r3m4p1')).toContain('文旅部2022年文化和旅游数字化创新实践优秀案例')
    for (const measure of doc.recommendations.flatMap((r) => r.measures)) {
      expect(measure.paragraphs, measure.id).toHaveLength(1)
    }
  })

  it('keeps every non-blank character of the source, once, in order', () => {
    const nodes = replyNodes(doc)
    expect(squeeze(nodes.map((node) => node.text).join(''))).toBe(squeeze(B129_TEXT))
    // Each node is exactly the source lines it claims, and no two nodes claim a line.
    const claimed = new Set<number>()
    let previousLine = 0
    for (const node of nodes) {
      const lines = sourceLines.slice(node.span.line - 1, node.span.endLine)
      expect(squeeze(node.text), node.id).toBe(squeeze(lines.join('')))
      expect(node.span.line, node.id).toBeGreaterThan(previousLine)
      for (let line = node.span.line; line <= node.span.endLine; line++) {
        expect(claimed.has(line), `line ${line}`).toBe(false)
        claimed.add(line)
      }
      previousLine = node.span.endLine
    }
    const nonBlank = sourceLines.flatMap((line, i) => (line.trim() ? [i + 1] : []))
    for (const line of nonBlank) expect(claimed.has(line), `line ${line}`).toBe(true)
  })

  it('gives every node a unique id', () => {
    const ids = replyNodes(doc).map((node) => node.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('finds the key figures, each in its source sentence', () => {
    const figures = doc.figures.map((f) => ({
      value: f.value,
      unit: f.unit,
      label: f.label,
      qualifier: f.qualifier,
      nodeId: f.nodeId,
    }))
    expect(figures).toEqual(
      expect.arrayContaining([
        { value: 40, unit: '名', label: '选手', qualifier: '', nodeId: 'r1m3p1' },
        { value: 8, unit: '组', label: '数字平台成果', qualifier: '', nodeId: 'r1m3p1' },
        { value: 77, unit: '所', label: '高校', qualifier: '', nodeId: 'r1m3p1' },
        { value: 100, unit: '家', label: '科技企业', qualifier: '超', nodeId: 'r1m3p1' },
        { value: 1000, unit: '个', label: '工作岗位', qualifier: '超过', nodeId: 'r1m3p1' },
        { value: 3, unit: '个', label: '行动方案', qualifier: '', nodeId: 'r2m2p1' },
        { value: 1.5, unit: '万亿元', label: '相关产业规模', qualifier: '突破', nodeId: 'r2m2p1' },
      ]),
    )
    const years = doc.figures.filter((f) => f.kind === 'year').map((f) => f.value)
    expect(years).toEqual([2023, 2025, 2022])
    for (const figure of doc.figures) {
      expect(figure.sourceSentence, figure.id).toContain(figure.text)
      const paragraph = replyNodes(doc).find((node) => node.id === figure.nodeId)
      expect(paragraph?.text, figure.id).toContain(figure.sourceSentence)
    }
    // Codes and names are not figures: B129, 5G, 3D, the contact block's numbers.
    expect(doc.figures.map((f) => f.value)).not.toContain(129)
    expect(doc.figures.map((f) => f.value)).not.toContain(5)
    expect(doc.figures.map((f) => f.value)).not.toContain(800)
    expect(doc.figures.map((f) => f.value)).not.toContain(65668055)
  })

  it('hangs each figure on its measure', () => {
    const r1m3 = doc.recommendations[0]?.measures[2]
    expect(r1m3?.figures.map((f) => `${f.value}${f.unit}`)).toEqual([
      '40名',
      '8组',
      '77所',
      '100家',
      '1000个',
    ])
  })
})
