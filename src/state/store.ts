import { create } from 'zustand'
import type { Language } from '../i18n'
import { LOBBY, samePlace, type Place } from '../plan'
import type { Notice } from './placeHash'

/** How the camera should reach a new place: fly there, jump there, or stay where it is. */
export type Approach = 'fly' | 'jump' | 'stay'

export interface Move {
  place: Place
  approach: Approach
  /** Counts moves, so that asking for the same place again still starts a flight. */
  serial: number
}

export interface DialogInset {
  right: number
  bottom: number
  top: number
}

export interface ExhibitionState {
  place: Place
  move: Move
  notice: Notice | null
  language: Language
  /** How much of the view the open dialog (and, above a bottom sheet, the masthead) covers, CSS pixels. */
  dialogInset: DialogInset
  setDialogInset: (inset: DialogInset) => void
  goTo: (place: Place, approach?: Approach) => void
  showNotice: (notice: Notice) => void
  dismissNotice: () => void
}

export const useExhibition = create<ExhibitionState>()((set, get) => ({
  place: LOBBY,
  move: { place: LOBBY, approach: 'jump', serial: 0 },
  notice: null,
  language: 'zh',
  dialogInset: { right: 0, bottom: 0, top: 0 },
  setDialogInset: (dialogInset) => set({ dialogInset }),
  goTo: (place, approach = 'fly') => {
    const { move } = get()
    if (samePlace(place, get().place) && approach === 'stay') return
    set({ place, move: { place, approach, serial: move.serial + 1 } })
  },
  showNotice: (notice) => set({ notice }),
  dismissNotice: () => set({ notice: null }),
}))
