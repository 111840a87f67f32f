import { PNG } from 'pngjs'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { planExhibition } from '../../src/plan'
import { hashOfPlace } from '../../src/state/placeHash'
import { b129 } from '../support/b129'
import { screenPoint } from '../support/projection'
import { hashOf, sceneDrawn, visitsFor } from '../support/visits'

const plan = planExhibition(b129())
const VIEWPORT = { width: 1280, height: 800 }
const visit = visitsFor(inject('baseURL'))
const ATLAS = '**/exhibition-glyphs*.bin'

const textReady = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset.sceneText === 'ready', null, {
    timeout: 60_000,
  })

/** Share of pixels that differ by more than a few levels in any channel. */
function difference(a: Buffer, b: Buffer): number {
  const one = PNG.sync.read(a)
  const two = PNG.sync.read(b)
  let differing = 0
  for (let i = 0; i < one.data.length; i += 4) {
    if (
      Math.abs(one.data[i]! - two.data[i]!) > 6 ||
      Math.abs(one.data[i + 1]! - two.data[i + 1]!) > 6 ||
      Math.abs(one.data[i + 2]! - two.data[i + 2]!) > 6
    )
      differing++
  }
  return differing / (one.width * one.height)
}

describe('scene text', () => {
  it('appears whole or not at all: every picture of the header wall while it loads is blank or complete', async () => {
    let release = () => {}
    const released = new Promise<void>((resolve) => (release = resolve))
    // The loading screen covers the scene until its text is ready; it is taken away here so
    // that the labels themselves are seen while the atlas loads.
    const withoutLoadingScreen = () =>
      document.addEventListener('DOMContentLoaded', () =>
        document.getElementById('loading')?.remove(),
      )
    const page = await visit('#/', { viewport: VIEWPORT }, withoutLoadingScreen, async (p) => {
      // The atlas is held back until the wall has been seen without text.
      await p.route(ATLAS, async (route) => {
        await released
        await route.continue()
      })
    })
    await sceneDrawn(page)
    // The wall's face, below the page's header bar.
    const wall = plan.lobby.welcomeBoard
    const corners = [-1, 1].flatMap((sx) =>
      [-1, 1].map((sy) =>
        screenPoint(
          plan.spawn,
          [
            wall.center[0] + (sx * wall.width) / 2,
            wall.center[1] + (sy * wall.height) / 2,
            wall.center[2],
          ],
          VIEWPORT,
        ),
      ),
    )
    const x = Math.max(0, Math.min(...corners.map((c) => c.x)))
    const y = Math.max(110, Math.min(...corners.map((c) => c.y)))
    const clip = {
      x,
      y,
      width: Math.min(VIEWPORT.width, Math.max(...corners.map((c) => c.x))) - x,
      height: Math.min(VIEWPORT.height, Math.max(...corners.map((c) => c.y))) - y,
    }
    expect(clip.width * clip.height).toBeGreaterThan(100_000)
    const blank = await page.screenshot({ clip })
    expect(await page.evaluate(() => document.documentElement.dataset.sceneText)).toBe('pending')
    release()
    const samples: Buffer[] = []
    while ((await page.evaluate(() => document.documentElement.dataset.sceneText)) !== 'ready')
      samples.push(await page.screenshot({ clip }))
    const complete = await page.screenshot({ clip })
    // The wall does show text once ready.
    expect(difference(blank, complete)).toBeGreaterThan(0.01)
    for (const sample of [...samples, await page.screenshot({ clip })]) {
      const nearest = Math.min(difference(sample, blank), difference(sample, complete))
      expect(nearest).toBeLessThan(0.001)
    }
  })

  it('has every character it shows, in every place and in both languages', async () => {
    const page = await visit('#/')
    for (const search of ['', '?lang=en']) {
      if (search) await page.goto(`${inject('baseURL')}${search}#/`)
      for (const place of plan.tour) {
        const hash = hashOfPlace(place)
        await page.evaluate((h) => (window.location.hash = h), hash)
        await expect.poll(() => hashOf(page)).toBe(hash)
        await textReady(page)
      }
      expect(await page.evaluate(() => window.exhibitionSceneTexts?.().length)).toBeGreaterThan(50)
      expect(await page.evaluate(() => window.exhibitionMissingGlyphs?.())).toEqual([])
    }
  })
})
