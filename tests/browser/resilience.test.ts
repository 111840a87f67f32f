import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { planExhibition } from '../../src/plan'
import { hashOfPlace } from '../../src/state/placeHash'
import { b129 } from '../support/b129'
import { launchChromium, openPage } from '../support/browser'
import { hashOf, sceneDrawn, visitsFor } from '../support/visits'

const baseURL = inject('baseURL')
const visit = visitsFor(baseURL)
const model = b129()
const plan = planExhibition(model)

describe('without WebGL', () => {
  it('shows the text view and says why, instead of a blank page', async () => {
    const browser = await launchChromium(['--disable-webgl', '--disable-webgl2'])
    try {
      const { context, page, log } = await openPage(browser, baseURL)
      await page.goto(`${baseURL}#/hall/2/exhibit/1`)
      await page.waitForSelector('.text-view')
      expect(await page.locator('canvas').count()).toBe(0)
      await expect.poll(() => page.getByRole('status').textContent()).toContain('WebGL 不可用')
      expect(await page.locator('h1').textContent()).toBe(model.meta.title.text)
      // The deep link still says where the visitor is: that section is marked.
      expect(await page.locator('#text-r2m1').getAttribute('aria-current')).toBe('location')
      await page.locator('#text-r3m4 a[href="#/hall/3/exhibit/4"]').click()
      await expect.poll(() => hashOf(page)).toBe('#/hall/3/exhibit/4')
      expect(await page.locator('#text-r3m4').getAttribute('aria-current')).toBe('location')
      expect(log.pageErrors).toEqual([])
      expect(log.foreignRequests).toEqual([])
      await context.close()
    } finally {
      await browser.close()
    }
  })
})

/** Loses the canvas's WebGL context; `restore` brings it back that many ms after the loss. */
async function loseContext(page: Page, restore: number | null) {
  await page.evaluate((after) => {
    const canvas = document.querySelector('canvas')
    const gl = canvas?.getContext('webgl2')
    const extension = gl?.getExtension('WEBGL_lose_context')
    if (!canvas || !extension) throw new Error('WEBGL_lose_context is not available')
    if (after !== null)
      canvas.addEventListener(
        'webglcontextlost',
        () => setTimeout(() => extension.restoreContext(), after),
        { once: true },
      )
    extension.loseContext()
  }, restore)
}

const lostNotices = (page: Page) => page.locator('[data-notice="noticeContextLost"]').count()

/** The visitor is where the URL says, the exhibit still open, on a live context. */
async function expectSamePlace(page: Page, hash: string, measure: string) {
  expect(await hashOf(page)).toBe(hash)
  expect(await page.getByRole('dialog').getAttribute('data-measure')).toBe(measure)
  expect(
    await page.evaluate(() =>
      document.querySelector('canvas')?.getContext('webgl2')?.isContextLost(),
    ),
  ).toBe(false)
}

describe('a lost WebGL context', () => {
  it('says it is restoring, then shows the same place and open panel', async () => {
    const page = await visit('#/hall/2/exhibit/1')
    await sceneDrawn(page)
    await loseContext(page, 300)
    await expect.poll(() => lostNotices(page), { interval: 100 }).toBe(1)
    await expect.poll(() => lostNotices(page), { timeout: 10_000 }).toBe(0)
    expect(await page.locator('canvas').getAttribute('data-generation')).toBe('0')
    await expectSamePlace(page, '#/hall/2/exhibit/1', 'r2m1')
  })

  it('replaces the canvas when the context does not come back, and restores the place from the URL', async () => {
    const page = await visit('#/hall/3/exhibit/2')
    await sceneDrawn(page)
    await loseContext(page, null)
    await expect.poll(() => lostNotices(page), { interval: 100 }).toBe(1)
    await expect
      .poll(() => page.locator('canvas').getAttribute('data-generation'), { timeout: 15_000 })
      .toBe('1')
    expect(await page.locator('canvas').count()).toBe(1)
    await expect.poll(() => lostNotices(page)).toBe(0)
    await expectSamePlace(page, '#/hall/3/exhibit/2', 'r3m2')
  })
})

describe('a font that fails to load', () => {
  it('leaves the pavilion working, says what failed, and keeps the text view', async () => {
    const browser = await launchChromium()
    try {
      const { context, page, log } = await openPage(browser, baseURL)
      // The scene's glyph atlas and the page's font.
      await context.route('**/*.{woff,bin}', (route) => route.abort('failed'))
      await page.goto(`${baseURL}#/hall/1`)
      await expect
        .poll(() => page.locator('[data-notice="noticeFontFailed"]').count(), { timeout: 20_000 })
        .toBe(1)
      await sceneDrawn(page)
      await page.locator('.hud').getByRole('button', { name: '第二展厅' }).click()
      await expect.poll(() => hashOf(page)).toBe('#/hall/2')
      await page.getByRole('link', { name: '全文', exact: true }).click()
      await page.waitForSelector('.text-view')
      expect(await page.locator('#text-r2').getAttribute('aria-current')).toBe('location')
      expect(log.pageErrors).toEqual([])
      // Nothing was fetched elsewhere in the font's place.
      expect(log.foreignRequests).toEqual([])
      await context.close()
    } finally {
      await browser.close()
    }
  })
})

describe('requests', () => {
  it('never leave the origin while visiting every place and opening every exhibit, in both languages', async () => {
    // visitsFor blocks and counts foreign requests, and fails the test after it if there were any.
    const page = await visit('#/')
    for (const search of ['', '?lang=en']) {
      if (search) await page.goto(`${baseURL}${search}#/`)
      for (const place of plan.tour) {
        const hash = hashOfPlace(place)
        await page.evaluate((h) => (window.location.hash = h), hash)
        if (place.kind === 'exhibit') await page.getByRole('dialog').waitFor()
        await expect.poll(() => hashOf(page)).toBe(hash)
      }
      await page.evaluate(() => (window.location.hash = '#/text'))
      await page.waitForSelector('.text-view')
    }
    await page.evaluate(() => (window.location.hash = '#/'))
    await page.waitForFunction(() => document.documentElement.dataset.sceneText === 'ready', null, {
      timeout: 90_000,
    })
  })
})

describe('the content security policy', () => {
  it('allows only the origin, and the app runs under it', async () => {
    const html = readFileSync('dist/index.html', 'utf8')
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(policy).toContain("default-src 'self'")
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:|blob:/)
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
    const browser = await launchChromium()
    try {
      const { context, page, log } = await openPage(browser, baseURL)
      await page.addInitScript(() => {
        const seen: string[] = []
        document.addEventListener('securitypolicyviolation', (event) =>
          seen.push(`${event.violatedDirective} ${event.blockedURI}`),
        )
        Object.assign(window, { cspViolations: seen })
      })
      const violations = () =>
        page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
      await page.goto(`${baseURL}#/hall/1/exhibit/3`)
      await page.waitForFunction(
        () => document.documentElement.dataset.sceneText === 'ready',
        null,
        { timeout: 90_000 },
      )
      expect(await violations()).toEqual([])
      expect(log.consoleErrors).toEqual([])
      // The policy is in force: a script written into the page is refused, and reported.
      const ran = await page.evaluate(async () => {
        const script = document.createElement('script')
        script.textContent = 'window.inlineScriptRan = true'
        document.head.append(script)
        await new Promise((resolve) => setTimeout(resolve, 100))
        return 'inlineScriptRan' in window
      })
      expect(ran).toBe(false)
      expect(await violations()).toEqual([expect.stringMatching(/^script-src/)])
      await context.close()
    } finally {
      await browser.close()
    }
  })
})

describe('offline', () => {
  it('serves the app from the service worker when the network is gone after the first visit', async () => {
    const sw = readFileSync('dist/sw.js', 'utf8')
    // The update path: a new build waits for the page's word (SKIP_WAITING), then takes over.
    expect(sw).toMatch(/skipWaiting\(\)/)
    expect(sw).toMatch(/clientsClaim\(\)/)
    expect(sw).toMatch(/index\.html/)
    const browser = await launchChromium()
    try {
      const context = await browser.newContext({ serviceWorkers: 'allow' })
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      await page.goto(`${baseURL}#/hall/2`)
      await page.waitForFunction(
        () => navigator.serviceWorker.controller?.state === 'activated',
        null,
        { timeout: 60_000 },
      )
      await context.setOffline(true)
      await page.reload()
      await page.waitForSelector('canvas')
      expect(await page.locator('h1').textContent()).toBe(model.meta.title.value)
      expect(await hashOf(page)).toBe('#/hall/2')
      await page.waitForFunction(
        () => document.documentElement.dataset.sceneText === 'ready',
        null,
        {
          timeout: 90_000,
        },
      )
      await page.evaluate(() => (window.location.hash = '#/text'))
      await page.waitForSelector('.text-view')
      expect(errors).toEqual([])
      await context.close()
    } finally {
      await browser.close()
    }
  })
})
