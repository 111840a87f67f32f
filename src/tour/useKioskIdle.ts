import { useEffect } from 'react'
import { onActivity } from '../controls/activity'
import { releaseAll, visitorInput } from '../controls/visitorInput'
import { applyPendingUpdate, updateWaiting } from '../serviceWorker'
import { readQuery } from '../state/query'
import { useExhibition, type ExhibitionState } from '../state/store'
import { DEFAULT_IDLE_SECONDS } from './idleTimer'
import { KioskClock } from './kioskClock'

/** Every kind of input a visitor can give; wheel and touch included, mouse movement too. */
const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const

const systemReducedMotion = () =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false

/** Whether the visit is as a reset would leave it, so that the attract loop may start at once. */
export function isFreshVisit(
  state: ExhibitionState,
  defaultLanguage: ExhibitionState['language'],
): boolean {
  return (
    state.place.kind === 'lobby' &&
    !state.textView &&
    !state.helpOpen &&
    !state.blanked &&
    state.tour.status === 'off' &&
    state.visited.length === 0 &&
    state.language === defaultLanguage &&
    state.reducedMotion === systemReducedMotion() &&
    visitorInput.zoom === 1
  )
}

/**
 * A kiosk left alone: after `?idle` seconds (90 by default) a countdown, then a fresh visit, and
 * the tour playing by itself in a loop until someone touches the screen. A new version of the
 * exhibition waiting to be applied is applied at that reset, never in the middle of a visit.
 */
export function useKioskIdle(): void {
  useEffect(() => {
    const { kiosk, idleSeconds } = useExhibition.getState()
    if (!kiosk) return
    const defaultLanguage = readQuery(window.location.search).language
    const store = () => useExhibition.getState()
    const clock = new KioskClock({
      idleMs: (idleSeconds ?? DEFAULT_IDLE_SECONDS) * 1000,
      isFresh: () => isFreshVisit(store(), defaultLanguage),
      isWatching: () => store().tour.status === 'playing' && !store().tour.attract,
      startCountdown: (endsAt) => store().startCountdown(endsAt),
      cancelCountdown: () => store().cancelCountdown(),
      reset: () => {
        // A new version goes live here, between visitors: the reload is the fresh visit.
        if (updateWaiting()) {
          store().resetVisit()
          return !applyPendingUpdate('#/')
        }
        releaseAll(visitorInput)
        visitorInput.zoom = 1
        store().resetVisit()
        return true
      },
      startAttract: () => store().beginTour({ attract: true }),
      handOver: () => store().handOverTour(),
      phaseChanged: (phase) => {
        document.documentElement.dataset.kiosk = phase
      },
    })
    let pointer = { x: NaN, y: NaN }
    const onInput = (event: Event) => {
      if (event instanceof PointerEvent && event.type === 'pointermove') {
        // Layout changing under a still mouse sends moves to the same spot: not a visitor.
        if (event.clientX === pointer.x && event.clientY === pointer.y) return
        pointer = { x: event.clientX, y: event.clientY }
      }
      clock.input()
    }
    for (const type of INPUT_EVENTS)
      window.addEventListener(type, onInput, { capture: true, passive: true })
    const stopActivity = onActivity(() => clock.input())
    const unsubscribe = useExhibition.subscribe((state, previous) => {
      const attractOff =
        state.tour.status === 'off' && previous.tour.status !== 'off' && previous.tour.attract
      if (attractOff && clock.phase === 'attract') clock.attractEnded()
      // Nobody is there between two rounds of the attract loop: a waiting version goes live.
      const wrapped =
        state.tour.attract &&
        state.tour.step === 0 &&
        previous.tour.step !== 0 &&
        previous.tour.attract
      if (wrapped && updateWaiting()) applyPendingUpdate('#/')
      // "Keep exploring" is input too.
      if (state.countdownEndsAt === null && clock.phase === 'countdown') clock.input()
    })
    return () => {
      clock.stop()
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true })
      stopActivity()
      unsubscribe()
      delete document.documentElement.dataset.kiosk
    }
  }, [])
}
