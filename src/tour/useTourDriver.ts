import { useEffect } from 'react'
import { readQuery } from '../state/query'
import { useExhibition } from '../state/store'
import { dwellMs, nextDeadline } from './tourMachine'
import { captionOf, type CaptionSource } from './tourSteps'

// `?pace` shortens every step alike, for the soak test's many tours.
const PACE = typeof window === 'undefined' ? 1 : readQuery(window.location.search).pace

/** The reading time of the step shown, from its caption in the language shown. */
function dwellOfShownStep(shown: CaptionSource): number | null {
  const { tour, tourSteps, language } = useExhibition.getState()
  const step = tourSteps[tour.step]
  if (!step) return null
  const caption = captionOf(step, shown, language)
  return dwellMs(`${caption.title} ${caption.sentence}`, language) / PACE
}

/**
 * Keeps the tour's time: one timer, set for the next moment the tour machine must be looked at
 * (the step's arrival fallback, its reading time, its speech grace), set again after every change.
 */
export function useTourDriver(shown: CaptionSource): void {
  useEffect(() => {
    let timer: number | undefined
    const schedule = () => {
      window.clearTimeout(timer)
      const { tour } = useExhibition.getState()
      const dwell = dwellOfShownStep(shown)
      if (dwell === null) return
      const due = nextDeadline(tour, dwell, Date.now())
      if (due === null) return
      // A little late rather than early: a tick before its time changes nothing.
      timer = window.setTimeout(tick, Math.max(0, due - Date.now()) + 25)
    }
    const tick = () => {
      const dwell = dwellOfShownStep(shown)
      if (dwell !== null) useExhibition.getState().tickTour(dwell)
      schedule()
    }
    const unsubscribe = useExhibition.subscribe((state, previous) => {
      if (state.tour !== previous.tour || state.language !== previous.language) schedule()
    })
    schedule()
    return () => {
      window.clearTimeout(timer)
      unsubscribe()
    }
  }, [shown])
}
