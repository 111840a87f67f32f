import type { Language } from '../i18n'

/**
 * The guided tour as a pure machine over plain data: what step it is on, whether it plays, and
 * how long the step has been shown. Time comes in as `now` (ms), so tests need no clock.
 */
export type TourStatus = 'off' | 'playing' | 'paused'

export interface TourState {
  status: TourStatus
  /** 0-based index of the step shown. */
  step: number
  /** Started by a kiosk left alone: it loops for ever and gives way to any input. */
  attract: boolean
  /** When the step began (its move was asked for), ms. */
  stepStartedAt: number
  /** Whether the camera has reached the step. */
  arrived: boolean
  /** Ms the step was shown before the last pause. */
  shown: number
  /** Since when it has been shown without a pause, ms; null while on the way or paused. */
  showingSince: number | null
  /** Whether narration of the step has ended (or there is none). */
  spoken: boolean
}

export const TOUR_OFF: TourState = Object.freeze({
  status: 'off',
  step: 0,
  attract: false,
  stepStartedAt: 0,
  arrived: false,
  shown: 0,
  showingSince: null,
  spoken: true,
}) as TourState

/** Reading time: a base, plus so much per character of the caption, within bounds (ms). */
export const DWELL_BASE_MS = 4000
export const DWELL_PER_CHARACTER_MS: Record<Language, number> = { zh: 180, en: 55 }
export const DWELL_MIN_MS = 6000
export const DWELL_MAX_MS = 25_000
/** How long a step waits past its reading time for narration that has not ended. */
export const SPEECH_GRACE_MS = 8000
/** A move that reports no arrival within this time (a hidden tab draws no frames) counts as arrived. */
export const ARRIVAL_TIMEOUT_MS = 8000

/**
 * How long a step stays once the camera is there: 4 s plus 180 ms a character of Chinese or 55 ms
 * a character of English (about the pace of reading it aloud), at least 6 s, at most 25 s.
 */
export function dwellMs(caption: string, language: Language): number {
  const characters = [...caption.replace(/\s+/g, ' ').trim()].length
  const ms = DWELL_BASE_MS + characters * DWELL_PER_CHARACTER_MS[language]
  return Math.round(Math.min(DWELL_MAX_MS, Math.max(DWELL_MIN_MS, ms)))
}

const clampStep = (step: number, count: number) =>
  Math.max(0, Math.min(count - 1, Math.trunc(step)))

function onStep(state: TourState, step: number, now: number, narrated: boolean): TourState {
  return {
    ...state,
    step,
    stepStartedAt: now,
    arrived: false,
    shown: 0,
    showingSince: null,
    spoken: !narrated,
  }
}

export interface TourStart {
  step: number
  count: number
  attract: boolean
  now: number
  narrated: boolean
}

/** Starts the tour at a step (clamped to the tour), playing. */
export function startTour(start: TourStart): TourState {
  if (start.count <= 0) return TOUR_OFF
  return onStep(
    { ...TOUR_OFF, status: 'playing', attract: start.attract },
    clampStep(start.step, start.count),
    start.now,
    start.narrated,
  )
}

/**
 * Goes to a step. Past the last, an attract tour starts again at the first and a visitor's tour
 * ends; before the first, it stays at the first. A paused tour stays paused: a presenter who
 * paused it drives it by hand, step by step.
 */
export function goToStep(
  state: TourState,
  step: number,
  count: number,
  now: number,
  narrated: boolean,
): TourState {
  if (state.status === 'off' || count <= 0) return state
  if (step >= count && !state.attract) return TOUR_OFF
  const target = step >= count ? 0 : clampStep(step, count)
  return onStep(state, target, now, narrated)
}

export function pauseTour(state: TourState, now: number): TourState {
  if (state.status !== 'playing') return state
  const shown = state.shown + (state.showingSince === null ? 0 : now - state.showingSince)
  return { ...state, status: 'paused', shown, showingSince: null }
}

export function resumeTour(state: TourState, now: number): TourState {
  if (state.status !== 'paused') return state
  return { ...state, status: 'playing', showingSince: state.arrived ? now : null }
}

/** The camera reached the step: its reading time starts now (if the tour plays). */
export function arriveAtStep(state: TourState, now: number): TourState {
  if (state.status === 'off' || state.arrived) return state
  return { ...state, arrived: true, showingSince: state.status === 'playing' ? now : null }
}

/** Narration of the step has ended (or failed). */
export function stepSpoken(state: TourState): TourState {
  return state.status === 'off' || state.spoken ? state : { ...state, spoken: true }
}

/** How long the step has been shown, ms. */
export function shownMs(state: TourState, now: number): number {
  return state.shown + (state.showingSince === null ? 0 : Math.max(0, now - state.showingSince))
}

/**
 * When the playing tour must next be looked at (ms), or null when nothing is due: the arrival
 * fallback while on the way, then the end of the reading time, then the end of the speech grace.
 */
export function nextDeadline(state: TourState, dwell: number, now: number): number | null {
  if (state.status !== 'playing') return null
  if (!state.arrived) return state.stepStartedAt + ARRIVAL_TIMEOUT_MS
  const left = dwell - shownMs(state, now)
  if (left > 0) return now + left
  if (!state.spoken) return now + Math.max(0, dwell + SPEECH_GRACE_MS - shownMs(state, now))
  return now
}

/**
 * Moves time on: a move that never reported its arrival is taken as arrived, and a step whose
 * reading time is over (and whose narration ended, or overran its grace) gives way to the next.
 * Returns whether it advanced, so the host can show the new step.
 */
export function tickTour(
  state: TourState,
  dwell: number,
  count: number,
  now: number,
  narrated: boolean,
): { state: TourState; advanced: boolean } {
  if (state.status !== 'playing') return { state, advanced: false }
  let next = state
  if (!next.arrived && now - next.stepStartedAt >= ARRIVAL_TIMEOUT_MS)
    next = arriveAtStep(next, now)
  if (!next.arrived) return { state: next, advanced: false }
  const shown = shownMs(next, now)
  const done = shown >= dwell && (next.spoken || shown >= dwell + SPEECH_GRACE_MS)
  if (!done) return { state: next, advanced: false }
  return { state: goToStep(next, next.step + 1, count, now, narrated), advanced: true }
}
