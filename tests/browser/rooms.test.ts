import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { drawn, visitsFor } from '../support/visits'

const visit = drawn(visitsFor(inject('baseURL')))

const bench = (page: Page) =>
  page.waitForFunction(() => window.exhibitionBench !== undefined, null, { timeout: 60_000 })

/** Goes to a place by its hash and waits for the frame that shows it (motion is reduced: a jump). */
async function goTo(page: Page, hash: string): Promise<void> {
  if ((await page.evaluate(() => window.location.hash)) === hash) return
  const before = await page.evaluate(() => window.exhibitionBench!.frames())
  await page.evaluate((h) => (window.location.hash = h), hash)
  await page.waitForFunction((n) => window.exhibitionBench!.frames() > n, before)
}

describe('each room drawn only where it is seen', () => {
  it('changes no pixel at any place, facing any of eight ways', async () => {
    const page = await visit('?bench#/', { reducedMotion: 'reduce' })
    await bench(page)
    const places = await page.evaluate(() => window.exhibitionBench!.places())
    expect(places.length).toBe(13)
    for (const hash of places) {
      await goTo(page, hash)
      const { pixels, differing } = await page.evaluate(() =>
        window.exhibitionBench!.cullingDifference(8),
      )
      expect(pixels).toBe(1280 * 800 * 8)
      expect(differing, hash).toBe(0)
    }
  })

  it('draws from a hall neither the lobby behind the visitor nor the other halls', async () => {
    const page = await visit('?bench#/hall/3', { reducedMotion: 'reduce' })
    await bench(page)
    // One more frame of the view as it stands.
    await page.evaluate(() => window.exhibitionBench!.cullingDifference(1))
    expect(await page.evaluate(() => window.exhibitionBench!.roomViews())).toEqual({
      lobby: 'hidden',
      'hall-1': 'hidden',
      'hall-2': 'hidden',
      'hall-3': 'whole',
    })
    // From the lobby, each hall only through its door.
    await goTo(page, '#/')
    await page.evaluate(() => window.exhibitionBench!.cullingDifference(1))
    const fromLobby = await page.evaluate(() => window.exhibitionBench!.roomViews())
    expect(fromLobby).toEqual({
      lobby: 'whole',
      'hall-1': 'part',
      'hall-2': 'part',
      'hall-3': 'part',
    })
  })
})
