/**
 * A kiosk's idle timer as a pure machine: visitors use it; left alone for the idle time it counts
 * down (or, already at a fresh start, goes straight to the attract loop); at the end of the
 * countdown it resets and attracts. Any input cancels a countdown or hands the attract tour over.
 */
export type KioskPhase = 'visiting' | 'countdown' | 'attract'

export interface IdleState {
  phase: KioskPhase
  lastInputAt: number
  /** When the countdown ends, ms; null outside it. */
  countdownEndsAt: number | null
}

/** About ten seconds of "returning to the start", with a button to stay. */
export const COUNTDOWN_MS = 10_000
export const DEFAULT_IDLE_SECONDS = 90

export type IdleEffect = 'none' | 'countdown' | 'reset' | 'attract' | 'cancelCountdown' | 'handOver'

export function createIdleState(now: number): IdleState {
  return { phase: 'visiting', lastInputAt: now, countdownEndsAt: null }
}

/** Input from any device: a countdown is cancelled, an attract tour handed over, the clock restarts. */
export function idleInput(state: IdleState, now: number): { state: IdleState; effect: IdleEffect } {
  const effect: IdleEffect =
    state.phase === 'countdown'
      ? 'cancelCountdown'
      : state.phase === 'attract'
        ? 'handOver'
        : 'none'
  return { state: { phase: 'visiting', lastInputAt: now, countdownEndsAt: null }, effect }
}

/** When the timer must next be looked at (ms), or null while the attract loop plays. */
export function idleDeadline(state: IdleState, idleMs: number): number | null {
  if (state.phase === 'visiting') return state.lastInputAt + idleMs
  if (state.phase === 'countdown') return state.countdownEndsAt
  return null
}

export interface IdleContext {
  idleMs: number
  /** The visit is already as a reset would leave it: nothing to count down to. */
  fresh: boolean
  /** A visitor's own tour is playing: watching it is not being idle. */
  watching: boolean
}

/** Moves the timer on to `now`. */
export function idleTick(
  state: IdleState,
  now: number,
  context: IdleContext,
): { state: IdleState; effect: IdleEffect } {
  if (state.phase === 'visiting') {
    if (now - state.lastInputAt < context.idleMs) return { state, effect: 'none' }
    if (context.watching) return { state: { ...state, lastInputAt: now }, effect: 'none' }
    if (context.fresh)
      return {
        state: { phase: 'attract', lastInputAt: state.lastInputAt, countdownEndsAt: null },
        effect: 'attract',
      }
    return {
      state: { ...state, phase: 'countdown', countdownEndsAt: now + COUNTDOWN_MS },
      effect: 'countdown',
    }
  }
  if (state.phase === 'countdown' && state.countdownEndsAt !== null && now >= state.countdownEndsAt)
    return {
      state: { phase: 'attract', lastInputAt: state.lastInputAt, countdownEndsAt: null },
      effect: 'reset',
    }
  return { state, effect: 'none' }
}

/** The attract tour stopped by itself (ended, or a link was followed): the visit starts over. */
export function attractStopped(state: IdleState, now: number): IdleState {
  return state.phase === 'attract'
    ? { phase: 'visiting', lastInputAt: now, countdownEndsAt: null }
    : state
}
