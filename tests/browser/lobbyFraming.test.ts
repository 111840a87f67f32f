import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import type { LandmarkOnScreen } from '../../src/scene/landmarks'
import { hashOf, sceneDrawn, visitsFor } from '../support/visits'

const visit = visitsFor(inject('baseURL'))

const SCREENS = {
  '16:9': { viewport: { width: 1920, height: 1080 }, minPx: 18 },
  phone: { viewport: { width: 390, height: 844 }, minPx: 12, hasTouch: true, isMobile: true },
}
const B129_LANDMARKS = [
  'pavilion',
  'title',
  ...[1, 2, 3].flatMap((hall) => [`hall-${hall}`, `hall-${hall}-topic`]),
  'opening',
  'overview',
]

const textReady = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset.sceneText === 'ready', null, {
    timeout: 60_000,
  })
const landmarks = (page: Page) =>
  page.evaluate(() => window.exhibitionLandmarks?.() ?? ([] as LandmarkOnScreen[]))

/** The page's own boxes over the canvas that the scene's text must not lie under. */
const overlays = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.hud, .minimap')].map((element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect()
      return { left, top, right, bottom, name: element.className }
    }),
  )

describe('the lobby from the spawn point', () => {
  for (const [name, screen] of Object.entries(SCREENS))
    for (const language of ['zh', 'en'] as const)
      it(`shows the name, the title and every hall, whole and legible (${name}, ${language})`, async () => {
        const { minPx, ...options } = screen
        const page = await visit(language === 'en' ? '?lang=en#/' : '#/', options)
        await sceneDrawn(page)
        await textReady(page)
        const shown = await landmarks(page)
        expect(shown.map((mark) => mark.name).sort()).toEqual([...B129_LANDMARKS].sort())
        const covers = await overlays(page)
        const { width, height } = screen.viewport
        for (const mark of shown) {
          expect(mark.inFront, mark.name).toBe(true)
          expect(mark.left, mark.name).toBeGreaterThanOrEqual(0)
          expect(mark.top, mark.name).toBeGreaterThanOrEqual(0)
          expect(mark.right, mark.name).toBeLessThanOrEqual(width)
          expect(mark.bottom, mark.name).toBeLessThanOrEqual(height)
          for (const cover of covers) {
            const apart =
              mark.right <= cover.left ||
              mark.left >= cover.right ||
              mark.bottom <= cover.top ||
              mark.top >= cover.bottom
            expect(apart, `${mark.name} under ${cover.name}`).toBe(true)
          }
          expect(mark.textPx, mark.name).toBeGreaterThanOrEqual(minPx)
        }
      })

  /** The centre of a landmark on the screen. */
  const centre = async (page: Page, name: string) => {
    const mark = (await landmarks(page)).find((m) => m.name === name)
    if (!mark) throw new Error(`no landmark ${name}`)
    return { x: (mark.left + mark.right) / 2, y: (mark.top + mark.bottom) / 2 }
  }

  it('turns to the overview on the side wall from the board, staying in the lobby', async () => {
    const page = await visit('#/', { viewport: { width: 1280, height: 800 } })
    await sceneDrawn(page)
    await textReady(page)
    const overview = await centre(page, 'overview')
    await page.mouse.click(overview.x, overview.y)
    // The board leaves the view as the visitor turns to the east wall.
    const boardInView = async () => {
      const mark = (await landmarks(page)).find((m) => m.name === 'pavilion')
      return !!mark && mark.inFront && mark.right > 0 && mark.left < 1280
    }
    await expect.poll(boardInView, { timeout: 20_000 }).toBe(false)
    expect(await hashOf(page)).toBe('#/')
  })
})
