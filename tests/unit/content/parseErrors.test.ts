import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeSource } from '../../../src/content/decodeSource'
import { MAX_SOURCE_BYTES, parseReply, type ParseError } from '../../../src/content'
import { B129_TEXT } from '../../support/b129'

function errorsOf(input: string | Uint8Array): ParseError[] {
  const result = parseReply(input)
  if (result.ok) throw new Error('expected the input to be refused')
  return result.errors
}

/** B129 with one exact source line replaced (or removed when `by` is null). */
function edit(line: string, by: string | null): string {
  expect(B129_TEXT).toContain(line)
  return B129_TEXT.replace(`${line}\n`, by === null ? '' : `${by}\n`)
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1
}

describe('parseReply refuses bad input with line, what was found and what was expected', () => {
  it('refuses empty and blank text', () => {
    for (const input of ['', '  \n\n\t  \n']) {
      expect(errorsOf(input)).toEqual([expect.objectContaining({ code: 'empty', line: 0 })])
    }
  })

  it('refuses bytes that are not UTF-8', () => {
    const bytes = new TextEncoder().encode(B129_TEXT)
    const broken = new Uint8Array([...bytes.slice(0, 40), 0xff, 0xfe, ...bytes.slice(40)])
    expect(errorsOf(broken)).toEqual([expect.objectContaining({ code: 'not-utf8' })])
    expect(errorsOf(`${B129_TEXT}\uFFFD`)[0]?.code).toBe('not-utf8')
  })

  it('refuses binary data and says on which line it starts', () => {
    const binary = B129_TEXT.replace('主动公开', '主动\u0000公开')
    expect(errorsOf(binary)).toEqual([
      expect.objectContaining({ code: 'binary', line: 4, found: 'control character U+0000' }),
    ])
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    expect(['binary', 'not-utf8']).toContain(errorsOf(png)[0]?.code)
  })

  it('refuses a document over 1 MB, as text or bytes', () => {
    const huge = B129_TEXT + '。'.repeat(MAX_SOURCE_BYTES / 3 + 1)
    expect(errorsOf(huge)[0]?.code).toBe('too-large')
    expect(errorsOf(new Uint8Array(MAX_SOURCE_BYTES + 1))[0]?.code).toBe('too-large')
    // At the limit itself a reply still parses.
    expect(parseReply(B129_TEXT).ok).toBe(true)
  })

  it('refuses a reply without section 二、', () => {
    const text = B129_TEXT.slice(0, B129_TEXT.indexOf('二、提案建议答复'))
    const errors = errorsOf(text)
    expect(errors).toEqual([expect.objectContaining({ code: 'answers-missing' })])
    expect(errors[0]?.expected).toContain('二、')
  })

  it('refuses a reply whose 二、 heading is missing, naming the first stray line', () => {
    const text = edit('二、提案建议答复', null)
    const errors = errorsOf(text)
    // Without 二、, the recommendation heading cannot follow section 一、's paragraphs.
    expect(errors[0]).toMatchObject({ code: 'answers-missing', line: lineOf(text, '(一)') })
    expect(errors[0]?.found).toContain('(一)')
  })

  it('refuses a reply without section 一、', () => {
    const text = edit('一、提案办理概况', null)
    const errors = errorsOf(text)
    expect(errors).toEqual([
      expect.objectContaining({ code: 'overview-missing', line: lineOf(text, '二、提案建议答复') }),
    ])
    expect(errors[0]?.expected).toContain('一、')
  })

  it('refuses a recommendation without measures', () => {
    const start = B129_TEXT.indexOf('1. 加快促进头部企业落地')
    const text = B129_TEXT.slice(0, start) + B129_TEXT.slice(B129_TEXT.indexOf('承办单位地址'))
    const errors = errorsOf(text)
    expect(errors).toEqual([
      expect.objectContaining({ code: 'measures-missing', line: lineOf(text, '（三）') }),
    ])
  })

  it('refuses measures numbered 1, 3 (a gap)', () => {
    const text = edit('2. 聚焦数字经济新赛道', '3. 聚焦数字经济新赛道')
    const errors = errorsOf(text)
    expect(errors[0]).toMatchObject({
      code: 'measure-order',
      line: lineOf(text, '聚焦数字经济新赛道'),
      expected: 'measure number 2',
    })
    expect(errors[0]?.found).toContain('gap')
  })

  it('refuses a repeated measure number', () => {
    const text = edit('2. 聚焦数字经济新赛道', '1. 聚焦数字经济新赛道')
    expect(errorsOf(text)[0]).toMatchObject({ code: 'measure-order', line: 28 })
    expect(errorsOf(text)[0]?.found).toContain('repeated')
  })

  it('refuses recommendations out of order', () => {
    const second =
      '（二）关于“强化数字文化服务，挖掘上海特色文化内涵，通过文化贸易与全球流通”的建议'
    const text = edit(second, second.replace('（二）', '（三）'))
    const errors = errorsOf(text)
    expect(errors[0]).toMatchObject({ code: 'recommendation-order', line: 38 })
    expect(errors[0]?.expected).toBe('recommendation number 2')
  })

  it('refuses a header without a title', () => {
    const errors = errorsOf(edit('对区政协十五届二次会议 第B129号提案的答复', null))
    expect(errors).toEqual([expect.objectContaining({ code: 'title-missing', line: 11 })])
    expect(errors[0]?.expected).toContain('的答复')
  })

  it('refuses a header without document number, and says which', () => {
    const errors = errorsOf(edit('杨科两会〔2023〕23号', null))
    expect(errors).toEqual([expect.objectContaining({ code: 'header-missing' })])
    expect(errors[0]?.expected).toContain('document number')
  })

  it('refuses text after the contact block rather than dropping it', () => {
    const text = `${B129_TEXT}\n附件：名单\n`
    expect(errorsOf(text)).toEqual([
      expect.objectContaining({ code: 'orphan-text', line: lineOf(text, '附件') }),
    ])
  })

  it('refuses a measure between 二、 and the first recommendation', () => {
    const text = edit('二、提案建议答复', '二、提案建议答复\n\n1. 孤立的措施')
    expect(errorsOf(text)[0]?.code).toBe('recommendation-missing')
  })

  it('refuses a contact label without a value', () => {
    const text = B129_TEXT.replace('联系电话：65668055', '联系电话：')
    expect(errorsOf(text)).toEqual([
      expect.objectContaining({ code: 'contact-malformed', line: 76 }),
    ])
  })

  it('gives every error a readable message with its line', () => {
    const errors = errorsOf(edit('2. 聚焦数字经济新赛道', '4. 聚焦数字经济新赛道'))
    expect(errors[0]?.message).toMatch(/^line 28: expected measure number 2; found /)
  })

  it('never throws, whatever it is given', () => {
    const inputs = [
      '\n'.repeat(1000),
      '（一）',
      '1.',
      '二、',
      '：',
      '办理结果：',
      '〔2023〕1号',
      'a'.repeat(5000),
    ]
    for (const input of inputs) expect(() => parseReply(input)).not.toThrow()
  })
})

describe('reading a file’s bytes', () => {
  const fixtureText = (name: string) =>
    readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')
  const bytes = (name: string) =>
    new Uint8Array(readFileSync(new URL(`../../fixtures/encodings/${name}`, import.meta.url)))

  it('reads GB18030 and UTF-16 as the text they hold', () => {
    for (const [name, encoding] of [
      ['B129.gb18030.txt', 'gb18030'],
      ['B129.utf16le.txt', 'utf-16le'],
    ] as const) {
      const decoded = decodeSource(bytes(name))
      expect(decoded, name).toEqual({ text: B129_TEXT, encoding })
      expect(parseReply(bytes(name)).ok, name).toBe(true)
    }
    expect(decodeSource(new TextEncoder().encode(B129_TEXT))).toEqual({
      text: B129_TEXT,
      encoding: 'utf-8',
    })
  })

  it('reads UTF-16 without a byte order mark, Chinese with few ASCII characters', () => {
    const text = fixtureText('one-by-one.txt')
    const le = new Uint8Array(text.length * 2)
    for (let i = 0; i < text.length; i++) {
      le[2 * i] = text.charCodeAt(i) & 0xff
      le[2 * i + 1] = text.charCodeAt(i) >> 8
    }
    expect(decodeSource(le)).toEqual({ text, encoding: 'utf-16le' })
  })

  it('names what a file is when it is not text', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj')
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0])
    expect(errorsOf(pdf)[0]?.message).toBe(
      'this is a PDF document, not a text file: save the reply as plain text (.txt) and open that',
    )
    expect(errorsOf(docx)[0]?.found).toBe('a ZIP archive (a .docx, .xlsx or .zip file)')
  })

  it('tells damaged UTF-8 from GB18030', () => {
    const bytes = new TextEncoder().encode(B129_TEXT)
    const damaged = new Uint8Array([...bytes.slice(0, 400), 0xc0, ...bytes.slice(400)])
    expect(errorsOf(damaged)[0]?.found).toBe('UTF-8 text with damaged bytes')
  })
})
