import { translate, type Language, type UiKey } from '../i18n'
import { BUILT_NAME } from '../exhibition/built'

// The loading screen is in index.html, shown from the first byte; this moves its bar along the
// steps the page really goes through, each read from a signal the app already gives:
//   code   this module runs (the first chunk has loaded and started)
//   scene  the scene's first frame is drawn (`data-scene-drawn`)
//   font   the glyph atlas has arrived (a resource timing entry)
//   text   every label is laid out and drawn (`data-scene-text="ready"`): the screen fades.
// Where the text view takes the scene's place (no WebGL, a failed scene) the screen goes as the
// text view appears; if the scene's text cannot be had (`data-scene-font="failed"`), it says so
// and links the text view, and stays until the visitor goes on.

export type LoadingStep = 'code' | 'scene' | 'font' | 'text'
const PROGRESS: Record<LoadingStep, number> = { code: 20, scene: 55, font: 80, text: 100 }
const ATLAS = /exhibition-glyphs[^/]*\.bin/

/** The progress after the steps reached so far: the furthest step's share, in percent. */
export function loadingProgress(reached: ReadonlySet<LoadingStep>): number {
  return Math.max(5, ...[...reached].map((step) => PROGRESS[step]))
}

/** What the screen says comes next, once `reached` are done. */
export function nextStepLabel(reached: ReadonlySet<LoadingStep>): UiKey {
  if (reached.has('scene') && reached.has('font')) return 'loadingText'
  if (reached.has('scene')) return 'loadingFont'
  return reached.has('code') ? 'loadingScene' : 'loadingCode'
}

/** Starts following the page's loading; returns the call that stops (and removes the screen). */
export function watchLoading(language: Language): () => void {
  const screen = document.getElementById('loading')
  const bar = screen?.querySelector<HTMLElement>('[role="progressbar"]')
  const fill = screen?.querySelector<HTMLElement>('.loading__fill')
  const label = screen?.querySelector<HTMLElement>('.loading__step')
  if (!screen || !bar || !fill || !label) return () => {}
  const root = document.documentElement
  const reached = new Set<LoadingStep>()
  bar.setAttribute('aria-label', translate(language, 'loadingProgress'))
  // The exhibition's name in the visitor's language; the reply's title stays as published (the
  // HTML marks it Chinese).
  const name = screen.querySelector<HTMLElement>('.loading__name')
  if (name) name.textContent = BUILT_NAME[language]
  label.textContent = translate(language, 'loadingCode')
  const late = screen.querySelector<HTMLElement>('.loading__late')
  if (late) late.textContent = translate(language, 'loadingLate')
  root.dataset.loading = 'loading'

  let finished = false
  const finish = () => {
    if (finished) return
    finished = true
    attributes.disconnect()
    additions.disconnect()
    resources?.disconnect()
    root.dataset.loading = 'done'
    screen.classList.add('loading--done')
    // Gone once faded; at once when motion is reduced (no transition then).
    window.setTimeout(() => screen.remove(), 700)
  }
  const reach = (step: LoadingStep) => {
    if (finished || reached.has(step)) return
    reached.add(step)
    const value = loadingProgress(reached)
    bar.setAttribute('aria-valuenow', String(value))
    fill.style.width = `${value}%`
    label.textContent = translate(language, nextStepLabel(reached))
    // Text "ready" without its font is no text: the failure stays on screen until dismissed.
    if (step === 'text' && root.dataset.sceneFont !== 'failed') finish()
  }
  const fail = (what: UiKey) => {
    if (finished || screen.classList.contains('loading--failed')) return
    screen.classList.add('loading--failed')
    root.dataset.loading = 'failed'
    const failure = document.createElement('p')
    failure.className = 'loading__failure'
    failure.setAttribute('role', 'alert')
    const link = document.createElement('a')
    link.href = '#/text'
    link.textContent = translate(language, 'loadingReadText')
    const go = document.createElement('button')
    go.type = 'button'
    go.textContent = translate(language, 'loadingContinue')
    go.addEventListener('click', finish)
    failure.append(`${translate(language, what)} `, link, go)
    screen.append(failure)
  }

  const check = () => {
    if (root.dataset.sceneFont === 'failed') fail('loadingFailedFont')
    if (root.dataset.sceneDrawn === 'true') reach('scene')
    if (root.dataset.sceneText === 'ready') reach('text')
  }
  const attributes = new MutationObserver(check)
  attributes.observe(root, {
    attributes: true,
    attributeFilter: ['data-scene-drawn', 'data-scene-text', 'data-scene-font'],
  })
  // The text view in the scene's place.
  const additions = new MutationObserver(() => {
    if (document.querySelector('.text-view')) finish()
  })
  additions.observe(document.body, { childList: true, subtree: true })
  const sawAtlas = (entries: readonly PerformanceEntry[]) => {
    if (entries.some((entry) => ATLAS.test(entry.name))) reach('font')
  }
  let resources: PerformanceObserver | undefined
  if (typeof PerformanceObserver !== 'undefined') {
    resources = new PerformanceObserver((list) => sawAtlas(list.getEntries()))
    resources.observe({ type: 'resource', buffered: true })
  }
  reach('code')
  check()
  return finish
}
