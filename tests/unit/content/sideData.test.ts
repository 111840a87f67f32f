import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fingerprint } from '../../../src/content/fingerprint'
import { checkSideData, sideFingerprints } from '../../../src/content/sideData'
import { readReply } from '../../../scripts/replyInput'
import { b129, B129_PATH } from '../../support/b129'

const document = b129()
const read = (suffix: string) =>
  JSON.parse(readFileSync(B129_PATH.replace(/\.txt$/, suffix), 'utf8')) as Record<
    string,
    Record<string, unknown>
  >

describe('side data fingerprints', () => {
  it('B129’s four side files match the reply entry for entry', () => {
    expect(checkSideData(document, 'B129.en.json', 'nodes', read('.en.json'))).toEqual([])
    expect(checkSideData(document, 'f', 'figures', read('.figures.en.json'))).toEqual([])
    expect(checkSideData(document, 'b', 'bodies', read('.bodies.json'))).toEqual([])
    expect(checkSideData(document, 'b', 'bodies', read('.bodies.en.json'))).toEqual([])
  })

  it('names the node whose source text changed, and what its fingerprint now is', () => {
    const changed = b129()
    const paragraph = changed.recommendations[0]!.measures[0]!.paragraphs[0]!
    paragraph.text = paragraph.text.replace('2023年2月', '2023年3月')
    const problems = checkSideData(changed, 'B129.en.json', 'nodes', read('.en.json'))
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^B129\\.en\\.json: r1m1p1: written for another source text .*"${fingerprint(paragraph.text)}"`,
        ),
      ),
    ])
  })

  it('refuses an entry for a node the reply lacks, and one without a fingerprint', () => {
    const data: Record<string, unknown> = {
      ...read('.en.json'),
      r9m9p1: { of: '00000000', text: 'x' },
    }
    data.o1 = { text: 'no fingerprint' }
    expect(checkSideData(document, 'x.en.json', 'nodes', data)).toEqual([
      'x.en.json: o1: no "of" (the fingerprint of the source text it belongs to)',
      'x.en.json: r9m9p1: the reply has no such node',
    ])
    expect(checkSideData(document, 'x.en.json', 'nodes', ['a'])).toHaveLength(1)
  })

  it('fingerprints every node, figure and measure of the reply, each differently', () => {
    for (const kind of ['nodes', 'figures', 'bodies'] as const) {
      const prints = [...sideFingerprints(document, kind).values()]
      expect(prints.length).toBeGreaterThan(0)
      expect(new Set(prints).size).toBe(prints.length)
    }
  })
})

describe('a build with stale side data', () => {
  const folder = mkdtempSync(join(tmpdir(), 'side-data-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('stops with a message naming the node, figure and plaques', () => {
    // B129 with one date of r1m1 rewritten, beside B129's translation and plaques.
    const source = readFileSync(B129_PATH, 'utf8')
    const changed = source.replace('2023年2月', '2023年3月')
    expect(changed).not.toBe(source)
    writeFileSync(join(folder, 'B129.txt'), changed)
    for (const suffix of ['.en.json', '.figures.en.json', '.bodies.json', '.bodies.en.json'])
      writeFileSync(join(folder, `B129${suffix}`), JSON.stringify(read(suffix)))
    let message = ''
    try {
      readReply(join(folder, 'B129.txt'), folder)
    } catch (error) {
      message = (error as Error).message
    }
    const lines = message.split('\n')
    expect(lines.length).toBeGreaterThanOrEqual(2)
    for (const line of lines)
      expect(line).toMatch(
        /^B129\.(en|bodies|bodies\.en|figures\.en)\.json: r\d+m\d+(p\d+)?(f\d+)?: /,
      )
    expect(message).toMatch(/^B129\.en\.json: r\d+m\d+p\d+: written for another source text/m)
    expect(message).toMatch(/^B129\.bodies\.json: r\d+m\d+: written for another source text/m)
  })
})

describe('the build’s reading of a reply', () => {
  it('gives each warning as file:line: warning: message', () => {
    const reply = readReply('tests/fixtures/warnings.txt')
    expect(reply.warnings).toEqual([
      'tests/fixtures/warnings.txt:22: warning: measure 1 “完善孵化服务体系” has no text',
      'tests/fixtures/warnings.txt:26: warning: “（1）设立孵化专项资金” looks like a heading but is none of 一、 (一) 1. and is read as text',
      'tests/fixtures/warnings.txt:28: warning: the text ends in mid-sentence (“…业 1,500 家，其中”): is the file cut short?',
    ])
    expect(reply.english).toBeNull()
    expect(readReply('tests/fixtures/five-by-one.txt').warnings).toEqual([])
  })
})
