import { exhibitNear, hallOf, LOBBY, placeExists, type ExhibitionPlan } from '../plan'
import { useExhibition } from '../state/store'
import type { Action } from './actions'
import { visitorStance } from './visitorInput'

/** Moves DOM focus to the next or previous exhibit button, as Tab and Shift+Tab do. */
export function focusNextExhibit(step: 1 | -1): void {
  const buttons = [...document.querySelectorAll<HTMLElement>('.focus-list button')]
  if (buttons.length === 0) return
  const at = buttons.indexOf(document.activeElement as HTMLElement)
  const next =
    at === -1
      ? step === 1
        ? 0
        : buttons.length - 1
      : (at + step + buttons.length) % buttons.length
  buttons[next]?.focus()
}

async function toggleFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen()
    else await document.documentElement.requestFullscreen()
  } catch {
    // A browser or kiosk shell that refuses fullscreen leaves the page as it is.
  }
}

/**
 * Carries out a one-off action from any device: the keyboard, a gamepad, a clicker. Held
 * actions (walking, turning) are read by the frame loop instead.
 */
export function performAction(action: Action, plan: ExhibitionPlan, hall?: number): void {
  const store = useExhibition.getState()
  const { place, goTo } = store
  switch (action) {
    case 'goToLobby':
      goTo(LOBBY)
      return
    case 'goToHall':
      if (hall !== undefined && placeExists(plan, { kind: 'hall', hall }))
        goTo({ kind: 'hall', hall })
      else if (hall !== undefined) store.showNotice({ key: 'noticeNoSuchHall', params: { hall } })
      return
    case 'toggleMap':
      store.toggleMap()
      return
    case 'toggleHelp':
      store.toggleHelp()
      return
    case 'toggleFullscreen':
      void toggleFullscreen()
      return
    case 'nextExhibit':
    case 'previousExhibit':
      focusNextExhibit(action === 'nextExhibit' ? 1 : -1)
      return
    case 'nextStep':
    case 'previousStep':
      store.stepTour(action === 'nextStep' ? 1 : -1)
      return
    case 'toggleTour':
      if (store.tour.status === 'off') store.beginTour()
      else store.exitTour()
      return
    case 'firstStep':
      store.tourTo(0)
      return
    case 'toggleBlank':
      store.toggleBlank()
      return
    case 'open': {
      const { focus } = store
      if (focus?.kind === 'exhibit') goTo(focus)
      else if (focus?.kind === 'door') goTo({ kind: 'hall', hall: focus.hall })
      else {
        const near = exhibitNear(plan, visitorStance)
        if (near) goTo(near, 'stay')
      }
      return
    }
    case 'stepBack':
      if (store.helpOpen) store.toggleHelp(false)
      else if (store.tour.status !== 'off') store.exitTour()
      else if (place.kind === 'exhibit') goTo({ kind: 'hall', hall: place.hall }, 'stay')
      else if (place.kind === 'hall' && hallOf(plan, place)) goTo(LOBBY)
      return
    default:
      return
  }
}
