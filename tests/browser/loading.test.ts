import { describe, expect, inject, it } from 'vitest'
import { b129 } from '../support/b129'
import { allowErrors, visitsFor } from '../support/visits'

const visit = visitsFor(inject('baseURL'))
const title = b129().meta.title.value

/** Records, from the page's first moment, what the loading screen shows and when. */
function recordLoading() {
  const seen: { values: number[]; barBeforeCanvas: boolean | null } = {
    values: [],
    barBeforeCanvas: null,
  }
  Object.assign(window, { loadingSeen: seen })
  new MutationObserver(() => {
    const bar = document.querySelector('#loading [role="progressbar"]')
    if (bar && seen.barBeforeCanvas === null)
      seen.barBeforeCanvas = document.querySelector('canvas') === null
    const value = Number(bar?.getAttribute('aria-valuenow'))
    if (bar && value !== seen.values.at(-1)) seen.values.push(value)
  }).observe(document, { subtree: true, childList: true, attributes: true })
}

type Seen = { values: number[]; barBeforeCanvas: boolean | null }

describe('the loading screen', () => {
  it('is in the page before the canvas, follows the real steps to the end, then goes', async () => {
    const page = await visit('#/', {}, recordLoading)
    await page.waitForFunction(() => document.documentElement.dataset.loading === 'done', null, {
      timeout: 60_000,
    })
    const seen = await page.evaluate(() => (window as unknown as { loadingSeen: Seen }).loadingSeen)
    expect(seen.barBeforeCanvas).toBe(true)
    // From the HTML's 5 through code, scene and font (in whatever order they came) to 100.
    expect(seen.values[0]).toBe(5)
    expect(seen.values.at(-1)).toBe(100)
    expect([...seen.values].sort((a, b) => a - b)).toEqual(seen.values)
    expect(seen.values.length).toBeGreaterThanOrEqual(3)
    expect(await page.evaluate(() => document.documentElement.dataset.sceneText)).toBe('ready')
    await page.locator('#loading').waitFor({ state: 'detached' })
  })

  it('names the reply in the HTML itself, before any script runs', async () => {
    const response = await fetch(inject('baseURL'))
    const html = await response.text()
    expect(html).toContain(`<p class="loading__title" lang="zh-CN">${title}</p>`)
    expect(html).toMatch(/<div id="root">\s*<main class="static-reply">/)
    expect(html).toContain(`<h1>${title}</h1>`)
  })

  it('says when the scene’s text failed, and links the text view', async () => {
    const page = await visit('#/', {}, undefined, async (p) => {
      await p.route('**/exhibition-glyphs*.bin', (route) => route.abort('failed'))
    })
    allowErrors(page, /glyph|Failed to load resource|scene text/i)
    const failure = page.locator('#loading .loading__failure')
    await failure.waitFor()
    expect(await failure.textContent()).toContain('展区文字未能载入')
    expect(await page.evaluate(() => document.documentElement.dataset.loading)).toBe('failed')
    await failure.getByRole('link').click()
    await page.waitForSelector('.text-view')
    await page.locator('#loading').waitFor({ state: 'detached' })
  })
})
