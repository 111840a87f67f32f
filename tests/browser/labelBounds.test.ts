import { describe, expect, inject, it } from 'vitest'
import { visitsFor } from '../support/visits'

const visit = visitsFor(inject('baseURL'))

type Fit = { text: string; overrun: number | null }

describe('every label of the pavilion', () => {
  // All rooms' text is mounted from the start: one visit per language sees every label.
  it.each([
    ['Chinese', '#/'],
    ['English', '?lang=en#/'],
  ])('stays on what it sits on, in %s', async (_language, hash) => {
    const page = await visit(hash)
    await page.waitForFunction(() => document.documentElement.dataset.sceneText === 'ready', null, {
      timeout: 60_000,
    })
    const fits = await page.evaluate(() => window.exhibitionTextFits?.() ?? [])
    expect(fits.length).toBeGreaterThan(100)
    // Every label knows what it sits on …
    expect(fits.filter((fit: Fit) => fit.overrun === null).map((fit: Fit) => fit.text)).toEqual([])
    // … and none runs past it by more than a millimetre.
    const over = fits
      .filter((fit: Fit) => (fit.overrun ?? 0) > 0.001)
      .map((fit: Fit) => `${fit.text.slice(0, 30)}: ${fit.overrun!.toFixed(3)} m`)
    expect(over).toEqual([])
  })
})
