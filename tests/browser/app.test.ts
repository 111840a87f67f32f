import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, openPage, webglRenderer } from '../support/browser'
import { b129 } from '../support/b129'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('the built exhibition in Chromium', () => {
  it('loads, renders a WebGL2 canvas, shows the reply title, and stays on its own origin', async () => {
    const { context, page, log } = await openPage(browser, baseURL)
    await page.goto(baseURL)
    await page.waitForSelector('canvas', { timeout: 30_000 })
    const renderer = await webglRenderer(page)
    if (renderer === null)
      throw new Error('WebGL2 is missing in this Chromium: check the SwiftShader flags')
    expect(renderer).toMatch(/SwiftShader/i)
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 10_000 })
      .toBe(b129().meta.title.value)
    // Give the first frames time to draw, so render-time errors show up in the log.
    await page.waitForTimeout(1500)
    expect(log.pageErrors).toEqual([])
    expect(log.consoleErrors).toEqual([])
    expect(log.foreignRequests).toEqual([])
    await context.close()
  })
})
