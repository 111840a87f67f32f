// The soak test: the kiosk's attract loop (the tour playing by itself) for many tours in headless
// Chromium, with the JS heap and the GPU's geometries, textures and programs at the end of each.
// Usage: npm run soak [-- --tours=20 --pace=20 --size=1920x1080]
// Budgets: heap +2 MB at most and no GPU growth, from the end of the first tour with all scene text
// laid out (the text engine is slow on software WebGL) to the end of the last.
// Exit code 1 when a budget is exceeded or the page fails; results go to bench/results/soak-*.json.
/* global document, window, requestAnimationFrame, MutationObserver -- the callbacks below run in the page */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { build, preview } from 'vite'
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs'

// --- options -------------------------------------------------------------------------------
const { values: args } = parseArgs({
  options: {
    tours: { type: 'string', default: '20' },
    pace: { type: 'string', default: '20' },
    size: { type: 'string', default: '1920x1080' },
  },
})
const TOURS = Number(args.tours)
const PACE = Number(args.pace)
const sizeMatch = /^(\d+)x(\d+)$/.exec(args.size)
if (!Number.isInteger(TOURS) || TOURS < 2) throw new Error('--tours must be a whole number >= 2')
if (!Number.isInteger(PACE) || PACE < 1 || PACE > 50) throw new Error('--pace must be 1 to 50')
if (!sizeMatch) throw new Error('--size must be WIDTHxHEIGHT, e.g. 1920x1080')
const VIEWPORT = { width: Number(sizeMatch[1]), height: Number(sizeMatch[2]) }

const IDLE_SECONDS = 10
const HEAP_BUDGET_MB = 2
const MB = 1024 * 1024
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits
const seconds = (ms) => round(ms / 1000)

// --- build and serve -----------------------------------------------------------------------
console.log('building the pavilion …')
process.env.NODE_ENV = 'production'
const outDir = mkdtempSync(join(tmpdir(), 'exhibition-soak-'))
await build({ mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } })
const server = await preview({
  logLevel: 'error',
  build: { outDir },
  preview: { host: '127.0.0.1', port: 0 },
})
const origin = `http://127.0.0.1:${server.httpServer.address().port}`
const url = `${origin}/?kiosk&idle=${IDLE_SECONDS}&bench&pace=${PACE}#/`
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_FLAGS,
})
const chromiumVersion = browser.version()

// --- the page ------------------------------------------------------------------------------
const log = { consoleErrors: [], pageErrors: [], foreignRequests: [] }
const context = await browser.newContext({
  viewport: VIEWPORT,
  deviceScaleFactor: 1,
  serviceWorkers: 'block',
  reducedMotion: 'reduce',
})
// A kiosk without network: requests to other origins are blocked and counted.
await context.route('**/*', (route) => {
  const requested = route.request().url()
  if (/^(data|blob):/.test(requested) || new URL(requested).origin === origin)
    return route.continue()
  log.foreignRequests.push(requested)
  return route.abort('blockedbyclient')
})
const page = await context.newPage()
page.on('console', (message) => {
  if (message.type() === 'error') log.consoleErrors.push(message.text())
})
page.on('pageerror', (error) => {
  log.pageErrors.push(error.message)
  console.log(`page error: ${error.message}`)
})
const cdp = await context.newCDPSession(page)

// Every change of the tour's step (its caption's data-tour-step, 1-based) and of the kiosk's phase,
// recorded in the page as it happens, so that no step is missed however briefly it shows.
await context.addInitScript(() => {
  const changes = []
  window.soakChanges = changes
  let last = { step: -1, kiosk: undefined }
  const look = () => {
    const kiosk = document.documentElement.dataset.kiosk ?? null
    const caption = document.querySelector('.tour-caption')
    const step = Number(caption?.getAttribute('data-tour-step') ?? 0)
    if (kiosk === last.kiosk && step === last.step) return
    last = { step, kiosk }
    changes.push({ step, kiosk, hash: window.location.hash, at: performance.now() })
  }
  new MutationObserver(look).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-tour-step', 'data-kiosk'],
  })
})
let consumed = 0
/** The changes recorded since the last call, once there is at least one. */
async function changes(timeout) {
  const handle = await page.waitForFunction(
    (n) => window.soakChanges.length > n && window.soakChanges.slice(n),
    consumed,
    // Polled by time: an idle page may not run animation frames for a rAF poll to ride on.
    { polling: 100, timeout },
  )
  const list = await handle.jsonValue()
  consumed += list.length
  return list
}

/** The figures at this moment: settled, garbage collected twice, then heap and GPU resources. */
async function measure() {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  )
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  const info = await page.evaluate(() => window.exhibitionBench.info())
  const textReady = await page.evaluate(
    () => document.documentElement.dataset.sceneText === 'ready',
  )
  return { heapMB: round(usedSize / MB, 2), textReady, ...info }
}

const result = {
  date: new Date().toISOString(),
  completed: false,
  options: { tours: TOURS, pace: PACE, idleSeconds: IDLE_SECONDS, url: url.slice(origin.length) },
  chromium: chromiumVersion,
  renderer: null,
  viewport: `${VIEWPORT.width}x${VIEWPORT.height}`,
  stepsPerTour: null,
  start: null,
  tours: [],
  anomalies: [],
  log,
  verdicts: [],
  pass: false,
}
let fatal = null
const started = performance.now()

try {
  await page.goto(url)
  await page.waitForFunction(() => window.exhibitionBench !== undefined, null, {
    timeout: 180_000,
  })
  result.renderer = await page.evaluate(() => {
    const gl = document.querySelector('canvas')?.getContext('webgl2')
    if (!gl) return null
    const debug = gl.getExtension('WEBGL_debug_renderer_info')
    return String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER))
  })
  console.log(`Chromium ${chromiumVersion}, ${result.renderer}, ${result.viewport}`)
  console.log(`waiting for the attract loop (${IDLE_SECONDS} s without input) …`)
  let first = null
  while (!first) {
    const batch = await changes(180_000)
    const at = batch.findIndex((c) => c.kiosk === 'attract' && c.step > 0)
    if (at < 0) continue
    first = batch[at]
    // What came after the first step is read again below.
    consumed -= batch.length - at - 1
  }
  if (first.step !== 1) result.anomalies.push(`the attract tour started at step ${first.step}`)
  console.log(`attract loop after ${seconds(performance.now() - started)} s, at ${first.hash}`)
  result.start = { atS: seconds(performance.now() - started), ...(await measure()) }
  let tourStartedAt = first.at
  let highest = first.step
  let step = first.step
  while (result.tours.length < TOURS) {
    let wrap = null
    for (const change of await changes(120_000)) {
      if (change.kiosk !== 'attract')
        throw new Error(
          `the kiosk left the attract loop (data-kiosk=${change.kiosk}) at step ${step}`,
        )
      if (change.step === 0) {
        result.anomalies.push(
          `tour ${result.tours.length + 1}: the caption left after step ${step}`,
        )
        continue
      }
      if (change.hash !== `#/tour/${change.step}`)
        result.anomalies.push(`step ${change.step} with the hash ${change.hash}`)
      const wrapped = change.step === 1 && step > 1
      if (!wrapped && change.step !== step + 1)
        result.anomalies.push(`tour ${result.tours.length + 1}: step ${step} → ${change.step}`)
      if (wrapped && !wrap) wrap = { change, steps: highest }
      if (wrapped) highest = 1
      step = change.step
      highest = Math.max(highest, step)
    }
    if (!wrap) continue
    const tour = {
      tour: result.tours.length + 1,
      steps: wrap.steps,
      durationS: seconds(wrap.change.at - tourStartedAt),
      elapsedS: seconds(performance.now() - started),
      ...(await measure()),
    }
    result.tours.push(tour)
    tourStartedAt = wrap.change.at
    console.log(
      `tour ${tour.tour}/${TOURS}: ${tour.steps} steps in ${tour.durationS} s, at ${tour.elapsedS} s` +
        ` — heap ${tour.heapMB} MB, geometries ${tour.geometries}, textures ${tour.textures},` +
        ` programs ${tour.programs}`,
    )
  }
  result.completed = true
} catch (error) {
  fatal = error
  console.error(`\nthe soak did not finish: ${error.message}`)
} finally {
  await browser.close().catch(() => {})
  await server.close().catch(() => {})
  rmSync(outDir, { recursive: true, force: true })
}

// --- report --------------------------------------------------------------------------------
const stepCounts = [...new Set(result.tours.map((t) => t.steps))]
result.stepsPerTour = stepCounts.length === 1 ? stepCounts[0] : stepCounts
if (result.tours.length) {
  console.log(
    `\nChromium ${chromiumVersion} · ${result.renderer} · ${result.viewport} · pace ${PACE}` +
      ` · ${stepCounts.join('/')} steps a tour`,
  )
  const row = (tour, durationS, atS, figures) => ({
    tour,
    's/tour': durationS,
    'at s': atS,
    'heap MB': figures.heapMB,
    text: figures.textReady ? 'ready' : 'pending',
    geometries: figures.geometries,
    textures: figures.textures,
    programs: figures.programs,
    calls: figures.calls,
    triangles: figures.triangles,
  })
  console.table([
    ...(result.start ? [row('start', '', result.start.atS, result.start)] : []),
    ...result.tours.map((t) => row(t.tour, t.durationS, t.elapsedS, t)),
  ])
}
const verdict = (figure, value, pass, budget) =>
  result.verdicts.push({ figure, value, pass, budget })
// Growth is counted from the first tour that ended with all scene text laid out: on a software
// renderer the text engine takes tens of seconds, and the geometry of text still being laid out
// when an earlier tour ended is the scene being completed, not a leak.
const first = result.tours.find((t) => t.textReady)
const last = result.tours[result.tours.length - 1]
result.baselineTour = first?.tour ?? null
verdict(
  'tours measured with all text laid out',
  `${result.tours.filter((t) => t.textReady).length} of ${result.tours.length}`,
  !!first && first !== last,
  'at least 2',
)
if (first && last && last !== first) {
  const growth = round(last.heapMB - first.heapMB, 2)
  verdict(
    `heap after tour ${first.tour} → ${last.tour}`,
    `${first.heapMB} → ${last.heapMB} MB (${growth >= 0 ? '+' : ''}${growth})`,
    growth <= HEAP_BUDGET_MB,
    `<= +${HEAP_BUDGET_MB} MB`,
  )
  for (const kind of ['geometries', 'textures', 'programs'])
    verdict(
      `${kind} after tour ${first.tour} → ${last.tour}`,
      `${first[kind]} → ${last[kind]}`,
      last[kind] <= first[kind],
      'no growth',
    )
}
verdict('tours completed', `${result.tours.length} of ${TOURS}`, result.completed, `${TOURS}`)
verdict(
  'steps a tour',
  stepCounts.join(', ') || 'none',
  stepCounts.length === 1 && stepCounts[0] > 1,
  'the same every tour',
)
verdict('page errors', String(log.pageErrors.length), log.pageErrors.length === 0, '0')
verdict(
  'requests to other origins',
  String(log.foreignRequests.length),
  log.foreignRequests.length === 0,
  '0',
)
verdict('console errors', String(log.consoleErrors.length), null, '')
result.pass = !fatal && result.verdicts.every((v) => v.pass !== false)

const width = Math.max(...result.verdicts.map((v) => v.figure.length))
const valueWidth = Math.max(...result.verdicts.map((v) => v.value.length))
console.log(`\n${'figure'.padEnd(width)}  ${'value'.padEnd(valueWidth)}  budget`)
for (const { figure, value, pass, budget } of result.verdicts) {
  const mark = pass === null ? '' : `${pass ? 'PASS' : 'FAIL'} ${budget}`
  console.log(`${figure.padEnd(width)}  ${value.padEnd(valueWidth)}  ${mark}`)
}
for (const message of log.pageErrors) console.log(`page error: ${message}`)
for (const message of log.consoleErrors.slice(0, 10)) console.log(`console error: ${message}`)
for (const request of log.foreignRequests.slice(0, 10)) console.log(`blocked: ${request}`)
for (const anomaly of result.anomalies) console.log(`note: ${anomaly}`)
if (fatal) result.error = fatal.message

mkdirSync('bench/results', { recursive: true })
const file = `bench/results/soak-${result.date.replace(/:/g, '-')}.json`
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
writeFileSync('bench/results/soak-latest.json', `${JSON.stringify(result, null, 2)}\n`)
console.log(
  `\n${result.pass ? 'PASS' : 'FAIL'} — written to ${file} and bench/results/soak-latest.json`,
)
process.exit(result.pass ? 0 : 1)
