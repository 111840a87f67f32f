type ActivityListener = () => void

const listeners = new Set<ActivityListener>()

/** Hears every sign of a visitor at the controls (a kiosk's idle timer); returns the way to stop. */
export function onActivity(listener: ActivityListener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Input from a device that gives the page no DOM event: a gamepad's buttons and sticks. */
export function reportActivity(): void {
  for (const listener of listeners) listener()
}
