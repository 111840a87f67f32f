import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { parseReply } from '../../src/content'
import { B129_TEXT } from '../support/b129'
import { drawn, hashOf, visitsFor } from '../support/visits'

// A reply opened in the page, through the file picker or dropped on it: read in a worker and
// shown as the exhibition, or refused with its problems while the exhibition shown stays.

const visit = drawn(visitsFor(inject('baseURL')))
const fixturePath = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))
const title = (page: Page) => page.locator('.hud__title').textContent()
const B129_TITLE = '对区政协十五届二次会议 第B129号提案的答复'

/** Chooses a file in the picker behind 打开答复, as a visitor would. */
async function pick(page: Page, file: string | { name: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '打开答复' }).click()
  await (
    await chooser
  ).setFiles(
    typeof file === 'string'
      ? file
      : { name: file.name, mimeType: 'text/plain', buffer: file.buffer },
  )
}

/** Drags a file over the page and drops it. */
async function drop(page: Page, name: string, bytes: Buffer): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, bytes }) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/plain' }))
      return transfer
    },
    { name, bytes: [...bytes] },
  )
  await page.dispatchEvent('main', 'dragenter', { dataTransfer })
  await page.dispatchEvent('main', 'dragover', { dataTransfer })
  await expect.poll(() => page.locator('.reply-drop').count()).toBe(1)
  await page.dispatchEvent('main', 'drop', { dataTransfer })
}

const waitForTitle = (page: Page, wanted: string) =>
  page.waitForFunction(
    (text) => document.querySelector('.hud__title')?.textContent === text,
    wanted,
    { timeout: 30_000 },
  )

describe('opening a reply in the page', () => {
  it('shows a fixture opened with the file picker: its halls, last exhibit, map and text', async () => {
    const page = await visit('#/hall/3/exhibit/4')
    const path = fixturePath('six-by-eight.txt')
    const parsed = parseReply(readFileSync(path, 'utf8'))
    if (!parsed.ok) throw new Error('fixture does not parse')
    const reply = parsed.document
    await pick(page, path)
    await waitForTitle(page, reply.meta.title.value)
    // A fresh visit in the lobby, said in a notice.
    expect(await hashOf(page)).toBe('#/')
    await expect
      .poll(() => page.locator('.notice').first().textContent())
      .toContain('已打开 six-by-eight.txt：6 个展厅，48 件展品')
    expect(await page.locator('.hud__pavilion').textContent()).toBe('第B088号提案答复展')
    await page.waitForFunction(() => document.documentElement.dataset.sceneText === 'ready')
    // The minimap draws its six halls; the last exhibit opens by its route, with its text.
    expect(await page.locator('.minimap__label').count()).toBe(6)
    await page.evaluate(() => (window.location.hash = '#/hall/6/exhibit/8'))
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    const last = reply.recommendations[5]!.measures[7]!
    expect(await dialog.getByRole('heading', { level: 2 }).textContent()).toBe(last.title)
    expect(await dialog.locator('.exhibit-dialog__text').textContent()).toBe(
      last.paragraphs.map((p) => p.text).join(''),
    )
    // The text view is the opened reply's.
    await page.evaluate(() => (window.location.hash = '#/text'))
    await page.waitForSelector('.text-view')
    expect(await page.locator('#text-title').textContent()).toBe(reply.meta.title.value)
    expect(await page.locator('[data-node="r6m8p1"]').textContent()).toBe(last.paragraphs[0]!.text)
  })

  it('lists a malformed file’s problems with their lines, the first 20 and a count, and keeps the exhibition', async () => {
    const page = await visit('#/')
    // Thirty lines after the contact block: thirty problems.
    const extra = Array.from({ length: 30 }, (_, i) => `附件${i + 1}：名单`).join('\n')
    await pick(page, { name: 'extra.txt', buffer: Buffer.from(`${B129_TEXT}\n${extra}\n`) })
    const problems = page.getByRole('alertdialog')
    await problems.waitFor()
    expect(await problems.getByRole('heading').textContent()).toBe('无法打开 extra.txt')
    const items = problems.locator('li')
    expect(await items.count()).toBe(20)
    const firstLine = B129_TEXT.split('\n').length + 1
    expect(await items.first().textContent()).toMatch(
      new RegExp(`^extra\\.txt:${firstLine} expected only contact lines`),
    )
    expect(await problems.textContent()).toContain('另有 10 个问题未列出')
    expect(await title(page)).toBe(B129_TITLE)
    await page.keyboard.press('Escape')
    await problems.waitFor({ state: 'detached' })
  })

  it('refuses a file over 1 MB before reading it, naming its size, and an empty one', async () => {
    const page = await visit('#/')
    await pick(page, { name: 'big.txt', buffer: Buffer.alloc(1_200_000, 0x41) })
    const problems = page.getByRole('alertdialog')
    await problems.waitFor()
    expect(await problems.textContent()).toContain('1.1 MB (1200000 bytes)')
    expect(await title(page)).toBe(B129_TITLE)
    await page.keyboard.press('Escape')
    await problems.waitFor({ state: 'detached' })
    // An empty file, likewise.
    await pick(page, { name: 'empty.txt', buffer: Buffer.alloc(0) })
    await problems.waitFor()
    expect(await problems.locator('li').textContent()).toBe(
      'empty.txt expected the text of a reply; found an empty file',
    )
    expect(await title(page)).toBe(B129_TITLE)
  })

  it('names a binary file dropped on the page, the exhibition still shown', async () => {
    const page = await visit('#/hall/2')
    await drop(page, 'reply.pdf', Buffer.from('%PDF-1.7\n1 0 obj\n<< >>\n'))
    const problems = page.getByRole('alertdialog')
    await problems.waitFor()
    expect(await problems.textContent()).toContain(
      'this is a PDF document, not a text file: save the reply as plain text (.txt) and open that',
    )
    expect(await title(page)).toBe(B129_TITLE)
    expect(await hashOf(page)).toBe('#/hall/2')
  })

  it('reads a GB18030 file dropped on the page as the reply it is', async () => {
    const page = await visit('#/')
    await drop(
      page,
      'one-by-one.gb18030.txt',
      readFileSync(fixturePath('encodings/one-by-one.gb18030.txt')),
    )
    await waitForTitle(page, '对区政协十五届二次会议 第B057号提案的答复')
    await expect
      .poll(() => page.locator('.notice').allTextContents())
      .toContainEqual(expect.stringContaining('按 GB18030 编码读取'))
    // 袋, 晓, 燕, 窗 … are not in the built atlas: the scene draws them from the full typeface,
    // loaded from this origin (every request is checked after the test).
    await page.waitForFunction(() => document.documentElement.dataset.sceneText === 'ready')
    expect(await page.evaluate(() => window.exhibitionMissingGlyphs?.())).toEqual([])
    await page.evaluate(() => (window.location.hash = '#/hall/1/exhibit/1'))
    await page.getByRole('dialog').waitFor()
    expect(await page.getByRole('dialog').textContent()).toContain('新建口袋公园 12 个')
  })

  it('keeps the way back to Chinese for a reply without a translation opened in English', async () => {
    const page = await visit('?lang=en#/')
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Open a reply' }).click()
    await (await chooser).setFiles(fixturePath('five-by-one.txt'))
    await waitForTitle(page, '对区政协十五届二次会议 第B071号提案的答复')
    // The page's own words stay in English; the reply is shown as published.
    expect(await page.locator('.hud__pavilion').textContent()).toBe(
      'Exhibition of the reply to proposal B071',
    )
    // Five halls' buttons fold the English masthead at this width: the switch is in its menu.
    expect(await page.locator('.hud').getAttribute('data-fold')).toBe('true')
    await page.locator('.hud__menu').click()
    await page.getByRole('button', { name: '中文' }).click()
    await expect.poll(() => page.locator('.hud__pavilion').textContent()).toBe('第B071号提案答复展')
    // In Chinese there is no English to switch to.
    expect(await page.getByRole('button', { name: 'English' }).count()).toBe(0)
  })

  it('offers no file picker in a kiosk', async () => {
    const page = await visit('?kiosk#/')
    await page.locator('.hud__title').waitFor()
    expect(await page.getByRole('button', { name: '打开答复' }).count()).toBe(0)
  })
})
