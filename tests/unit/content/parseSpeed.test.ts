import { describe, expect, it } from 'vitest'
import { MAX_SOURCE_BYTES, parseReply } from '../../../src/content'
import { writeReply } from '../../support/replyText'

// Inputs built to find quadratic work in the parser: each is read in well under a second on a
// two-core machine (the bound below is generous so a busy machine does not fail it; quadratic
// work took 1-5 s at a twenty-fifth of this size and would take minutes at the limit).
const BOUND_MS = 3000

/** A well-formed reply whose first measure's paragraph is `body`. */
function replyWithBody(body: string): string {
  return writeReply([1]).replace('第1条建议的第1项措施，共 10 家企业参与。', body)
}

function timed(text: string) {
  const started = performance.now()
  const result = parseReply(text)
  return { result, ms: performance.now() - started }
}

describe('parseReply on adversarial input', () => {
  const cases: [string, string][] = [
    ['40 KB of figures without a full stop (1个1个…)', replyWithBody('1个'.repeat(20_000))],
    [
      'a run of digits to the size limit',
      replyWithBody(`${'9'.repeat(MAX_SOURCE_BYTES - 2_000)}。`),
    ],
    [
      'a paragraph of 100,000 lines without punctuation, joined',
      replyWithBody(Array.from({ length: 100_000 }, () => '数字').join('\n')),
    ],
    [
      'digits and units alternating to the size limit',
      replyWithBody(`${'12345678家'.repeat(Math.floor((MAX_SOURCE_BYTES - 2_000) / 12))}。`),
    ],
  ]
  for (const [name, text] of cases)
    it(`reads ${name} in linear time`, () => {
      expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(MAX_SOURCE_BYTES)
      const { result, ms } = timed(text)
      expect(result.ok).toBe(true)
      expect(ms).toBeLessThan(BOUND_MS)
    })
})
