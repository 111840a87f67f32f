import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readQuery, searchWithLanguage } from '../../../src/state/query'

describe('readQuery', () => {
  it('defaults to Chinese, no kiosk, no idle time and no benchmark probe', () => {
    expect(readQuery('')).toEqual({
      language: 'zh',
      kiosk: false,
      idleSeconds: null,
      bench: false,
      faults: false,
      pace: 1,
      notices: [],
    })
  })

  it('reads the language, kiosk mode, idle time and the benchmark probe', () => {
    expect(readQuery('?lang=en&kiosk&idle=90&bench')).toEqual({
      language: 'en',
      kiosk: true,
      idleSeconds: 90,
      bench: true,
      faults: false,
      pace: 1,
      notices: [],
    })
    expect(readQuery('?lang=EN-gb').language).toBe('en')
    expect(readQuery('?lang=zh-CN').language).toBe('zh')
  })

  it('keeps the defaults and says why for values it cannot honour', () => {
    expect(readQuery('?lang=xx')).toMatchObject({
      language: 'zh',
      notices: [{ key: 'noticeUnknownLanguage', params: {} }],
    })
    for (const idle of ['-1', '0', '5', 'abc', '1e9', '', '100000'])
      expect(readQuery(`?idle=${idle}`), idle).toMatchObject({
        idleSeconds: null,
        notices: [{ key: 'noticeBadIdle' }],
      })
  })

  it('reads the soak test’s pace, 1 to 50, and 1 for anything else', () => {
    expect(readQuery('?pace=20').pace).toBe(20)
    expect(readQuery('?pace=500').pace).toBe(50)
    for (const pace of ['0', '-3', 'x', '2.5', ''])
      expect(readQuery(`?pace=${pace}`).pace, pace).toBe(1)
  })

  it('leaves unknown parameters alone', () => {
    expect(readQuery('?utm_source=qr&lang=en').notices).toEqual([])
  })

  it('never throws and never repeats a value of the address in a notice', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10_000 }), fc.string({ maxLength: 5_000 }), (a, b) => {
        const reading = readQuery(`?lang=${encodeURIComponent(a)}&idle=${encodeURIComponent(b)}`)
        expect(['zh', 'en']).toContain(reading.language)
        for (const notice of reading.notices) expect(notice.params).toEqual({})
      }),
    )
  })
})

describe('searchWithLanguage', () => {
  it('writes English and leaves Chinese out, keeping other parameters', () => {
    expect(searchWithLanguage('', 'en')).toBe('?lang=en')
    expect(searchWithLanguage('?lang=en', 'zh')).toBe('')
    expect(searchWithLanguage('?kiosk&idle=60', 'en')).toBe('?kiosk&idle=60&lang=en')
    expect(searchWithLanguage('?kiosk&lang=en', 'zh')).toBe('?kiosk')
  })
})
