import { useEffect } from 'react'
import type { ExhibitionPlan } from '../plan'
import { hashOfPlace, placeFromHash } from './placeHash'
import { useExhibition } from './store'

/**
 * Keeps the URL hash and the visitor's place in step: a hash opened or typed places the visitor
 * (jumping on load, flying afterwards), and every move writes the hash, so deep links, QR codes
 * and the back button all work.
 */
export function useHashSync(plan: ExhibitionPlan): void {
  useEffect(() => {
    const { goTo, showNotice } = useExhibition.getState()
    const apply = (approach: 'jump' | 'fly') => {
      const { place, notice } = placeFromHash(window.location.hash, plan)
      if (notice) {
        showNotice(notice)
        history.replaceState(history.state, '', hashOfPlace(place))
      }
      goTo(place, approach)
    }
    apply('jump')
    const onHashChange = () => apply('fly')
    window.addEventListener('hashchange', onHashChange)
    const unsubscribe = useExhibition.subscribe((state, previous) => {
      if (state.place === previous.place) return
      const hash = hashOfPlace(state.place)
      if (window.location.hash === hash) return
      // A jump is a load or a reset: it replaces the entry instead of adding a step to go back to.
      if (state.move.approach === 'jump') history.replaceState(history.state, '', hash)
      else history.pushState(history.state, '', hash)
    })
    return () => {
      window.removeEventListener('hashchange', onHashChange)
      unsubscribe()
    }
  }, [plan])
}
