// Tracks scene text still being laid out, so that the page can say when everything is legible
// (`data-scene-text="ready"` on <html>): screenshots and automation wait for it.
const pending = new Set<object>()
const seen = new WeakSet<object>()
// Text meshes now mounted, so that a page can list what the scene says (`exhibitionSceneTexts()`).
const live = new Set<{ text?: unknown }>()

/** Every text the scene shows now, mounted whether or not its room is in view. */
export function sceneTexts(): string[] {
  return [...live].map((mesh) => String(mesh.text ?? ''))
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

export function textStarted(mesh: { text?: unknown }): void {
  live.add(mesh)
  if (seen.has(mesh)) return
  seen.add(mesh)
  pending.add(mesh)
  publish()
}

export function textSettled(mesh: object): void {
  pending.delete(mesh)
  publish()
}

export function textGone(mesh: object): void {
  live.delete(mesh)
  pending.delete(mesh)
  publish()
}
