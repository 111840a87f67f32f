// The performance benchmark: builds the pavilion and an empty React Three Fiber canvas, serves
// both on loopback, drives headless Chromium with software WebGL and prints one table of figures
// with the budgets beside them. The table is also written as JSON under bench/results/.
// Usage: npm run bench [-- --quick]   (--quick: fewer samples and 3 rounds instead of 20)
/* global document, window -- the callbacks below run in the page */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { chromium } from 'playwright-core'
import { build, preview } from 'vite'
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs'

const QUICK = process.argv.includes('--quick')
// --sizes=1080p to measure views at one size only (while trying a change); the default is both.
const ONLY_SIZES = process.argv
  .find((a) => a.startsWith('--sizes='))
  ?.slice(8)
  .split(',')
const VIEWS_ONLY = process.argv.includes('--views-only')
const MEMORY_ONLY = process.argv.includes('--memory-only')
const ROUNDS = QUICK ? 3 : 20
const FIRST_FRAME_RUNS = 5
const SIZES = { '1080p': { width: 1920, height: 1080 }, '4K': { width: 3840, height: 2160 } }
const KB = 1024

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

// --- build ---------------------------------------------------------------------------------
console.log('building the pavilion and the empty canvas …')
process.env.NODE_ENV = 'production'
await build({ mode: 'production', logLevel: 'error' })
const emptyOut = join(tmpdir(), 'exhibition-bench-empty')
await build({
  configFile: false,
  mode: 'production',
  logLevel: 'error',
  root: 'bench/empty-canvas',
  base: './',
  plugins: [react()],
  build: { outDir: emptyOut, emptyOutDir: true },
})

// --- bytes ---------------------------------------------------------------------------------
const html = readFileSync('dist/index.html', 'utf8')
const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map(
  (m) => m[1],
)
const gzipOf = (file) => gzipSync(readFileSync(join('dist', file)), { level: 9 }).length
const initialJs = initial.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipOf(f), 0)
const initialCss = initial.filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + gzipOf(f), 0)
const fontFiles = readdirSync('dist/assets').filter((f) => /\.woff2?$/.test(f))
const bytesOf = (files) => files.reduce((sum, f) => sum + statSync(join('dist/assets', f)).size, 0)
// The full typeface's slices (src/ui/fullFont.css) are loaded only for a reply opened in the page
// that needs them, a few at a time: not part of what the page loads for its own text.
const fullSlices = fontFiles.filter((f) => f.startsWith('noto-sans-sc-'))
const fontBytes = bytesOf(fontFiles.filter((f) => !fullSlices.includes(f)))
const fullBytes = bytesOf(fullSlices)
const atlasBytes = readdirSync('dist/assets')
  .filter((f) => f.endsWith('.bin'))
  .reduce((sum, f) => sum + statSync(join('dist/assets', f)).size, 0)
const allJs = readdirSync('dist/assets')
  .filter((f) => f.endsWith('.js'))
  .reduce((sum, f) => sum + gzipOf(join('assets', f)), 0)

// --- serve ---------------------------------------------------------------------------------
const app = await preview({ logLevel: 'error', preview: { host: '127.0.0.1', port: 0 } })
const empty = await preview({
  configFile: false,
  logLevel: 'error',
  root: emptyOut,
  build: { outDir: '.' },
  preview: { host: '127.0.0.1', port: 0 },
})
const appURL = `http://127.0.0.1:${app.httpServer.address().port}/?bench`
const emptyURL = `http://127.0.0.1:${empty.httpServer.address().port}/`
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_FLAGS,
})

async function open(url, viewport = SIZES['1080p'], options = {}) {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
    reducedMotion: 'reduce',
    ...options,
  })
  const page = await context.newPage()
  await page.goto(url)
  await page.waitForFunction(() => window.exhibitionBench !== undefined, null, { timeout: 120_000 })
  return { context, page }
}
const textReady = (page) =>
  page.waitForFunction(() => document.documentElement.dataset.sceneText === 'ready', null, {
    timeout: 180_000,
  })
const drawn = (page) =>
  page.waitForFunction(() => document.documentElement.dataset.sceneDrawn === 'true', null, {
    timeout: 120_000,
  })

// The pavilion's places, from the pavilion itself (its plan's tour order).
const placeHashes = await (async () => {
  const { context, page } = await open(`${appURL}#/`)
  const hashes = await page.evaluate(() => window.exhibitionBench.places())
  await context.close()
  return hashes
})()
const hallHashes = placeHashes.filter((h) => /^#\/hall\/\d+$/.test(h))
const exhibitHashes = placeHashes.filter((h) => h.includes('/exhibit/'))

// --- first frame ---------------------------------------------------------------------------
console.log('first lobby frame …')
const firstFrames = []
let bytesBeforeFirstFrame = 0
for (let i = 0; i < (VIEWS_ONLY || MEMORY_ONLY ? 0 : FIRST_FRAME_RUNS); i++) {
  const { context, page } = await open(`${appURL}#/`)
  await drawn(page)
  const { at, bytes } = await page.evaluate(() => {
    const mark = performance.getEntriesByName('exhibition-first-frame')[0]
    const at = mark?.startTime ?? NaN
    const entries = [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource').filter((entry) => entry.responseEnd <= at),
    ]
    return { at, bytes: entries.reduce((sum, entry) => sum + (entry.encodedBodySize ?? 0), 0) }
  })
  firstFrames.push(at)
  bytesBeforeFirstFrame = Math.max(bytesBeforeFirstFrame, bytes)
  await context.close()
}

// --- views ---------------------------------------------------------------------------------
const samples = QUICK ? 5 : 11
/** Median ms of a frame of the page's view at pixel ratio 1. */
async function frameCost(page) {
  await page.evaluate(() => window.exhibitionBench.renderCost(2, 1))
  return median(await page.evaluate((n) => window.exhibitionBench.renderCost(n, 1), samples))
}
const views = []
for (const [sizeName, viewport] of Object.entries(SIZES)) {
  if (MEMORY_ONLY || (ONLY_SIZES && !ONLY_SIZES.includes(sizeName))) continue
  console.log(`views at ${sizeName} …`)
  const baseline = await open(emptyURL, viewport)
  const emptyCost = await frameCost(baseline.page)
  await baseline.context.close()
  const measured = []
  // The lobby, every hall, and exhibit 1.3, the one with the most figures on its plinth.
  for (const [name, hash] of [
    ['lobby', '#/'],
    ...hallHashes.map((h) => [`hall ${h.split('/')[2]}`, h]),
    ['exhibit 1.3', '#/hall/1/exhibit/3'],
  ]) {
    const { context, page } = await open(`${appURL}${hash}`, viewport)
    await textReady(page)
    // From navigation to every label of the pavilion laid out and drawn (all rooms' text is
    // mounted from the start, so this is the whole pavilion's, the first view's included).
    const textMs = await page.evaluate(
      () => performance.getEntriesByName('exhibition-text-ready')[0]?.startTime ?? NaN,
    )
    // Moving first: turning for a few seconds lets the pixel ratio adapt as it would on a visit.
    await page.locator('.exhibition').focus()
    await page.keyboard.down('ArrowLeft')
    await page.waitForTimeout(4000)
    await page.keyboard.up('ArrowLeft')
    // Then back to the view itself (a jump: reduced motion), via another place.
    await page.evaluate((h) => (window.location.hash = h === '#/' ? '#/hall/1' : '#/'), hash)
    await page.waitForTimeout(500)
    await page.evaluate((h) => (window.location.hash = h), hash)
    await page.waitForTimeout(1500)
    const info = await page.evaluate(() => window.exhibitionBench.info())
    // The view and its floors (one plane filling it, unlit and lit), in turn, in this page.
    await page.evaluate(() => window.exhibitionBench.compareCost(2))
    const compared = await page.evaluate((n) => window.exhibitionBench.compareCost(n), samples)
    const cost = median(compared.view)
    const unlitCost = median(compared.unlit)
    const litCost = median(compared.lit)
    const dpr = await page.evaluate(() => window.exhibitionBench.pixelRatio())
    measured.push({ name, info, cost, unlitCost, litCost, dpr, textMs })
    await context.close()
  }
  const halls = measured.filter((m) => m.name.startsWith('hall'))
  const busiest = halls.reduce((a, b) => (b.info.calls > a.info.calls ? b : a))
  // The floors over all views measured at this size (each view is read against its own).
  const unlitCost = median(measured.map((m) => m.unlitCost))
  const litCost = median(measured.map((m) => m.litCost))
  const floor = (view, cost, programs) => ({
    size: sizeName,
    view,
    msPerFrame: round(cost),
    emptyMsPerFrame: round(emptyCost, 2),
    ratio: round(cost / unlitCost, 2),
    calls: 1,
    triangles: 2,
    geometries: 1,
    textures: 0,
    programs,
    pixelRatio: 1,
    movingPixelRatio: null,
    textMs: null,
  })
  views.push(floor('unlit plane', unlitCost, 1), floor('lit plane', litCost, 1))
  const named = (name) => measured.find((m) => m.name === name)
  for (const view of [
    named('lobby'),
    { ...busiest, name: `busiest (${busiest.name})` },
    named('exhibit 1.3'),
  ])
    views.push({
      size: sizeName,
      view: view.name,
      msPerFrame: round(view.cost),
      emptyMsPerFrame: round(emptyCost, 2),
      // As a multiple of the unlit plane measured with it: what the view costs beyond filling
      // the screen once.
      ratio: round(view.cost / view.unlitCost, 2),
      ...view.info,
      pixelRatio: 1,
      movingPixelRatio: view.dpr,
      textMs: Math.round(view.textMs),
    })
}

if (VIEWS_ONLY) {
  console.table(views)
  await browser.close()
  await app.close()
  await empty.close()
  process.exit(0)
}

// --- idle, atlas, memory -------------------------------------------------------------------
console.log(`idle frames, glyph atlas, ${ROUNDS} rounds of every place …`)
const { context, page } = await open(`${appURL}#/`, { width: 1280, height: 720 })
await textReady(page)
await page.waitForTimeout(1000)
const framesBefore = await page.evaluate(() => window.exhibitionBench.frames())
await page.waitForTimeout(3000)
const idleFps = ((await page.evaluate(() => window.exhibitionBench.frames())) - framesBefore) / 3
const atlases = await page.evaluate(() => window.exhibitionBench.atlases())
const textureBytes = await page.evaluate(() => window.exhibitionBench.textureBytes())

// A round: every hall, and each of its exhibits opened and closed (back to its hall), by URL.
const roundSteps = placeHashes
  .filter((h) => h !== '#/')
  .flatMap((h) => (exhibitHashes.includes(h) ? [h, h.replace(/\/exhibit\/\d+$/, '')] : [h]))
const cdp = await context.newCDPSession(page)
/** Goes to a place by URL and waits for the frame that shows it. */
async function visitPlace(hash) {
  const frames = await page.evaluate((h) => {
    const before = window.exhibitionBench.frames()
    window.location.hash = h
    return before
  }, hash)
  await page
    // Polled by time: an idle page may not run animation frames for a rAF poll to ride on.
    .waitForFunction((f) => window.exhibitionBench.frames() > f, frames, {
      timeout: 5_000,
      polling: 50,
    })
    .catch(() => {})
}
async function snapshot() {
  await visitPlace('#/hall/1')
  await visitPlace('#/')
  await page.waitForTimeout(500)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  const info = await page.evaluate(() => window.exhibitionBench.info())
  return {
    heapMB: round(usedSize / KB / KB, 2),
    geometries: info.geometries,
    textures: info.textures,
  }
}
const rounds = []
for (let r = 1; r <= ROUNDS; r++) {
  // Every round ends in the lobby (the snapshot's place), so its first step is hall 1.
  for (const hash of roundSteps) await visitPlace(hash)
  await visitPlace('#/')
  if (r === 1 || r === ROUNDS) rounds.push({ round: r, ...(await snapshot()) })
  process.stdout.write(`round ${r} done at ${Math.round(performance.now() / 1000)} s\n`)
}
await context.close()
await browser.close()
await app.close()
await empty.close()

// --- report --------------------------------------------------------------------------------
const firstFrameMs = median(firstFrames)
const [one, last] = [rounds[0], rounds[rounds.length - 1]]
const budgets = [
  ['initial JS (gzip)', `${round(initialJs / KB)} KB`, initialJs <= 320 * KB, '<= 320 KB'],
  ['initial CSS (gzip)', `${round(initialCss / KB)} KB`, null, ''],
  ['all JS (gzip, incl. later chunks)', `${round(allJs / KB)} KB`, null, ''],
  ["font (the page's own text)", `${round(fontBytes / KB)} KB`, fontBytes <= 250 * KB, '<= 250 KB'],
  [
    'full typeface, by the slice, for replies opened in the page',
    `${fullSlices.length} files, ${round(fullBytes / KB)} KB`,
    null,
    '',
  ],
  ["glyph atlas (the scene's text, gzip)", `${round(atlasBytes / KB)} KB`, null, ''],
  ['bytes before first frame', `${round(bytesBeforeFirstFrame / KB)} KB`, null, ''],
  [
    'first lobby frame (median of 5)',
    `${Math.round(firstFrameMs)} ms`,
    firstFrameMs <= 1500,
    '<= 1500 ms',
  ],
  ...views
    .filter((v) => v.textMs !== null)
    .map((v) => [
      `${v.size} ${v.view}: draw calls / triangles`,
      `${v.calls} / ${v.triangles}`,
      v.calls <= 60 && v.triangles <= 100_000,
      '<= 60 / <= 100k',
    ]),
  ...views.map((v) => [
    `${v.size} ${v.view}: ms/frame at ratio 1 (clear only) × unlit plane`,
    `${v.msPerFrame} (${v.emptyMsPerFrame}) ${v.ratio}x`,
    v.textMs === null ? null : v.size === '1080p' ? v.ratio <= 1.5 : null,
    v.textMs === null || v.size !== '1080p' ? '' : '<= 1.5x',
  ]),
  ...views
    .filter((v) => v.movingPixelRatio !== null && v.size === '1080p')
    .map((v) => [
      `${v.size} ${v.view}: pixel ratio while moving`,
      String(v.movingPixelRatio),
      v.movingPixelRatio >= 0.75,
      '>= 0.75',
    ]),
  ...views
    .filter((v) => v.textMs !== null && v.size === '1080p')
    .map((v) => [
      `${v.size} opened at ${v.view}: every label legible after`,
      `${v.textMs} ms`,
      v.textMs <= 3000,
      '<= 3000 ms',
    ]),
  ...views
    .filter((v) => v.textMs !== null && v.size === '1080p')
    .map((v) => [`${v.view}: textures / programs`, `${v.textures} / ${v.programs}`, null, '']),
  ['frames per second when idle', String(round(idleFps, 2)), idleFps === 0, '0'],
  ['textures of the scene', atlases.join(', ') || 'none', null, ''],
  [
    'GPU memory of textures',
    `${round(textureBytes / KB / KB, 2)} MB`,
    textureBytes < 64 * KB * KB,
    '< 64 MB',
  ],
  [
    `heap after round 1 → ${last.round}`,
    `${one.heapMB} → ${last.heapMB} MB`,
    last.heapMB - one.heapMB <= 2,
    '<= +2 MB',
  ],
  [
    `geometries, textures after round 1 → ${last.round}`,
    `${one.geometries}, ${one.textures} → ${last.geometries}, ${last.textures}`,
    last.geometries <= one.geometries && last.textures <= one.textures,
    'no growth',
  ],
]
const width = Math.max(...budgets.map((b) => b[0].length))
const valueWidth = Math.max(...budgets.map((b) => b[1].length))
console.log(`\n${'figure'.padEnd(width)}  ${'value'.padEnd(valueWidth)}  budget`)
for (const [name, value, pass, budget] of budgets) {
  const verdict = pass === null ? '' : `${pass ? 'PASS' : 'FAIL'} ${budget}`
  console.log(`${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${verdict}`)
}
const result = {
  date: new Date().toISOString(),
  quick: QUICK,
  bytes: {
    initialJs,
    initialCss,
    allJs,
    font: fontBytes,
    glyphAtlas: atlasBytes,
    beforeFirstFrame: bytesBeforeFirstFrame,
  },
  firstFrameMs: { median: round(firstFrameMs), runs: firstFrames.map((t) => round(t)) },
  views,
  idleFps,
  atlases,
  textureBytes,
  rounds,
  budgets: budgets
    .filter((b) => b[2] !== null)
    .map(([figure, value, pass, budget]) => ({ figure, value, pass, budget })),
}
mkdirSync('bench/results', { recursive: true })
const file = `bench/results/${result.date.replace(/[:.]/g, '-')}.json`
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
writeFileSync('bench/results/latest.json', `${JSON.stringify(result, null, 2)}\n`)
console.log(`\nwritten to ${file} and bench/results/latest.json`)
