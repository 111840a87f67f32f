import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { launchChromium, openPage, type VisitLog } from './browser'

// Errors a test causes on purpose (a fault it injects, a chunk it blocks), per page.
const expectedErrors = new WeakMap<Page, RegExp[]>()

/** Lets console and page errors matching `pattern` through the after-test check: the test caused them. */
export function allowErrors(page: Page, pattern: RegExp): void {
  expectedErrors.set(page, [...(expectedErrors.get(page) ?? []), pattern])
}

/**
 * One Chromium for a test file, and a `visit` that opens the built app at a hash. After each
 * test every page it opened is checked (no request to another origin, no console or page
 * error) and closed. `base` is the app's URL, or a function giving it when a visit starts (for
 * an app that a test file builds and serves itself).
 */
export function visitsFor(base: string | (() => string)) {
  const baseURLNow = () => (typeof base === 'string' ? base : base())
  let browser: Browser
  let visits: { page: Page; log: VisitLog; close: () => Promise<void> }[] = []
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  afterEach(async () => {
    // Each page is checked and closed once, even when an earlier check fails.
    const done = visits
    visits = []
    try {
      for (const { page, log } of done) {
        const expected = expectedErrors.get(page) ?? []
        const unexpected = (texts: string[]) =>
          texts.filter((t) => !expected.some((e) => e.test(t)))
        expect(log.foreignRequests).toEqual([])
        expect(unexpected(log.pageErrors)).toEqual([])
        expect(unexpected(log.consoleErrors)).toEqual([])
      }
    } finally {
      for (const { close } of done) await close()
    }
  })
  return async function visit(
    hash: string,
    options: Parameters<typeof openPage>[2] = {},
    init?: () => void,
    /** Runs before the page is opened: routes to block, say. */
    prepare?: (page: Page) => Promise<void>,
  ): Promise<Page> {
    const baseURL = baseURLNow()
    const { context, page, log } = await openPage(browser, baseURL, {
      viewport: { width: 1280, height: 800 },
      ...options,
    })
    visits.push({ page, log, close: () => context.close() })
    if (init) await page.addInitScript(init)
    if (prepare) await prepare(page)
    await page.goto(`${baseURL}${hash}`)
    // The canvas, or (under #/text, or without WebGL) the text view in its place.
    await page.locator('canvas, .text-view').first().waitFor({ state: 'attached' })
    // The text view is a chunk of its own: a visit to it waits until it is there.
    if (hash.includes('#/text')) await page.waitForSelector('.text-view')
    return page
  }
}

/** A `visit` that also waits for the scene's first frame, so that input reaches the scene. */
export function drawn(visit: ReturnType<typeof visitsFor>): ReturnType<typeof visitsFor> {
  return async (...args) => {
    const page = await visit(...args)
    await sceneDrawn(page)
    return page
  }
}

/** Waits until the scene has drawn a frame, so that clicks on the canvas reach its meshes. */
export async function sceneDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.sceneDrawn === 'true', null, {
    timeout: 60_000,
  })
}

export const hashOf = (page: Page) => page.evaluate(() => window.location.hash)
