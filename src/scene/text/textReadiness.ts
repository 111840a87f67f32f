import { wakeScene } from '../../controls/wakeScene'

// Tracks scene text still being laid out, so that the page can say when everything is legible
// (`data-scene-text="ready"` on <html>): screenshots and automation wait for it. A label counts
// from the moment it mounts, even while its font is still loading, until its text is laid out.

/** One label of the scene and the text it shows. */
export interface SceneText {
  text: string
}

const pending = new Set<SceneText>()
const live = new Set<SceneText>()

/** Every text the scene shows now, mounted whether or not its room is in view. */
export function sceneTexts(): string[] {
  // A text batch waiting for the engine registers without text of its own.
  return [...live].map((label) => label.text).filter((text) => text !== '')
}

declare global {
  interface Window {
    /** For automation and kiosk checks: the scene's texts, which the canvas alone does not expose. */
    exhibitionSceneTexts?: () => string[]
  }
}
if (typeof window !== 'undefined') window.exhibitionSceneTexts = sceneTexts

/**
 * Says `pending` at once and `ready` only once a frame with the laid-out text has been drawn: a
 * click or a screenshot that waits for `ready` then meets the text where it is drawn (a mesh's
 * place is only computed when it is first rendered).
 */
function publish(): void {
  const root = document.documentElement
  if (pending.size > 0) {
    root.dataset.sceneText = 'pending'
    return
  }
  // The frame asked for here runs in the next animation frame, before this callback's own.
  wakeScene()
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (pending.size > 0) return
      // The first time: the moment the pavilion became legible, for the benchmark.
      if (performance.getEntriesByName('exhibition-text-ready').length === 0)
        performance.mark('exhibition-text-ready')
      root.dataset.sceneText = 'ready'
    }),
  )
}

/** A label mounted, or changed its text: it is pending until laid out. */
export function textStarted(label: SceneText): void {
  live.add(label)
  pending.add(label)
  publish()
}

export function textSettled(label: SceneText): void {
  pending.delete(label)
  publish()
}

export function textGone(label: SceneText): void {
  live.delete(label)
  pending.delete(label)
  publish()
}

const missing = new Set<string>()

/** Characters some label asked for that the glyph atlas lacks (drawn as gaps). */
export function textMissing(characters: readonly string[]): void {
  for (const character of characters) missing.add(character)
}

declare global {
  interface Window {
    /** For tests: characters the scene could not draw, which should be none. */
    exhibitionMissingGlyphs?: () => string[]
  }
}
if (typeof window !== 'undefined') window.exhibitionMissingGlyphs = () => [...missing]
