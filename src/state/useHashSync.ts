import { useEffect } from 'react'
import type { ExhibitionPlan } from '../plan'
import { hashOfPlace, hashOfTourStep, placeFromHash, TEXT_HASH } from './placeHash'
import { searchWithLanguage } from './query'
import { useExhibition, type ExhibitionState } from './store'

function hashOfState(state: ExhibitionState): string {
  if (state.tour.status !== 'off') return hashOfTourStep(state.tour.step + 1)
  return state.textView ? TEXT_HASH : hashOfPlace(state.place)
}

/**
 * Keeps the URL and the visit in step: a hash opened or typed places the visitor (jumping on
 * load, flying afterwards) or opens the text view, and every move writes the hash, so deep links,
 * QR codes and the back button all work. The language is written to `?lang=` the same way.
 */
export function useHashSync(plan: ExhibitionPlan): void {
  useEffect(() => {
    const { goTo, showNotice, showText, tourTo } = useExhibition.getState()
    const apply = (approach: 'jump' | 'fly') => {
      const { tourSteps, tour } = useExhibition.getState()
      const reading = placeFromHash(window.location.hash, plan, tourSteps.length)
      if (reading.view === 'text') return showText(true)
      if (reading.view === 'tour') {
        const step = reading.step - 1
        if (tour.status !== 'off') return tour.step === step ? undefined : tourTo(step)
        // A kiosk opened on a tour step plays it as its attract loop.
        const { beginTour, kiosk } = useExhibition.getState()
        return beginTour({ step, attract: kiosk, cut: approach === 'jump' })
      }
      if (reading.notice) {
        showNotice(reading.notice)
        history.replaceState(history.state, '', hashOfPlace(reading.place))
      }
      goTo(reading.place, approach)
    }
    apply('jump')
    const onHashChange = () => apply('fly')
    window.addEventListener('hashchange', onHashChange)
    const unsubscribe = useExhibition.subscribe((state, previous) => {
      if (state.language !== previous.language) {
        const search = searchWithLanguage(window.location.search, state.language)
        history.replaceState(
          history.state,
          '',
          `${window.location.pathname}${search}${window.location.hash}`,
        )
      }
      const hash = hashOfState(state)
      if (hash === hashOfState(previous) || window.location.hash === hash) return
      // A jump is a load or a reset, and a tour step one of many (an attract loop runs for days):
      // they replace the entry instead of adding a step to go back to.
      const touring = state.tour.status !== 'off' && previous.tour.status !== 'off'
      if (touring || (state.move.approach === 'jump' && state.textView === previous.textView))
        history.replaceState(history.state, '', hash)
      else history.pushState(history.state, '', hash)
    })
    return () => {
      window.removeEventListener('hashchange', onHashChange)
      unsubscribe()
    }
  }, [plan])
}
