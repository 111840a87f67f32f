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

function publish(): void {
  document.documentElement.dataset.sceneText = pending.size === 0 ? 'ready' : 'pending'
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
