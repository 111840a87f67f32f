import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { ACTIONS } from '../../src/controls/actions'
import { insideRect, planExhibition, segmentsIntersect, type Vec2 } from '../../src/plan'
import { b129 } from '../support/b129'
import { screenPoint } from '../support/projection'
import { visitorAt } from '../support/visitor'
import { drawn, hashOf, visitsFor } from '../support/visits'

const doc = b129()
const plan = planExhibition(doc)
const visitPage = visitsFor(inject('baseURL'))

const visit = drawn(visitPage)
const activeExhibit = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.exhibit ?? null)

describe('the keyboard alone', () => {
  it('goes into hall 2, focuses and opens exhibit 2.1, closes it and returns to the lobby', async () => {
    const page = await visit('#/')
    await page.keyboard.press('Digit2')
    await expect.poll(() => hashOf(page)).toBe('#/hall/2')
    for (let i = 0; i < 4 && (await activeExhibit(page)) !== 'r2m1'; i++)
      await page.keyboard.press('Tab')
    expect(await activeExhibit(page)).toBe('r2m1')
    // The focused exhibit shows as a caption on screen, not only to assistive technology.
    const caption = await page.locator('[data-exhibit="r2m1"]').boundingBox()
    expect(caption?.x ?? -1).toBeGreaterThanOrEqual(0)
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: doc.recommendations[1]?.measures[0]?.title })
    await dialog.waitFor()
    expect(await hashOf(page)).toBe('#/hall/2/exhibit/1')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect(await hashOf(page)).toBe('#/hall/2')
    expect(await activeExhibit(page)).toBe('r2m1')
    await page.keyboard.press('Tab')
    expect(await activeExhibit(page)).toBe('r2m2')
    await page.keyboard.press('Shift+Tab')
    expect(await activeExhibit(page)).toBe('r2m1')
    await page.keyboard.press('Escape')
    await expect.poll(() => hashOf(page)).toBe('#/')
  })

  it('walks with W and turns with the arrows, sharp again at rest, and never while typing in a field', async () => {
    const page = await visit('?faults#/')
    await page.locator('.exhibition').focus()
    const start = await visitorAt(page)
    // Software WebGL draws a frame in a few hundred milliseconds: hold the key until it shows.
    await page.keyboard.down('KeyW')
    await expect
      .poll(async () => start.z - (await visitorAt(page)).z, { timeout: 15_000 })
      .toBeGreaterThan(0.5)
    await page.keyboard.up('KeyW')
    const walked = await visitorAt(page)
    await page.keyboard.down('ArrowLeft')
    await expect
      .poll(async () => Math.abs((await visitorAt(page)).heading - walked.heading), {
        timeout: 15_000,
      })
      .toBeGreaterThan(10)
    // On hardware too slow for 24 fps, while turning, the canvas draws fewer pixels than its box …
    await page.evaluate(() =>
      (
        window as unknown as { exhibitionFaults: { slowFrames: (ms: number) => void } }
      ).exhibitionFaults.slowFrames(60),
    )
    const sharpness = () =>
      page.evaluate(() => {
        const canvas = document.querySelector('canvas') as HTMLCanvasElement
        return canvas.width / Math.round(canvas.clientWidth * window.devicePixelRatio)
      })
    await expect.poll(sharpness, { timeout: 15_000 }).toBeLessThan(1)
    await page.keyboard.up('ArrowLeft')
    // … and once the visitor stands still, one more frame is drawn at full sharpness.
    await expect.poll(sharpness, { timeout: 5_000 }).toBe(1)
    // A text field typed into must not move the visitor.
    await page.evaluate(() => {
      const field = document.createElement('input')
      field.id = 'probe'
      document.body.append(field)
      field.focus()
    })
    const before = await visitorAt(page)
    await page.keyboard.down('KeyW')
    await page.waitForTimeout(1500)
    await page.keyboard.up('KeyW')
    expect(await visitorAt(page)).toEqual(before)
  })

  it('opens the help overlay, generated from the action map, with H and closes it with Esc', async () => {
    const page = await visit('#/')
    await page.keyboard.press('KeyH')
    const help = page.getByRole('dialog', { name: '操作帮助' })
    await help.waitFor()
    expect(await help.locator('tr[data-action]').count()).toBe(Object.keys(ACTIONS).length)
    expect(await help.locator('tr[data-action="moveForward"] kbd').allTextContents()).toEqual([
      'W',
      '上方向键',
    ])
    // A presenter's keys, → only during the tour.
    const nextStep = await help.locator('tr[data-action="nextStep"] kbd').allTextContents()
    expect(nextStep.slice(0, 2)).toEqual(['PageDown', '空格'])
    expect(nextStep.at(-1)).toBe('右方向键 (导览中)')
    await page.keyboard.press('Escape')
    await help.waitFor({ state: 'detached' })
    await page.keyboard.press('KeyM')
    await page.locator('.minimap').waitFor({ state: 'detached' })
  })
})

describe('the mouse', () => {
  it('walks to a floor point clicked in the lobby through the door of hall 3, never through a wall', async () => {
    // A wide window, so that hall 3's floor shows through its door from the spawn point.
    const viewport = { width: 1600, height: 800 }
    const page = await visit('#/', { viewport })
    const hall = plan.halls[2]
    if (!hall) throw new Error('no hall 3')
    const target = { x: hall.door.center.x - 0.4, z: -1 }
    const at = screenPoint(plan.spawn, [target.x, 0, target.z], viewport)
    expect(at.x).toBeLessThan(viewport.width - 20)
    const track: Vec2[] = [await visitorAt(page)]
    // The minimap sits over that corner of the view; put it away first, as a visitor would.
    await page.keyboard.press('KeyM')
    await page.locator('.minimap').waitFor({ state: 'detached' })
    await page.mouse.click(at.x, at.y)
    await page.getByRole('button', { name: '显示平面图' }).click()
    for (let i = 0; i < 120; i++) {
      await page.waitForTimeout(150)
      const now = await visitorAt(page)
      const last = track[track.length - 1] as Vec2
      if (Math.hypot(now.x - last.x, now.z - last.z) < 1e-3 && insideRect(now, hall.room.bounds))
        break
      track.push(now)
    }
    const end = track[track.length - 1] as Vec2
    expect(insideRect(end, hall.room.bounds)).toBe(true)
    expect(Math.hypot(end.x - target.x, end.z - target.z)).toBeLessThan(0.6)
    for (let i = 1; i < track.length; i++) {
      for (const wall of plan.walls)
        expect(segmentsIntersect({ a: track[i - 1] as Vec2, b: track[i] as Vec2 }, wall)).toBe(
          false,
        )
    }
    await expect.poll(() => hashOf(page)).toBe('#/hall/3')
  })

  it('turns the view by dragging, without opening what the drag started on', async () => {
    const page = await visit('#/hall/1')
    const before = await visitorAt(page)
    await page.mouse.move(640, 400)
    await page.mouse.down()
    await page.mouse.move(500, 400, { steps: 8 })
    await page.mouse.up()
    await expect
      .poll(async () => (await visitorAt(page)).heading)
      .not.toBeCloseTo(before.heading, 0)
    expect(await page.getByRole('dialog').count()).toBe(0)
  })
})

describe('touch', () => {
  const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }

  it('walks with the on-screen joystick at 390x844', async () => {
    const page = await visit('#/', phone)
    // The map's button is in the phone's menu.
    await page.getByRole('button', { name: '菜单' }).tap()
    await page.getByRole('button', { name: '显示平面图' }).tap()
    const zone = await page.locator('.touch-joystick').boundingBox()
    if (!zone) throw new Error('no joystick on a touch screen')
    const cx = zone.x + zone.width / 2
    const cy = zone.y + zone.height / 2
    const start = await visitorAt(page)
    const cdp = await page.context().newCDPSession(page)
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: cx, y, id: 1 }],
      })
    await touch('touchStart', cy)
    for (let i = 1; i <= 6; i++) await touch('touchMove', cy - i * 10)
    await expect
      .poll(async () => start.z - (await visitorAt(page)).z, { timeout: 15_000 })
      .toBeGreaterThan(0.5)
    await touch('touchEnd', cy - 60)
    // Every control on screen is at least 48 px each way.
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll('button, [role="button"]')]
        .map((element) => ({
          name: element.textContent ?? '',
          box: element.getBoundingClientRect(),
        }))
        .filter(
          ({ box }) =>
            box.right > 0 && box.bottom > 0 && box.width > 0 && box.left < window.innerWidth,
        )
        .filter(({ box }) => box.top < window.innerHeight)
        .map(({ name, box }) => ({
          name,
          width: Math.round(box.width),
          height: Math.round(box.height),
        })),
    )
    expect(sizes.length).toBeGreaterThan(3)
    for (const size of sizes) {
      expect(Math.min(size.width, size.height), size.name).toBeGreaterThanOrEqual(48)
    }
    // The page itself did not scroll.
    expect(await page.evaluate(() => [window.scrollX, window.scrollY])).toEqual([0, 0])
  })

  it('opens an exhibit tapped at 390x844', async () => {
    const page = await visit('#/hall/3', phone)
    const hall = plan.halls[2]
    if (!hall) throw new Error('no hall 3')
    const viewport = { width: 390, height: 844 }
    const target = hall.stands
      .map((stand) => ({ stand, at: screenPoint(hall.entrance, stand.panel.center, viewport) }))
      .find(({ at }) => at.x > 30 && at.x < 360 && at.y > 200 && at.y < 700)
    if (!target) throw new Error('no stand in view')
    await page.touchscreen.tap(target.at.x, target.at.y)
    await page
      .getByRole('dialog', {
        name: doc.recommendations[2]?.measures[target.stand.exhibit - 1]?.title,
      })
      .waitFor()
    expect(await hashOf(page)).toBe(`#/hall/3/exhibit/${target.stand.exhibit}`)
  })
})

describe('a gamepad', () => {
  it('connected mid-visit, walks with the left stick and opens help with Start', async () => {
    const page = await visit('#/', {}, () => {
      const pad = {
        id: 'synthetic pad',
        index: 0,
        connected: false,
        mapping: 'standard',
        timestamp: 0,
        axes: [0, 0, 0, 0],
        buttons: Array.from({ length: 17 }, () => ({ pressed: false, touched: false, value: 0 })),
      }
      ;(window as unknown as { synthetic: typeof pad }).synthetic = pad
      Object.defineProperty(navigator, 'getGamepads', {
        value: () => [pad.connected ? pad : null, null, null, null],
      })
    })
    const start = await visitorAt(page)
    await page.evaluate(() => {
      const pad = (window as unknown as { synthetic: { connected: boolean; axes: number[] } })
        .synthetic
      pad.connected = true
      pad.axes = [0, -1, 0, 0]
      const event = new Event('gamepadconnected')
      Object.defineProperty(event, 'gamepad', { value: pad })
      window.dispatchEvent(event)
    })
    await expect
      .poll(async () => start.z - (await visitorAt(page)).z, { timeout: 15_000 })
      .toBeGreaterThan(0.5)
    await page.evaluate(() => {
      const pad = (window as unknown as { synthetic: { axes: number[] } }).synthetic
      pad.axes = [0, 0, 0, 0]
    })
    await page.evaluate(() => {
      const pad = (window as unknown as { synthetic: { buttons: { pressed: boolean }[] } })
        .synthetic
      const start = pad.buttons[9]
      if (start) start.pressed = true
    })
    await page.getByRole('dialog', { name: '操作帮助' }).waitFor()
  })
})
