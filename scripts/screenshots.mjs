/* global document, window -- the callbacks below run in the page */
// Serves the build and saves screenshots of every place at desktop, phone and 4K sizes to
// tests/artifacts/, to be looked at. Run `npm run build` first.
import { mkdirSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs'

const SIZES = {
  desktop: { width: 1920, height: 1080 },
  phone: { width: 390, height: 844 },
  uhd: { width: 3840, height: 2160 },
}
const PLACES = {
  lobby: '#/',
  'hall-1': '#/hall/1',
  'hall-2': '#/hall/2',
  'hall-3': '#/hall/3',
  'exhibit-1-3': '#/hall/1/exhibit/3',
  'exhibit-2-2': '#/hall/2/exhibit/2',
  'exhibit-3-4': '#/hall/3/exhibit/4',
  'bad-hash': '#/hall/9',
  help: '#/',
  'focus-2-1': '#/hall/2',
  text: '#/text',
  'text-from-2-1': '#/hall/2/exhibit/1',
  'en-lobby': '?lang=en#/',
  'en-hall-2': '?lang=en#/hall/2',
  'en-exhibit-1-3': '?lang=en#/hall/1/exhibit/3',
  'en-exhibit-2-1': '?lang=en#/hall/2/exhibit/1',
  'en-text': '?lang=en#/text',
  'en-help': '?lang=en#/',
}
// Keys pressed before the picture is taken, for the views that need one.
const KEYS = { help: ['KeyH'], 'en-help': ['KeyH'], 'focus-2-1': ['Tab', 'Tab'] }
// Hashes followed after load: the text view reached from an open exhibit.
const THEN = { 'text-from-2-1': '#/text' }
const only = process.argv.slice(2)
const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } })
const { port } = server.httpServer.address()
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_FLAGS,
})
mkdirSync('tests/artifacts', { recursive: true })
for (const [sizeName, viewport] of Object.entries(SIZES)) {
  for (const [placeName, hash] of Object.entries(PLACES)) {
    const name = `${placeName}-${sizeName}`
    if (only.length > 0 && !only.some((o) => name.includes(o))) continue
    const page = await browser.newPage({
      viewport,
      isMobile: sizeName === 'phone',
      hasTouch: sizeName === 'phone',
    })
    await page.goto(`http://127.0.0.1:${port}/${hash}`)
    await page.waitForFunction(() => document.documentElement.dataset.sceneText === 'ready', null, {
      timeout: 120_000,
    })
    for (const key of KEYS[placeName] ?? []) await page.keyboard.press(key)
    if (THEN[placeName]) await page.evaluate((h) => (window.location.hash = h), THEN[placeName])
    await page.waitForTimeout(800)
    await page.screenshot({ path: `tests/artifacts/${name}.png`, timeout: 120_000 })
    console.log(`tests/artifacts/${name}.png`)
    await page.close()
  }
}
await browser.close()
await server.close()
