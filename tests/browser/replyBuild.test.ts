import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { preview, type PreviewServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LandmarkOnScreen } from '../../src/scene/landmarks'
import { sceneDrawn, visitsFor } from '../support/visits'

// `npm run build -- --reply <file>`: an exhibition of another reply, here six recommendations of
// 3, 2, 4, 3, 2 and 4 measures (tests/fixtures/six-halls.txt), served and visited like B129.
const FIXTURE = 'tests/fixtures/six-halls.txt'
const work = mkdtempSync(join(tmpdir(), 'exhibition-reply-'))
const out = join(work, 'dist')
let server: PreviewServer | undefined
let base = ''

/** The build as `npm run build` ends, with its arguments: exit status and what it printed. */
function viteBuild(...args: string[]) {
  const run = spawnSync('node', ['scripts/build.mjs', '--logLevel', 'warn', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', REPLY: '' },
  })
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}

beforeAll(async () => {
  const built = viteBuild('--reply', FIXTURE, '--outDir', out, '--emptyOutDir')
  expect(built.status, built.output).toBe(0)
  server = await preview({
    logLevel: 'warn',
    build: { outDir: out },
    preview: { host: '127.0.0.1', port: 0 },
  })
  const address = server.httpServer.address()
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`
})

afterAll(async () => {
  await server?.close()
})

// The fixture's server is only known once it has been built.
const visit = visitsFor(() => base)
const open = async (hash: string, options: Parameters<typeof visit>[1] = {}) => {
  const page = await visit(hash, options)
  await sceneDrawn(page)
  return page
}
const textReady = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset.sceneText === 'ready', null, {
    timeout: 60_000,
  })

describe('a build of another reply', () => {
  it('names the reply and its exhibition in the page, and offers no language it lacks', async () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8')
    expect(html).toContain('对区政协十五届二次会议 第B130号提案的答复')
    expect(html).toContain('<title>第B130号提案答复展</title>')
    expect(html).not.toContain('B129')
    // No share picture rather than B129's lobby.
    expect(html).not.toContain('og:image')
    const manifest = readdirSync(out).find((name) => name.endsWith('.webmanifest'))
    const written = JSON.parse(readFileSync(join(out, manifest!), 'utf8'))
    expect(written.name).toBe('第B130号提案答复展')
    expect(written.short_name).toBe('B130答复展')
    const page = await open('#/', { viewport: { width: 1280, height: 800 } })
    expect(await page.title()).toBe('第B130号提案答复展')
    await expect.poll(() => page.locator('.hud__pavilion').textContent()).toBe('第B130号提案答复展')
    expect(await page.getByRole('button', { name: 'English' }).count()).toBe(0)
  })

  for (const [name, viewport, minPx] of [
    ['16:9', { width: 1920, height: 1080 }, 18],
    ['phone', { width: 390, height: 844 }, 12],
  ] as const)
    it(`shows all six halls from the spawn point, whole and legible (${name})`, async () => {
      const page = await open('#/', { viewport })
      await textReady(page)
      const shown = await page.evaluate(
        () => window.exhibitionLandmarks?.() ?? ([] as LandmarkOnScreen[]),
      )
      for (let hall = 1; hall <= 6; hall++)
        for (const mark of [`hall-${hall}`, `hall-${hall}-topic`]) {
          const found = shown.find((m) => m.name === mark)
          expect(found, mark).toBeDefined()
          expect(found!.inFront, mark).toBe(true)
          expect(found!.left, mark).toBeGreaterThanOrEqual(0)
          expect(found!.right, mark).toBeLessThanOrEqual(viewport.width)
          expect(found!.top, mark).toBeGreaterThanOrEqual(0)
          expect(found!.bottom, mark).toBeLessThanOrEqual(viewport.height)
          expect(found!.textPx, mark).toBeGreaterThanOrEqual(minPx)
        }
    })

  it('opens each of its exhibits by URL', async () => {
    const page = await open('#/hall/6/exhibit/4', { viewport: { width: 1280, height: 800 } })
    const last = page.locator('[role="dialog"][data-measure="r6m4"]')
    await last.waitFor()
    expect(await last.textContent()).toContain('打造数字文创特色产业链')
    const counts = [3, 2, 4, 3, 2, 4]
    for (const [i, count] of counts.entries())
      for (let exhibit = 1; exhibit <= count; exhibit++) {
        const hash = `#/hall/${i + 1}/exhibit/${exhibit}`
        await page.evaluate((h) => (window.location.hash = h), hash)
        const dialog = page.locator(`[role="dialog"][data-measure="r${i + 1}m${exhibit}"]`)
        await dialog.waitFor()
        expect(await dialog.locator('.exhibit-dialog__text').textContent(), hash).not.toBe('')
      }
  })

  it('stops on a malformed reply with every problem as file:line, writing nothing', () => {
    // What a previous build left: it must still be there, as it was, after a failed one.
    const kept = join(work, 'kept')
    const marker = join(kept, 'index.html')
    mkdirSync(kept)
    writeFileSync(marker, 'the build before')
    for (const [file, line] of [
      ['tests/fixtures/malformed/no-recommendations.txt', 20],
      ['tests/fixtures/malformed/no-title.txt', 11],
    ] as const) {
      const run = viteBuild('--reply', file, '--outDir', kept, '--emptyOutDir')
      expect(run.status).not.toBe(0)
      expect(run.output).toContain(`${file}:${line}: expected`)
      expect(readFileSync(marker, 'utf8')).toBe('the build before')
    }
  })
})
