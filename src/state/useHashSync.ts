import { useEffect } from 'react'
import type { ExhibitionPlan } from '../plan'
import { hashOfPlace, placeFromHash, TEXT_HASH } from './placeHash'
import { searchWithLanguage } from './query'
import { useExhibition, type ExhibitionState } from './store'

function hashOfState(state: ExhibitionState): string {
  return state.textView ? TEXT_HASH : hashOfPlace(state.place)
}

/**
 * Keeps the URL and the visit in step: a hash opened or typed places the visitor (jumping on
 * load, flying afterwards) or opens the text view, and every move writes the hash, so deep links,
 * QR codes and the back button all work. The language is written to `?lang=` the same way.
 */
export function useHashSync(plan: ExhibitionPlan): void {
  useEffect(() => {
    const { goTo, showNotice, showText } = useExhibition.getState()
    const apply = (approach: 'jump' | 'fly') => {
      const reading = placeFromHash(window.location.hash, plan)
      if (reading.view === 'text') return showText(true)
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
      if (state.place === previous.place && state.textView === previous.textView) return
      const hash = hashOfState(state)
      if (window.location.hash === hash) return
      // A jump is a load or a reset: it replaces the entry instead of adding a step to go back to.
      if (state.move.approach === 'jump' && state.textView === previous.textView)
        history.replaceState(history.state, '', hash)
      else history.pushState(history.state, '', hash)
    })
    return () => {
      window.removeEventListener('hashchange', onHashChange)
      unsubscribe()
    }
  }, [plan])
}
