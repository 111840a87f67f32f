import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Place } from '../../../src/plan'
import { hashOfPlace } from '../../../src/state/placeHash'
import {
  MAX_SHARE_BASE_LENGTH,
  isLoopbackHost,
  readShareBase,
  shareLinkFor,
} from '../../../src/state/shareLink'

const PUBLIC_PAGE = 'https://expo.example.cn/dcz/?kiosk&idle=90#/hall/2/exhibit/1'
const KIOSK_PAGE = 'http://127.0.0.1:4173/?kiosk'

const share = (value: string) => `?kiosk&share=${encodeURIComponent(value)}`

const places: fc.Arbitrary<Place> = fc.oneof(
  fc.constant<Place>({ kind: 'lobby' }),
  fc.integer({ min: 1, max: 999 }).map<Place>((hall) => ({ kind: 'hall', hall })),
  fc
    .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 999 }))
    .map<Place>(([hall, exhibit]) => ({ kind: 'exhibit', hall, exhibit })),
)
const languages = fc.constantFrom<'zh' | 'en'>('zh', 'en')

describe('readShareBase', () => {
  it('takes ?share= before the build value, and the build value before the page', () => {
    expect(readShareBase(share('https://a.example/'), 'https://b.example/', PUBLIC_PAGE)).toEqual({
      base: 'https://a.example/',
      refused: false,
      source: 'query',
    })
    expect(readShareBase('?kiosk', 'https://b.example/', PUBLIC_PAGE)).toEqual({
      base: 'https://b.example/',
      refused: false,
      source: 'build',
    })
    expect(readShareBase('?kiosk', undefined, PUBLIC_PAGE)).toEqual({
      base: 'https://expo.example.cn/dcz/',
      refused: false,
      source: 'page',
    })
  })

  it('counts an empty value as not given', () => {
    expect(readShareBase('?share=', '', PUBLIC_PAGE)).toEqual({
      base: 'https://expo.example.cn/dcz/',
      refused: false,
      source: 'page',
    })
    expect(readShareBase('?share', undefined, KIOSK_PAGE)).toEqual({
      base: null,
      refused: false,
      source: null,
    })
  })

  it('accepts http and https addresses in any letter case', () => {
    expect(readShareBase(share('http://expo.example.cn/'), undefined, KIOSK_PAGE).base).toBe(
      'http://expo.example.cn/',
    )
    expect(readShareBase(share('HTTPS://Expo.Example.CN/'), undefined, KIOSK_PAGE).base).toBe(
      'https://expo.example.cn/',
    )
  })

  it('drops the query and the hash of a base, and makes its path a folder unless it names a file', () => {
    const base = (value: string) => readShareBase(share(value), undefined, KIOSK_PAGE).base
    expect(base('https://expo.example.cn')).toBe('https://expo.example.cn/')
    expect(base('https://expo.example.cn/dcz/?lang=en&kiosk#/hall/2')).toBe(
      'https://expo.example.cn/dcz/',
    )
    expect(base('https://expo.example.cn/dcz')).toBe('https://expo.example.cn/dcz/')
    expect(base('https://expo.example.cn/a/dcz?x=1')).toBe('https://expo.example.cn/a/dcz/')
    expect(base('https://expo.example.cn/dcz/index.html?kiosk')).toBe(
      'https://expo.example.cn/dcz/index.html',
    )
    expect(base('https://expo.example.cn/v1.2/')).toBe('https://expo.example.cn/v1.2/')
  })

  it('keeps a port other than the default, and writes hosts and paths as a browser would', () => {
    const base = (value: string) => readShareBase(share(value), undefined, KIOSK_PAGE).base
    expect(base('https://expo.example.cn:8443/dcz/')).toBe('https://expo.example.cn:8443/dcz/')
    expect(base('https://expo.example.cn:443/a/../dcz/')).toBe('https://expo.example.cn/dcz/')
    expect(base('https://例子.cn/展区/')).toBe('https://xn--fsqu00a.cn/%E5%B1%95%E5%8C%BA/')
  })

  it('refuses anything but an absolute http(s) address, and falls back to the next source', () => {
    const refusedValues = [
      'javascript:alert(1)',
      'JavaScript://expo.example.cn/%0aalert(1)',
      'data:text/html,<p>hi</p>',
      'file:///C:/expo/index.html',
      'ftp://expo.example.cn/',
      'ws://expo.example.cn/',
      'blob:https://expo.example.cn/1234',
      '//expo.example.cn/dcz/',
      '/dcz/',
      'dcz/',
      'expo.example.cn',
      'http:expo.example.cn',
      'http:/expo.example.cn',
      'https:\\\\expo.example.cn\\dcz',
      'https://',
      'https://exa mple.cn/',
      'https://user:secret@expo.example.cn/',
      'https://user@expo.example.cn/',
      'https://:secret@expo.example.cn/',
      ' https://expo.example.cn/',
      'https://expo.example.cn/\n',
      'https://expo.example.cn/\t',
      'https://expo.example.cn/\u0000',
      'https://expo.example.cn/\u007f',
      'https://expo.example.cn/\u0085',
      'https://expo.example.cn/\u00a0',
      'https://expo.example.cn/\u200b',
      'https://expo.example.cn/\u202e',
      'https://expo.example.cn/\u3000',
      'https://[::1/',
      `https://expo.example.cn/${'a'.repeat(MAX_SHARE_BASE_LENGTH)}`,
    ]
    for (const value of refusedValues) {
      expect(readShareBase(share(value), undefined, KIOSK_PAGE), JSON.stringify(value)).toEqual({
        base: null,
        refused: true,
        source: null,
      })
      expect(readShareBase('', value, KIOSK_PAGE), JSON.stringify(value)).toMatchObject({
        base: null,
        refused: true,
      })
      expect(
        readShareBase(share(value), 'https://b.example/', KIOSK_PAGE),
        JSON.stringify(value),
      ).toEqual({ base: 'https://b.example/', refused: true, source: 'build' })
      expect(readShareBase(share(value), value, PUBLIC_PAGE), JSON.stringify(value)).toEqual({
        base: 'https://expo.example.cn/dcz/',
        refused: true,
        source: 'page',
      })
    }
  })

  it('refuses an address that percent-encoding makes too long for a code', () => {
    const value = `https://expo.example.cn/${'展'.repeat(300)}/`
    expect(value.length).toBeLessThan(MAX_SHARE_BASE_LENGTH)
    expect(readShareBase(share(value), undefined, KIOSK_PAGE)).toMatchObject({
      base: null,
      refused: true,
    })
    expect(readShareBase('', undefined, value)).toMatchObject({ base: null, refused: false })
  })

  it('accepts an address of exactly the longest length', () => {
    const start = 'https://expo.example.cn/'
    const value = `${start}${'a'.repeat(MAX_SHARE_BASE_LENGTH - start.length - 1)}/`
    expect(value).toHaveLength(MAX_SHARE_BASE_LENGTH)
    expect(readShareBase(share(value), undefined, KIOSK_PAGE)).toEqual({
      base: value,
      refused: false,
      source: 'query',
    })
  })

  it('takes an explicitly given loopback address: the operator asked for it', () => {
    expect(readShareBase(share('http://127.0.0.1:4173/'), undefined, KIOSK_PAGE).base).toBe(
      'http://127.0.0.1:4173/',
    )
  })

  it('uses the page only when a phone could reach it', () => {
    const fromPage = (page: string) => readShareBase('', undefined, page)
    expect(fromPage('http://192.168.1.20:4173/index.html?kiosk#/hall/1')).toEqual({
      base: 'http://192.168.1.20:4173/index.html',
      refused: false,
      source: 'page',
    })
    // A page behind basic authentication does not hand its credentials on.
    expect(fromPage('https://user:pw@expo.example.cn/dcz/').base).toBe(
      'https://expo.example.cn/dcz/',
    )
    for (const page of [
      'http://localhost:5173/',
      'http://LOCALHOST/',
      'http://localhost./',
      'http://kiosk.localhost/',
      'http://127.0.0.1:4173/?kiosk',
      'http://127.1.2.3/',
      'http://127.1/',
      'http://0.0.0.0:4173/',
      'http://[::1]:4173/',
      'http://[::]/',
      'http://[::ffff:127.0.0.1]/',
      'file:///C:/expo/index.html',
      'about:blank',
      'not a url',
      '',
    ])
      expect(fromPage(page), page).toEqual({ base: null, refused: false, source: null })
  })
})

describe('isLoopbackHost', () => {
  it('knows the names and addresses that only mean the kiosk itself', () => {
    for (const host of ['localhost', 'a.localhost', '127.0.0.1', '127.255.0.9', '0.0.0.0', '[::1]'])
      expect(isLoopbackHost(host), host).toBe(true)
    for (const host of [
      'expo.example.cn',
      'localhost.example.cn',
      'mylocalhost',
      '128.0.0.1',
      '10.0.0.1',
      '[::2]',
      '[2001:db8::1]',
    ])
      expect(isLoopbackHost(host), host).toBe(false)
  })
})

describe('shareLinkFor', () => {
  const base = 'https://expo.example.cn/dcz/'

  it('adds the language only for English, then the place', () => {
    expect(shareLinkFor(base, { kind: 'lobby' }, 'zh')).toBe('https://expo.example.cn/dcz/#/')
    expect(shareLinkFor(base, { kind: 'hall', hall: 2 }, 'en')).toBe(
      'https://expo.example.cn/dcz/?lang=en#/hall/2',
    )
    expect(shareLinkFor(base, { kind: 'exhibit', hall: 2, exhibit: 1 }, 'zh')).toBe(
      'https://expo.example.cn/dcz/#/hall/2/exhibit/1',
    )
    expect(
      shareLinkFor(
        'https://expo.example.cn/dcz/index.html',
        { kind: 'exhibit', hall: 3, exhibit: 4 },
        'en',
      ),
    ).toBe('https://expo.example.cn/dcz/index.html?lang=en#/hall/3/exhibit/4')
  })

  it('never passes on a query or hash that a base still carries', () => {
    expect(
      shareLinkFor('https://expo.example.cn/?kiosk&idle=90#/hall/9', { kind: 'lobby' }, 'en'),
    ).toBe('https://expo.example.cn/?lang=en#/')
  })

  it('links to the place with no parameter but the language, whatever the kiosk was started with', () => {
    const kioskSearch = fc
      .subarray(['kiosk', 'idle=90', 'bench', 'lang=en', 'lang=zh', 'x=1'])
      .map((parts) => parts.join('&'))
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        kioskSearch,
        places,
        languages,
        (shareUrl, search, place, language) => {
          const reading = readShareBase(
            `?${search}&share=${encodeURIComponent(shareUrl)}`,
            undefined,
            KIOSK_PAGE,
          )
          expect(reading).toMatchObject({ refused: false, source: 'query' })
          const link = shareLinkFor(reading.base ?? '', place, language)
          const url = new URL(link)
          expect(link).toMatch(/^https?:\/\//)
          expect([...url.searchParams.keys()]).toEqual(language === 'en' ? ['lang'] : [])
          expect(url.search).toBe(language === 'en' ? '?lang=en' : '')
          expect(url.hash).toBe(hashOfPlace(place))
          expect(url.search + url.hash).not.toMatch(/kiosk|idle|share|bench/)
        },
      ),
    )
  })
})

describe('readShareBase on any input', () => {
  it('never throws, and only ever gives a clean http(s) base with no query, hash or credentials', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.constantFrom('https://', 'http://', 'javascript:', 'data:', 'file://', 'HTTP://'),
      fc
        .tuple(
          fc.constantFrom('http://', 'https://', 'javascript://'),
          fc.string({ unit: 'binary' }),
        )
        .map(([scheme, rest]) => scheme + rest),
    )
    fc.assert(
      fc.property(
        anyText,
        fc.option(anyText, { nil: undefined }),
        anyText,
        (shareValue, buildValue, page) => {
          const reading = readShareBase(
            `?share=${encodeURIComponent(shareValue)}`,
            buildValue,
            page,
          )
          if (reading.base === null) {
            expect(reading.source).toBeNull()
            return
          }
          expect(reading.base).toMatch(/^https?:\/\/[^/?#\s]+\/[^?#\s]*$/)
          expect(reading.base.length).toBeLessThanOrEqual(MAX_SHARE_BASE_LENGTH)
          const url = new URL(reading.base)
          expect(url.username + url.password).toBe('')
          expect(url.href).toBe(reading.base)
          if (reading.source === 'page') expect(isLoopbackHost(url.hostname)).toBe(false)
          const link = new URL(shareLinkFor(reading.base, { kind: 'hall', hall: 1 }, 'en'))
          expect(link.search + link.hash).toBe('?lang=en#/hall/1')
        },
      ),
    )
  })
})
