/* global document, window -- the callbacks below run in the page */
// Makes the page's pictures, committed to assets/public/ (copied into the build as they are):
// the icon at the sizes browsers and phones ask for, drawn from pavilion.svg, and the preview
// image that links shared in chat apps show (Open Graph): the lobby as the build draws it.
// Run after changing the icon or the lobby: `npm run build && npm run images`.
import { mkdirSync, readFileSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs'

export const ICON_SIZES = [32, 180, 192, 512]
export const PREVIEW = { width: 1200, height: 630 }
const OUT = 'assets/public'

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS })
try {
  const svg = readFileSync(`${OUT}/pavilion.svg`, 'utf8')
  mkdirSync(`${OUT}/icons`, { recursive: true })
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
    )
    await page.screenshot({ path: `${OUT}/icons/icon-${size}.png`, omitBackground: true })
    await page.close()
  }
  const server = await preview({ logLevel: 'error', preview: { host: '127.0.0.1', port: 0 } })
  try {
    const context = await browser.newContext({
      viewport: PREVIEW,
      serviceWorkers: 'block',
      reducedMotion: 'reduce',
    })
    const page = await context.newPage()
    await page.goto(`http://127.0.0.1:${server.httpServer.address().port}/#/`)
    await page.waitForFunction(() => document.documentElement.dataset.loading === 'done', null, {
      timeout: 120_000,
    })
    // The picture alone: the page's controls are not part of what a shared link shows.
    // (Through the CSSOM: the page's policy refuses style elements added from outside.)
    await page.evaluate(() => {
      for (const element of document.querySelectorAll('.hud, .minimap, .notice-region'))
        element.style.display = 'none'
    })
    await page.evaluate(() => new Promise((resolve) => window.requestAnimationFrame(resolve)))
    await page.screenshot({ path: `${OUT}/preview.png` })
    await context.close()
  } finally {
    await server.close()
  }
} finally {
  await browser.close()
}
console.log(`${OUT}/icons/icon-{${ICON_SIZES.join(',')}}.png and ${OUT}/preview.png written`)
