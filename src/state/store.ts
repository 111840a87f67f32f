import { create } from 'zustand'
import type { Language } from '../i18n'
import { LOBBY, samePlace, type Place } from '../plan'
import type { Notice } from './placeHash'
import { readQuery } from './query'

/** How the camera should reach a new place: fly there, jump there, or stay where it is. */
export type Approach = 'fly' | 'jump' | 'stay'

export interface Move {
  place: Place
  /** The place whose viewpoint the camera goes to: the place itself, or an exhibit approached. */
  view: Place
  approach: Approach
  /** Counts moves, so that asking for the same place again still starts a flight. */
  serial: number
}

export interface DialogInset {
  right: number
  bottom: number
  top: number
}

/** Something the keyboard focus rests on in the scene: an exhibit, or a hall's door. */
export type FocusTarget =
  { kind: 'exhibit'; hall: number; exhibit: number } | { kind: 'door'; hall: number }

export interface ExhibitionState {
  place: Place
  move: Move
  /** Messages to the visitor, oldest first; each says what went wrong and what happened instead. */
  notices: Notice[]
  language: Language
  /** `#/text`: the reply as an HTML document over the scene; the place is kept for the way back. */
  textView: boolean
  /** Camera moves jump instead of flying; set from `prefers-reduced-motion` and by the visitor. */
  reducedMotion: boolean
  /** Set by the query string; kiosk mode itself is not built yet. */
  kiosk: boolean
  idleSeconds: number | null
  /** Measure ids of the exhibits opened during this visit, for the minimap. */
  visited: string[]
  focus: FocusTarget | null
  mapOpen: boolean
  helpOpen: boolean
  /** How much of the view the open dialog (and, above a bottom sheet, the masthead) covers, CSS pixels. */
  dialogInset: DialogInset
  setDialogInset: (inset: DialogInset) => void
  goTo: (place: Place, approach?: Approach) => void
  /** Moves the camera to look at an exhibit without opening it (keyboard focus, tour steps). */
  approach: (exhibit: Place) => void
  markVisited: (measureId: string) => void
  setFocus: (focus: FocusTarget | null) => void
  toggleMap: (open?: boolean) => void
  toggleHelp: (open?: boolean) => void
  setLanguage: (language: Language) => void
  showText: (open: boolean) => void
  toggleReducedMotion: (on?: boolean) => void
  /** Adds a notice; the same message twice is shown once. */
  showNotice: (notice: Notice) => void
  /** Removes the notice with this key, or all notices. */
  dismissNotice: (key?: Notice['key']) => void
}

const QUERY = readQuery(typeof window === 'undefined' ? '' : window.location.search)

function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
  )
}

export const useExhibition = create<ExhibitionState>()((set, get) => ({
  place: LOBBY,
  move: { place: LOBBY, view: LOBBY, approach: 'jump', serial: 0 },
  notices: QUERY.notices,
  language: QUERY.language,
  textView: false,
  reducedMotion: prefersReducedMotion(),
  kiosk: QUERY.kiosk,
  idleSeconds: QUERY.idleSeconds,
  visited: [],
  focus: null,
  // On a phone the map would cover the joystick's corner; it opens with M or its button.
  mapOpen: typeof window === 'undefined' || window.innerWidth > 640,
  helpOpen: false,
  dialogInset: { right: 0, bottom: 0, top: 0 },
  setDialogInset: (dialogInset) => set({ dialogInset }),
  goTo: (place, approach = 'fly') => {
    const { move } = get()
    if (samePlace(place, get().place) && approach === 'stay') return set({ textView: false })
    set({ place, textView: false, move: { place, view: place, approach, serial: move.serial + 1 } })
  },
  approach: (exhibit) => {
    const { move, place } = get()
    set({ move: { place, view: exhibit, approach: 'fly', serial: move.serial + 1 } })
  },
  markVisited: (measureId) => {
    if (!get().visited.includes(measureId)) set({ visited: [...get().visited, measureId] })
  },
  setFocus: (focus) => set({ focus }),
  toggleMap: (open) => set({ mapOpen: open ?? !get().mapOpen }),
  toggleHelp: (open) => set({ helpOpen: open ?? !get().helpOpen }),
  setLanguage: (language) => set({ language }),
  showText: (textView) => set({ textView }),
  toggleReducedMotion: (on) => set({ reducedMotion: on ?? !get().reducedMotion }),
  showNotice: (notice) => {
    const same = (n: Notice) =>
      n.key === notice.key && JSON.stringify(n.params) === JSON.stringify(notice.params)
    if (!get().notices.some(same)) set({ notices: [...get().notices, notice] })
  },
  dismissNotice: (key) => set({ notices: key ? get().notices.filter((n) => n.key !== key) : [] }),
}))
