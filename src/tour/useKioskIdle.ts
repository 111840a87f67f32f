import { useEffect } from 'react'
import { onActivity } from '../controls/activity'
import { releaseAll, visitorInput } from '../controls/visitorInput'
import { readQuery } from '../state/query'
import { useExhibition, type ExhibitionState } from '../state/store'
import { applyPendingUpdate } from '../serviceWorker'
import {
  attractStopped,
  createIdleState,
  DEFAULT_IDLE_SECONDS,
  idleDeadline,
  idleInput,
  idleTick,
  type IdleState,
} from './idleTimer'

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
    const idleMs = (idleSeconds ?? DEFAULT_IDLE_SECONDS) * 1000
    const defaultLanguage = readQuery(window.location.search).language
    let idle: IdleState = createIdleState(Date.now())
    let timer: number | undefined
    const show = () => {
      document.documentElement.dataset.kiosk = idle.phase
    }
    const schedule = () => {
      window.clearTimeout(timer)
      show()
      const due = idleDeadline(idle, idleMs)
      if (due !== null) timer = window.setTimeout(tick, Math.max(0, due - Date.now()) + 25)
    }
    const tick = () => {
      const store = useExhibition.getState()
      const step = idleTick(idle, Date.now(), {
        idleMs,
        fresh: isFreshVisit(store, defaultLanguage),
        watching: store.tour.status === 'playing' && !store.tour.attract,
      })
      idle = step.state
      if (step.effect === 'countdown' && idle.countdownEndsAt !== null)
        store.startCountdown(idle.countdownEndsAt)
      if (step.effect === 'reset') {
        // A new version goes live here, between visitors: the reload is the fresh visit.
        if (applyPendingUpdate()) return
        releaseAll(visitorInput)
        visitorInput.zoom = 1
        store.resetVisit()
      }
      if (step.effect === 'reset' || step.effect === 'attract')
        useExhibition.getState().beginTour({ attract: true })
      schedule()
    }
    let pointer = { x: NaN, y: NaN }
    const onInput = (event?: Event) => {
      if (event instanceof PointerEvent && event.type === 'pointermove') {
        // Layout changing under a still mouse sends moves to the same spot: not a visitor.
        if (event.clientX === pointer.x && event.clientY === pointer.y) return
        pointer = { x: event.clientX, y: event.clientY }
      }
      const step = idleInput(idle, Date.now())
      idle = step.state
      const store = useExhibition.getState()
      if (step.effect === 'cancelCountdown') store.cancelCountdown()
      if (step.effect === 'handOver') store.handOverTour()
      schedule()
    }
    for (const type of INPUT_EVENTS)
      window.addEventListener(type, onInput, { capture: true, passive: true })
    const stopActivity = onActivity(() => onInput())
    const unsubscribe = useExhibition.subscribe((state, previous) => {
      // The attract tour stopped without input (a link, an error): the visit starts over.
      if (state.tour.status === 'off' && previous.tour.attract && previous.tour.status !== 'off') {
        idle = attractStopped(idle, Date.now())
        schedule()
      }
      // "Keep exploring" is input too.
      if (state.countdownEndsAt === null && idle.phase === 'countdown') onInput()
    })
    schedule()
    return () => {
      window.clearTimeout(timer)
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true })
      stopActivity()
      unsubscribe()
      delete document.documentElement.dataset.kiosk
    }
  }, [])
}
