import { describe, expect, inject, it } from 'vitest'
import { hashOf, sceneDrawn, visitsFor } from '../support/visits'

const visit = visitsFor(inject('baseURL'))
const PHONE = { width: 390, height: 844 }

describe('on a phone', () => {
  it('leaves the view at least 90 % of the screen, the buttons folded into a menu', async () => {
    const page = await visit('#/', { viewport: PHONE, hasTouch: true, isMobile: true })
    await sceneDrawn(page)
    const header = await page.locator('.hud').boundingBox()
    expect(header).not.toBeNull()
    expect(header!.y + header!.height).toBeLessThanOrEqual(PHONE.height * 0.1)
    const menu = page.getByRole('button', { name: '菜单' })
    expect(await menu.getAttribute('aria-expanded')).toBe('false')
    expect(await page.locator('.hud').getByRole('button', { name: '第二展厅' }).count()).toBe(0)
    await menu.click()
    expect(await menu.getAttribute('aria-expanded')).toBe('true')
    const buttons = page.locator('#hud-nav .hud__button')
    expect(await buttons.count()).toBeGreaterThanOrEqual(9)
    for (const box of await buttons.evaluateAll((all) =>
      all.map((b) => b.getBoundingClientRect().toJSON() as DOMRect),
    )) {
      expect(box.width).toBeGreaterThanOrEqual(48)
      expect(box.height).toBeGreaterThanOrEqual(48)
      expect(box.right).toBeLessThanOrEqual(PHONE.width)
    }
    await page.locator('#hud-nav').getByRole('button', { name: '第二展厅' }).click()
    await expect.poll(() => hashOf(page)).toBe('#/hall/2')
    expect(await menu.getAttribute('aria-expanded')).toBe('false')
  })

  it('opens and closes the menu from the keyboard, focus going back to its button', async () => {
    const page = await visit('#/', { viewport: PHONE })
    await sceneDrawn(page)
    const menu = page.getByRole('button', { name: '菜单' })
    await menu.focus()
    await page.keyboard.press('Enter')
    expect(await menu.getAttribute('aria-expanded')).toBe('true')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('#hud-nav') !== null)).toBe(
      true,
    )
    await page.keyboard.press('Escape')
    expect(await menu.getAttribute('aria-expanded')).toBe('false')
    expect(await page.evaluate(() => document.activeElement?.classList.contains('hud__menu'))).toBe(
      true,
    )
  })

  it('keeps every button in the masthead on a wide screen, with no menu button', async () => {
    const page = await visit('#/')
    await sceneDrawn(page)
    expect(await page.getByRole('button', { name: '菜单' }).isVisible()).toBe(false)
    expect(await page.locator('.hud').getByRole('button', { name: '第二展厅' }).isVisible()).toBe(
      true,
    )
  })
})
