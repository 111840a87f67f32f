import type { VisitorEvent } from './visitorMachine'

type VisitorEventListener = (event: VisitorEvent) => void

const listeners = new Set<VisitorEventListener>()

/** Hears what the visitor machine reports (arrived, interrupted, entered a room); returns the way to stop. */
export function onVisitorEvent(listener: VisitorEventListener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * Hands a frame's events on after the frame, never inside it: listeners write the store, and the
 * store must not be written from the frame loop.
 */
export function emitVisitorEvents(events: readonly VisitorEvent[]): void {
  if (events.length === 0) return
  queueMicrotask(() => {
    for (const event of events) for (const listener of listeners) listener(event)
  })
}
