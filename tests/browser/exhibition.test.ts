import { Object3D, Vector3 } from 'three'
import { describe, expect, inject, it } from 'vitest'
import { panelPager, planExhibition } from '../../src/plan'
import { b129 } from '../support/b129'
import { screenPoint } from '../support/projection'
import { hashOf, sceneDrawn, visitsFor } from '../support/visits'

const doc = b129()
const plan = planExhibition(doc)
const VIEWPORT = { width: 1280, height: 800 }
const visit = visitsFor(inject('baseURL'))

describe('exhibit deep links', () => {
  const measures = doc.recommendations.flatMap((r) =>
    r.measures.map((m) => ({ hall: r.number, measure: m })),
  )

  it.each(
    measures.map(
      ({ hall, measure }) => [`#/hall/${hall}/exhibit/${measure.ordinal}`, measure] as const,
    ),
  )('%s opens a dialog holding that measure, word for word', async (hash, measure) => {
    const page = await visit(hash)
    const dialog = page.getByRole('dialog', { name: measure.title })
    await dialog.waitFor()
    const paragraphs = await dialog.locator('[data-node]').allTextContents()
    expect(paragraphs).toEqual(measure.paragraphs.map((p) => p.text))
    expect(await dialog.getAttribute('data-measure')).toBe(measure.id)
    expect(await hashOf(page)).toBe(hash)
    for (const figure of measure.figures) {
      await expect.poll(() => dialog.textContent()).toContain(figure.text)
    }
  })
})

describe('the scene answers clicks', () => {
  it('opens an exhibit clicked in the canvas, and Esc closes it and returns focus to the scene', async () => {
    const page = await visit('#/hall/1')
    await sceneDrawn(page)
    const hall = plan.halls[0]
    if (!hall) throw new Error('no hall 1')
    // The first stand whose panel the entrance view shows, clear of the masthead.
    const target = hall.stands
      .map((stand) => ({ stand, at: screenPoint(hall.entrance, stand.panel.center, VIEWPORT) }))
      .find(
        ({ at }) =>
          at.x > 40 && at.x < VIEWPORT.width - 40 && at.y > 120 && at.y < VIEWPORT.height - 40,
      )
    if (!target) throw new Error('no stand of hall 1 is in view from its entrance')
    await page.mouse.click(target.at.x, target.at.y)
    const measure = doc.recommendations[0]?.measures[target.stand.exhibit - 1]
    const dialog = page.getByRole('dialog', { name: measure?.title })
    await dialog.waitFor({ timeout: 10_000 })
    expect(await hashOf(page)).toBe(`#/hall/1/exhibit/${target.stand.exhibit}`)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect(await hashOf(page)).toBe('#/hall/1')
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('exhibition')),
    ).toBe(true)
  })

  it('turns a long panel’s pages with its own Next, without opening the exhibit', async () => {
    const page = await visit('#/hall/1/exhibit/3')
    await page.getByRole('dialog').waitFor()
    // Closing leaves the camera where the exhibit is seen, with nothing over the panel.
    await page.keyboard.press('Escape')
    await expect.poll(() => hashOf(page)).toBe('#/hall/1')
    await page.waitForFunction(() => document.documentElement.dataset.sceneText === 'ready', null, {
      timeout: 90_000,
    })
    const stand = plan.halls[0]?.stands[2]
    if (!stand) throw new Error('no exhibit 1.3')
    const { panel } = stand
    const next = new Object3D()
    next.position.set(...panel.center)
    next.rotation.y = panel.rotationY
    next.updateMatrixWorld()
    const word = next.localToWorld(new Vector3(...panelPager(panel.width, panel.height).next, 0))
    const at = screenPoint(stand.viewpoint, [word.x, word.y, word.z], VIEWPORT)
    const pageTexts = () =>
      page.evaluate(() =>
        (window.exhibitionSceneTexts?.() ?? []).filter((t) => /^\d+ \/ \d+$/.test(t)),
      )
    // Every paged panel shows its first page; the click turns exhibit 1.3's, and only its.
    const before = await pageTexts()
    expect(before.length).toBeGreaterThan(0)
    for (const text of before) expect(text).toMatch(/^1 \/ [2-9]$/)
    await page.mouse.click(at.x, at.y)
    const turned = async () => {
      const after = await pageTexts()
      return after.filter((text, i) => text !== before[i])
    }
    await expect.poll(turned).toHaveLength(1)
    const [changed] = await turned()
    expect(changed).toMatch(/^2 \/ [2-9]$/)
    expect(await hashOf(page)).toBe('#/hall/1')
    // Anywhere else on the panel opens the exhibit.
    const middle = screenPoint(stand.viewpoint, panel.center, VIEWPORT)
    await page.mouse.click(middle.x, middle.y)
    await expect.poll(() => hashOf(page)).toBe('#/hall/1/exhibit/3')
  })

  it('goes to a hall whose line on the welcome board is clicked in the lobby', async () => {
    const page = await visit('#/')
    await sceneDrawn(page)
    await page.waitForFunction(() => document.documentElement.dataset.sceneText === 'ready')
    const line = await page.evaluate(() =>
      window.exhibitionLandmarks?.().find((mark) => mark.name === 'hall-2-topic'),
    )
    if (!line) throw new Error('no line for hall 2 on the welcome board')
    await page.mouse.click((line.left + line.right) / 2, (line.top + line.bottom) / 2)
    await expect.poll(() => hashOf(page)).toBe('#/hall/2')
    await expect.poll(() => page.locator('.hud__trail').textContent()).toContain('第二展厅')
  })

  it('closes the dialog with its close button, and the hash follows each step', async () => {
    const page = await visit('#/hall/3/exhibit/4')
    await page.getByRole('dialog').waitFor()
    await page.getByRole('button', { name: '关闭展品详情' }).click()
    await page.getByRole('dialog').waitFor({ state: 'detached' })
    expect(await hashOf(page)).toBe('#/hall/3')
    await page.getByRole('navigation').getByRole('button', { name: '序厅' }).click()
    await expect.poll(() => hashOf(page)).toBe('#/')
    await page.evaluate(() => (window.location.hash = '#/hall/2/exhibit/1'))
    await page.getByRole('dialog', { name: doc.recommendations[1]?.measures[0]?.title }).waitFor()
    await page.goBack()
    await expect.poll(() => hashOf(page)).toBe('#/')
    await page.getByRole('dialog').waitFor({ state: 'detached' })
  })
})

describe('unknown places', () => {
  it.each([
    ['#/hall/9', '#/hall/9', '本展区没有第 9 展厅'],
    ['#/hall/x', '#/hall/x', '这个地址不指向展区中的任何地方'],
    ['#/%%%', '#/%%%', '这个地址不指向展区中的任何地方'],
    ['#/hall/2/exhibit/7', '#/hall/2/exhibit/7', '第 2 展厅没有展品 7'],
    ['#/hall/0', '#/hall/0', '这个地址不指向展区中的任何地方'],
    ['10 kB of garbage', `#/${'garbage'.repeat(1500)}`, '这个地址不指向展区中的任何地方'],
    ['#/tour/99', '#/tour/99', '导览共 15 步，没有第 99 步'],
    ['?lang=xx', '?lang=xx#/', '地址中要求的语言不可用'],
    ['?idle=-1', '?idle=-1#/', '地址中的空闲时间无效'],
    ['?share=javascript:…', '?kiosk&share=javascript:alert(1)#/', '分享地址不是 http(s) 地址'],
  ])('%s leads to the lobby with a notice', async (_name, hash, notice) => {
    const page = await visit(hash)
    await expect.poll(() => page.getByRole('status').textContent()).toContain(notice)
    // Nothing of the address is repeated to the visitor (a forged QR code speaks through none).
    for (const forged of ['garbage', 'xx', '-1', 'javascript', '%%%', 'hall/x'])
      expect(await page.getByRole('status').textContent()).not.toContain(forged)
    expect(await hashOf(page)).toBe('#/')
    expect(await page.locator('.hud__trail').textContent()).toBe('序厅')
    expect((await page.getByRole('status').textContent())?.length ?? 0).toBeLessThan(120)
  })
})
