import QRCode from 'qrcode'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { MAX_SHARE_BASE_LENGTH, shareLinkFor } from '../../../src/state/shareLink'
import { ShareQr } from '../../../src/ui/ShareQr'
import {
  decodeQrFromPng,
  decodeQrFromRgba,
  pngOfRaster,
  rasteriseModules,
  rasteriseSquares,
  squaresOfPath,
} from '../../support/qr'

const BASE = 'https://expo.example.cn/dcz/'
const LINKS = [
  shareLinkFor(BASE, { kind: 'lobby' }, 'zh'),
  shareLinkFor(BASE, { kind: 'hall', hall: 2 }, 'en'),
  shareLinkFor(BASE, { kind: 'exhibit', hall: 2, exhibit: 1 }, 'zh'),
  shareLinkFor(
    'http://192.168.1.20:4173/index.html',
    { kind: 'exhibit', hall: 3, exhibit: 4 },
    'en',
  ),
  // A long base still gives a code a phone can read.
  shareLinkFor(`https://expo.example.cn/${'展区/'.repeat(20)}`, { kind: 'lobby' }, 'en'),
]
const LABEL = '用手机继续参观'

function markupOf(link: string, label = LABEL): string {
  return renderToStaticMarkup(createElement(ShareQr, { link, label }))
}

/** The viewBox side and the path of the rendered code. */
function drawingOf(markup: string): { side: number; path: string } {
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(markup)
  const path = /<path d="([^"]*)"/.exec(markup)
  if (!viewBox || !path) throw new Error('no code drawn')
  expect(viewBox[1]).toBe(viewBox[2])
  return { side: Number(viewBox[1]), path: path[1] ?? '' }
}

describe('ShareQr', () => {
  it('is a figure naming its link, with one labelled, scalable svg and a caption', () => {
    const link = LINKS[2] ?? ''
    const markup = markupOf(link)
    expect(markup).toMatch(
      new RegExp(
        `^<figure class="share-qr" data-share-link="${link.replace(/[?]/g, '\\?')}"><svg `,
      ),
    )
    expect(markup).toMatch(/<figcaption>用手机继续参观<\/figcaption><\/figure>$/)
    const svg = /<svg [^>]*>/.exec(markup)?.[0] ?? ''
    expect(svg).toContain('class="share-qr__code"')
    expect(svg).toContain('role="img"')
    expect(svg).toContain(`aria-label="${LABEL}"`)
    expect(svg).toContain('shape-rendering="crispEdges"')
    // The size is left to the style sheet, so the code scales with the kiosk's screen.
    expect(svg).not.toMatch(/ (width|height)=/)
    expect(markup.match(/<path /g)).toHaveLength(1)
    expect(markup.match(/<svg /g)).toHaveLength(1)
    const { side } = drawingOf(markup)
    expect(markup).toContain(`<rect width="${side}" height="${side}" fill="#fff"></rect>`)
    expect(markup).toMatch(/<path d="[^"]+" fill="#000"><\/path>/)
  })

  it('escapes the link and the label instead of reading them as markup', () => {
    const markup = markupOf('https://expo.example.cn/"><script>x</script>#/', '<b>"继续"</b>')
    expect(markup).not.toContain('<script>')
    expect(markup).not.toContain('<b>')
    expect(markup).toContain('aria-label="&lt;b&gt;&quot;继续&quot;&lt;/b&gt;"')
  })

  it('draws exactly the modules of the code, with a 4-module quiet zone on every side', () => {
    for (const link of LINKS) {
      const { modules } = QRCode.create(link, { errorCorrectionLevel: 'M' })
      const { side, path } = drawingOf(markupOf(link))
      expect(side).toBe(modules.size + 8)
      const drawn = squaresOfPath(path)
      const expected = new Set<string>()
      for (let row = 0; row < modules.size; row++)
        for (let col = 0; col < modules.size; col++)
          if (modules.get(row, col)) expected.add(`${col + 4},${row + 4}`)
      expect(drawn).toEqual(expected)
    }
  })

  it('draws a code that a camera reads back as the link', () => {
    for (const link of LINKS) {
      const { side, path } = drawingOf(markupOf(link))
      const dark = squaresOfPath(path)
      const { data, width, height } = rasteriseSquares(side, (x, y) => dark.has(`${x},${y}`))
      expect(decodeQrFromRgba(data, width, height)).toBe(link)
    }
  })

  it('keeps the code readable at the smallest kiosk size, 160 px with its quiet zone', () => {
    for (const link of LINKS.slice(0, 4)) {
      const { side, path } = drawingOf(markupOf(link))
      const scale = Math.floor(160 / side)
      expect(scale, link).toBeGreaterThanOrEqual(2)
      const dark = squaresOfPath(path)
      const { data, width, height } = rasteriseSquares(side, (x, y) => dark.has(`${x},${y}`), scale)
      expect(decodeQrFromRgba(data, width, height)).toBe(link)
    }
  })

  it('draws the longest link a base may give', () => {
    const start = 'https://expo.example.cn/'
    const base = `${start}${'a'.repeat(MAX_SHARE_BASE_LENGTH - start.length - 1)}/`
    const link = shareLinkFor(base, { kind: 'exhibit', hall: 999, exhibit: 999 }, 'en')
    expect(drawingOf(markupOf(link)).side).toBeGreaterThan(100)
  })

  it('changes its drawing with the link', () => {
    const [first, second] = LINKS.map((link) => drawingOf(markupOf(link)).path)
    expect(first).not.toBe(second)
  })
})

describe('QR support for the browser tests', () => {
  it('reads a code from the module matrix and from a PNG of it', () => {
    for (const link of LINKS) {
      const raster = rasteriseModules(QRCode.create(link, { errorCorrectionLevel: 'M' }).modules)
      expect(decodeQrFromRgba(raster.data, raster.width, raster.height)).toBe(link)
      expect(decodeQrFromPng(pngOfRaster(raster))).toBe(link)
    }
  })

  it('reads nothing where there is no code', () => {
    const blank = rasteriseSquares(40, () => false)
    expect(decodeQrFromRgba(blank.data, blank.width, blank.height)).toBeNull()
    expect(decodeQrFromPng(pngOfRaster(blank))).toBeNull()
  })

  it('rejects a path it does not understand', () => {
    expect(() => squaresOfPath('M4 4h2v1h-2zM5 5h1v2h-1z')).toThrow()
    expect(squaresOfPath('M4 4h2v1h-2z')).toEqual(new Set(['4,4', '5,4']))
  })
})
