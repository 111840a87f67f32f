import type { Page } from 'playwright-core'
import { SCENE_RETRY_MS } from '../../src/ui/SceneBoundary'
import { KIOSK_NOTICE_MS } from '../../src/ui/NoticeBanner'
import { CURSOR_HIDE_MS } from '../../src/ui/useKioskHardening'
import { COUNTDOWN_MS } from '../../src/tour/idleTimer'
import { describe, expect, inject, it } from 'vitest'
import { planExhibition } from '../../src/plan'
import { narrationText } from '../../src/tour/narration'
import { captionOf, tourStepsOf } from '../../src/tour/tourSteps'
import { b129, b129English, B129_SIDE } from '../support/b129'
import { decodeQrFromPng } from '../support/qr'
import { allowErrors, drawn, hashOf, sceneDrawn, visitsFor } from '../support/visits'

const model = b129()
const plan = planExhibition(model)
const steps = tourStepsOf(plan, model)
const visitPage = visitsFor(inject('baseURL'))

const visit = drawn(visitPage)

const tourStep = (page: Page) =>
  page.evaluate(
    () => document.querySelector<HTMLElement>('.tour-caption')?.dataset.tourStep ?? null,
  )
const kioskPhase = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset.kiosk ?? null)
const waitForHash = (page: Page, hash: string, timeout = 60_000) =>
  page.waitForFunction((wanted) => window.location.hash === wanted, hash, { timeout })
/** A page clock that runs in real time until a test moves it on (`page.clock.fastForward`). */
const runningClock = async (page: Page) => {
  await page.clock.install()
  await page.clock.resume()
}
const waitForKiosk = (page: Page, phase: string, timeout = 60_000) =>
  page.waitForFunction((wanted) => document.documentElement.dataset.kiosk === wanted, phase, {
    timeout,
  })

describe('the presenter', () => {
  it('steps the tour with PageDown, Space, → and back with PageUp, ←; Home, B and Esc', async () => {
    const page = await visit('#/hall/2')
    await page.keyboard.press('PageDown')
    await waitForHash(page, '#/tour/1')
    expect(await page.locator('.tour-caption').getByRole('heading').textContent()).toBe(
      captionOf(steps[0]!, { document: model, plan, name: B129_SIDE.name }, 'zh').title,
    )
    expect(await page.locator('.tour-caption__progress').textContent()).toContain(
      `1 / ${steps.length}`,
    )
    // Paused, the tour waits for the presenter's clicks, however slow the machine.
    await page.locator('.tour-caption').getByRole('button', { name: '暂停' }).click()
    await expect
      .poll(() => page.locator('.tour-caption').getAttribute('data-tour-status'))
      .toBe('paused')
    // A clicker sends keys to the page, not to the button that was clicked.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    for (const [key, hash] of [
      ['PageDown', '#/tour/2'],
      ['Space', '#/tour/3'],
      ['ArrowRight', '#/tour/4'],
      ['PageUp', '#/tour/3'],
      ['ArrowRight', '#/tour/4'],
    ] as const) {
      await page.keyboard.press(key)
      await waitForHash(page, hash)
    }
    // Step 4 is exhibit 1.1: its dialog is open, and Space inside it still steps the tour.
    await page.getByRole('dialog', { name: model.recommendations[0]!.measures[0]!.title }).waitFor()
    await page.keyboard.press('Space')
    await waitForHash(page, '#/tour/5')
    await page.keyboard.press('ArrowLeft')
    await waitForHash(page, '#/tour/4')
    await page.keyboard.press('Home')
    await waitForHash(page, '#/tour/1')
    expect(await tourStep(page)).toBe('1')

    await page.keyboard.press('KeyB')
    await page.locator('[data-blanked]').waitFor()
    const cover = await page.evaluate(() => {
      const at = document.elementFromPoint(innerWidth / 2, innerHeight / 2) as HTMLElement | null
      return { blanked: at?.dataset.blanked, colour: at && getComputedStyle(at).backgroundColor }
    })
    expect(cover).toEqual({ blanked: 'true', colour: 'rgb(0, 0, 0)' })
    await page.keyboard.press('Period')
    await page.locator('[data-blanked]').waitFor({ state: 'detached' })
    expect(await hashOf(page)).toBe('#/tour/1')

    // Esc leaves the tour, back to where the visitor stood before it.
    await page.keyboard.press('Escape')
    await waitForHash(page, '#/hall/2')
    expect(await page.locator('.tour-caption').count()).toBe(0)
  })

  it('opens #/tour/N as that step, and the Tour button starts and ends it', async () => {
    const page = await visit('#/tour/7')
    expect(await tourStep(page)).toBe('7')
    expect(await page.locator('.hud__trail').textContent()).toContain('第二展厅')
    await page.locator('.tour-caption').getByRole('button', { name: '结束导览' }).click()
    await expect.poll(() => page.locator('.tour-caption').count()).toBe(0)
    expect(await hashOf(page)).not.toMatch(/^#\/tour/)
    await page.locator('.hud').getByRole('button', { name: '导览' }).click()
    await waitForHash(page, '#/tour/1')
  })
})

describe('narration', () => {
  /** A speech synthesis with one Chinese and one English voice, that records what it is asked to say. */
  function fakeSpeech() {
    const voices = [
      { lang: 'zh-CN', name: 'Chinese voice', default: false, localService: true, voiceURI: 'zh' },
      { lang: 'en-US', name: 'English voice', default: true, localService: true, voiceURI: 'en' },
    ]
    const spoken: { text: string; lang: string; voice: string | null }[] = []
    class Utterance {
      text: string
      lang = ''
      voice: { name: string } | null = null
      onend: (() => void) | null = null
      onerror: (() => void) | null = null
      constructor(text: string) {
        this.text = text
      }
    }
    const synthesis = {
      getVoices: () => voices,
      speak(utterance: Utterance) {
        spoken.push({
          text: utterance.text,
          lang: utterance.lang,
          voice: utterance.voice?.name ?? null,
        })
        setTimeout(() => utterance.onend?.(), 50)
      },
      cancel() {},
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
    }
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true })
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: Utterance,
      configurable: true,
    })
    Object.defineProperty(window, 'spokenCaptions', { value: spoken, configurable: true })
  }
  const spoken = (page: Page) =>
    page.evaluate(
      () =>
        (window as unknown as { spokenCaptions: { text: string; lang: string; voice: string }[] })
          .spokenCaptions,
    )

  it.each([
    ['zh', '#/', 'zh-CN', 'Chinese voice'],
    ['en', '?lang=en#/', 'en-US', 'English voice'],
  ] as const)(
    'speaks each step’s caption in the page’s language (%s)',
    async (language, hash, lang, voice) => {
      const page = await visit(hash, {}, fakeSpeech)
      const document = language === 'en' ? b129English() : model
      await page.keyboard.press('KeyT')
      await waitForHash(page, '#/tour/1')
      await page.keyboard.press('PageDown')
      await waitForHash(page, '#/tour/2')
      await page.keyboard.press('PageDown')
      await waitForHash(page, '#/tour/3')
      await expect.poll(async () => (await spoken(page)).length).toBeGreaterThanOrEqual(3)
      const expected = steps.slice(0, 3).map((step) => {
        const caption = captionOf(step, { document, plan, name: B129_SIDE.name }, language)
        return { text: narrationText(caption.title, caption.sentence, language), lang, voice }
      })
      expect((await spoken(page)).slice(0, 3)).toEqual(expected)
      // The switch is on and enabled where there is a voice.
      const toggle = page.locator('.tour-caption').getByRole('button', { pressed: true }).last()
      expect(await toggle.isEnabled()).toBe(true)
    },
  )

  it('says so, and disables its switch, where the device has no voice', async () => {
    const page = await visit('#/', {}, () => {
      Object.defineProperty(window, 'speechSynthesis', {
        value: {
          getVoices: () => [],
          speak() {},
          cancel() {},
          pause() {},
          resume() {},
          addEventListener() {},
          removeEventListener() {},
        },
        configurable: true,
      })
    })
    await page.keyboard.press('KeyT')
    const toggle = page
      .locator('.tour-caption')
      .getByRole('button', { name: '本设备没有可用的朗读语音' })
    await toggle.waitFor()
    expect(await toggle.isDisabled()).toBe(true)
  })
})

describe('a kiosk left alone', () => {
  it('counts down, resets to a fresh lobby, plays the tour by itself and hands over at a key', async () => {
    // ?pace=4: the tour's steps last a quarter of their time, so three of them pass sooner. The
    // page's clock runs in real time, and is moved on over the idle time and the countdown.
    const page = await visit(
      '?kiosk&idle=10&pace=4#/hall/1/exhibit/2',
      { viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' },
      undefined,
      runningClock,
    )
    expect(await kioskPhase(page)).toBe('visiting')
    // A visitor leaves it in English, with help open and motion reduced by hand.
    await page.keyboard.press('KeyH')
    await page.getByRole('dialog', { name: '操作帮助' }).waitFor()
    await page.keyboard.press('Escape')
    await page.locator('.hud').getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
    await page.keyboard.press('KeyH')

    // Halfway through the idle time (10 s) it is still a visit; at its end the countdown starts.
    await page.clock.fastForward(5_000)
    expect(await kioskPhase(page)).toBe('visiting')
    await page.clock.fastForward(5_000)
    await waitForKiosk(page, 'countdown')
    await page.getByRole('alertdialog', { name: 'Returning to the start' }).waitFor()
    await page.clock.fastForward(COUNTDOWN_MS / 2)
    expect(await kioskPhase(page)).toBe('countdown')
    await page.clock.fastForward(COUNTDOWN_MS / 2)
    await waitForKiosk(page, 'attract')
    // A fresh visit: the lobby, Chinese, every panel closed, progress forgotten; the tour plays.
    await waitForHash(page, '#/tour/1')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
    expect(await page.getByRole('dialog').count()).toBe(0)
    expect(await page.locator('.countdown').count()).toBe(0)
    expect(await page.locator('.tour-caption').getAttribute('data-tour-attract')).toBe('true')

    // By itself it moves through the lobby, hall 1 and exhibit 1.1.
    await waitForHash(page, '#/tour/4', 90_000)
    await page.getByRole('dialog', { name: model.recommendations[0]!.measures[0]!.title }).waitFor()
    await page.keyboard.press('ShiftLeft')
    await waitForKiosk(page, 'visiting')
    expect(await page.locator('.tour-caption').count()).toBe(0)
    // Handed over where the tour was: the exhibit stays open.
    await waitForHash(page, '#/hall/1/exhibit/1')
  })

  it('is hardened: no context menu, no drop, no link out, no zoom; the cursor hides when still; full screen at the first touch', async () => {
    const page = await visit(
      '?kiosk#/',
      {},
      () => {
        // Headless Chromium has no screen to fill: the request itself is what is checked.
        const asked: string[] = []
        Object.defineProperty(window, 'fullscreenRequests', { value: asked })
        Element.prototype.requestFullscreen = function () {
          asked.push(this.tagName)
          return Promise.resolve()
        }
      },
      runningClock,
    )
    await page.waitForFunction(() => document.documentElement.classList.contains('kiosk'))
    const prevented = await page.evaluate(() => {
      const fire = (event: Event) => {
        document.querySelector('.hud')?.dispatchEvent(event)
        return event.defaultPrevented
      }
      const link = document.createElement('a')
      link.href = 'https://example.com/'
      link.textContent = 'out'
      document.body.append(link)
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
      link.dispatchEvent(click)
      link.remove()
      return {
        contextmenu: fire(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })),
        drop: fire(new DragEvent('drop', { bubbles: true, cancelable: true })),
        linkOut: click.defaultPrevented,
        zoom: fire(
          new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true, deltaY: -100 }),
        ),
      }
    })
    expect(prevented).toEqual({ contextmenu: true, drop: true, linkOut: true, zoom: true })
    const fullscreenRequests = () =>
      page.evaluate(
        () => (window as unknown as { fullscreenRequests: string[] }).fullscreenRequests,
      )
    expect(await fullscreenRequests()).toEqual([])
    await page.mouse.click(200, 300)
    expect(await fullscreenRequests()).toEqual(['HTML'])
    await page.mouse.move(220, 320)
    const cursorHidden = () =>
      page.evaluate(() => document.documentElement.classList.contains('cursor-hidden'))
    expect(await cursorHidden()).toBe(false)
    // Still for half the time the cursor waits, it shows; then it hides.
    await page.clock.fastForward(CURSOR_HIDE_MS / 2)
    expect(await cursorHidden()).toBe(false)
    await page.clock.fastForward(CURSOR_HIDE_MS / 2)
    await page.waitForFunction(() => document.documentElement.classList.contains('cursor-hidden'))
  })
})

describe('a kiosk’s notices', () => {
  it('go by themselves after 10 s, and never repeat the address', async () => {
    const page = await visit('?kiosk&lang=xx-forged#/', {}, undefined, runningClock)
    const notice = page.locator('[data-notice="noticeUnknownLanguage"]')
    await notice.waitFor()
    expect(await notice.textContent()).not.toContain('forged')
    // The page's clock moved on: halfway through the notice's time it is still there.
    await page.clock.fastForward(KIOSK_NOTICE_MS / 2)
    expect(await notice.count()).toBe(1)
    await page.clock.fastForward(KIOSK_NOTICE_MS / 2)
    await notice.waitFor({ state: 'detached' })
  })
})

describe('continue on your phone', () => {
  it('shows a QR code of the place that decodes to its URL, at least 160 px, beside an exhibit and in the lobby', async () => {
    const page = await visit('?kiosk&share=https://expo.example.org/b129/#/hall/2/exhibit/1', {
      viewport: { width: 1920, height: 1080 },
    })
    const code = page.locator('.share-qr__code')
    // The code is read off a screenshot: nothing may lie over it, not even the loading screen
    // fading out (it leaves the page once faded).
    await page.locator('#loading').waitFor({ state: 'detached', timeout: 60_000 })
    const decoded = async (link: string) => {
      await page.locator(`.share-qr[data-share-link="${link}"]`).waitFor()
      const box = await code.boundingBox()
      expect(box?.width ?? 0).toBeGreaterThanOrEqual(160)
      return decodeQrFromPng(await code.screenshot())
    }
    const base = 'https://expo.example.org/b129/'
    expect(await decoded(`${base}#/hall/2/exhibit/1`)).toBe(`${base}#/hall/2/exhibit/1`)
    await page.evaluate(() => (window.location.hash = '#/'))
    expect(await decoded(`${base}#/`)).toBe(`${base}#/`)
    await page.locator('.hud').getByRole('button', { name: 'English' }).click()
    expect(await decoded(`${base}?lang=en#/`)).toBe(`${base}?lang=en#/`)
    // A hall has no card: the code is offered where there is something to read.
    await page.evaluate(() => (window.location.hash = '#/hall/1'))
    await page.locator('.share-qr').waitFor({ state: 'detached' })
  })

  it('shows none outside kiosk mode, and keeps count of the exhibits visited this session', async () => {
    const page = await visit('?share=https://expo.example.org/#/hall/2/exhibit/1')
    expect(await page.locator('.share-qr').count()).toBe(0)
    await page.locator('.hud__visited[data-visited="1"]').waitFor()
    await page.evaluate(() => (window.location.hash = '#/hall/3/exhibit/2'))
    await page.locator('.hud__visited[data-visited="2"]').waitFor()
    expect(await page.locator('.hud__visited').textContent()).toBe('已参观 2 / 9')
    await page.reload()
    await page.locator('.hud__visited[data-visited="2"]').waitFor()
  })
})

describe('nothing blanks the screen', () => {
  it('shows the text view with a notice when the scene throws', async () => {
    const page = await visit('?faults#/hall/2')
    allowErrors(page, /Scene fault injected by a test/)
    await page.evaluate(() =>
      (window as unknown as { exhibitionFaults: { scene(): void } }).exhibitionFaults.scene(),
    )
    await page.locator('.text-view').waitFor()
    await page.locator('[data-notice="noticeSceneFailed"]').waitFor()
    expect(await page.locator('canvas').count()).toBe(0)
    expect(await page.locator('.text-view h1').textContent()).toBe(model.meta.title.text)
  })

  it('tries the scene again after 30 s in kiosk mode', async () => {
    // A page clock the test can move on; it runs in real time until then.
    const page = await visit('?kiosk&faults#/hall/2', {}, undefined, runningClock)
    allowErrors(page, /Scene fault injected by a test/)
    await page.evaluate(() =>
      (window as unknown as { exhibitionFaults: { scene(): void } }).exhibitionFaults.scene(),
    )
    await page.locator('.text-view').waitFor()
    await page.locator('[data-notice="noticeSceneRetry"]').waitFor()
    // The page's clock is moved on by the 30 s the kiosk waits, instead of waiting them: a
    // second short of them, the text view is still there.
    await page.clock.fastForward(SCENE_RETRY_MS - 1000)
    expect(
      await page.evaluate(() => document.documentElement.dataset.sceneFailed !== undefined),
    ).toBe(true)
    await page.clock.fastForward(1000)
    await page.waitForFunction(
      () => document.documentElement.dataset.sceneFailed === undefined,
      null,
      {
        timeout: 90_000,
      },
    )
    await page.locator('canvas').waitFor()
    expect(await page.locator('.text-view').count()).toBe(0)
    expect(await hashOf(page)).toBe('#/hall/2')
  })

  it('starts ?lang=en in Chinese with a notice when the English text cannot be had', async () => {
    const page = await visitPage('?lang=en#/hall/1', {}, () => {
      // The one reload a failed chunk earns has already been spent.
      sessionStorage.setItem('exhibition-chunk-reload', String(Date.now()))
    })
    allowErrors(
      page,
      /Failed to load resource|builtEnglish|English text|chunk|dynamically imported module/,
    )
    await page.context().route(/builtEnglish-[^/]*\.js$/, (route) => route.abort('failed'))
    await page.reload()
    await sceneDrawn(page)
    await page.locator('[data-notice="noticeEnglishFailed"]').waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
    expect(await page.locator('.hud__trail').textContent()).toBe('序厅 › 第一展厅')
  })

  it('gives a notice, not a blank page, when a chunk cannot be loaded, and loads it on the next try', async () => {
    const page = await visit('#/hall/2')
    allowErrors(
      page,
      /Failed to load resource|builtEnglish|English text|chunk|dynamically imported module/,
    )
    await page.context().route(/builtEnglish-[^/]*\.js$/, (route) => route.abort('failed'))
    const english = page.locator('.hud').getByRole('button', { name: 'English' })
    // The first failure reloads the page once (a deployment may have replaced the chunk) …
    const reloaded = page.waitForEvent('load')
    await english.click()
    await reloaded
    await sceneDrawn(page)
    expect(
      await page.evaluate(() => sessionStorage.getItem('exhibition-chunk-reload')),
    ).not.toBeNull()
    await english.click()
    // … the second, a moment later, is told to the visitor; the exhibition stays as it was.
    await page.locator('[data-notice="noticeEnglishFailed"]').waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
    expect(await page.locator('canvas').count()).toBe(1)
    expect(await hashOf(page)).toBe('#/hall/2')
    await page.context().unroute(/builtEnglish-[^/]*\.js$/)
    await english.click()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
  })
})
