// Tracks scene text still being laid out, so that the page can say when everything is legible
// (`data-scene-text="ready"` on <html>): screenshots and automation wait for it.
const pending = new Set<object>()
const seen = new WeakSet<object>()

function publish(): void {
  document.documentElement.dataset.sceneText = pending.size === 0 ? 'ready' : 'pending'
}

export function textStarted(mesh: object): void {
  if (seen.has(mesh)) return
  seen.add(mesh)
  pending.add(mesh)
  publish()
}

export function textSettled(mesh: object): void {
  pending.delete(mesh)
  publish()
}
