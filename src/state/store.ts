import { create } from 'zustand'
import { visitorStance } from '../controls/visitorInput'
import { viewpointOfStance } from '../controls/visitorMachine'
import type { Language } from '../i18n'
import { LOBBY, samePlace, type Place, type Viewpoint } from '../plan'
import {
  arriveAtStep,
  goToStep,
  pauseTour,
  resumeTour,
  startTour,
  stepSpoken,
  tickTour,
  TOUR_OFF,
  type TourState,
} from '../tour/tourMachine'
import type { TourStep } from '../tour/tourSteps'
import type { Notice } from './placeHash'
import { readQuery } from './query'
import { readShareBase } from './shareLink'
import { forgetVisited, rememberedVisited, rememberVisited } from './visitedMemory'

/** How the camera should reach a new place: fly there, jump there, or stay where it is. */
export type Approach = 'fly' | 'jump' | 'stay'

export interface Move {
  place: Place
  /** The place whose viewpoint the camera goes to: the place itself, or an exhibit approached. */
  view: Place
  /** A viewpoint of its own (a tour step before a lobby wall), instead of the view's. */
  viewpoint?: Viewpoint
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

/** Where the visitor stood when a tour began, to go back to when they leave it. */
export interface TourReturn {
  place: Place
  viewpoint: Viewpoint
}

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
  /** `?kiosk`: exhibition mode (attract loop, idle reset, hardened interface). */
  kiosk: boolean
  idleSeconds: number | null
  /** Measure ids of the exhibits opened during this visit (kept for the browser session). */
  visited: string[]
  focus: FocusTarget | null
  mapOpen: boolean
  helpOpen: boolean
  /** How much of the view the open dialog (and, above a bottom sheet, the masthead) covers, CSS pixels. */
  dialogInset: DialogInset
  /** The guided tour's steps for the exhibition shown; empty until the exhibition is known. */
  tourSteps: TourStep[]
  tour: TourState
  tourReturn: TourReturn | null
  /** The visitor wants narration; it plays where the device has a voice for the language. */
  narration: boolean
  /** Languages the device can read aloud; filled in once the browser lists its voices. */
  voices: Language[]
  /** The presenter blanked the screen to black. */
  blanked: boolean
  /** A kiosk left alone counts down to a fresh visit; the time the countdown ends, ms. */
  countdownEndsAt: number | null
  /** Bumped by every reset, so that views keyed on it (zoom, scroll) start afresh. */
  visitSerial: number
  /** The public address QR codes point to (`?share` or the build's), or null for none. */
  shareBase: string | null
  setDialogInset: (inset: DialogInset) => void
  /** Goes to a place; a visitor who goes somewhere by themselves leaves the tour. */
  goTo: (place: Place, approach?: Approach) => void
  /** Moves the camera to look at an exhibit without opening it (keyboard focus). */
  approach: (exhibit: Place) => void
  /** Walks to a viewpoint of the current place: a lobby wall chosen on the welcome board. */
  lookAt: (viewpoint: Viewpoint) => void
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
  setTourSteps: (steps: TourStep[]) => void
  /** Starts the tour at a 0-based step (the first by default); `cut` jumps there (a page load). */
  beginTour: (options?: { step?: number; attract?: boolean; cut?: boolean }) => void
  /** Steps the tour by one, starting it when it is not running. */
  stepTour: (by: 1 | -1) => void
  /** Goes to a 0-based step, starting the tour when it is not running. */
  tourTo: (step: number) => void
  pauseTour: () => void
  resumeTour: () => void
  /** Ends the tour and takes the visitor back to where they stood before it. */
  exitTour: () => void
  /** Ends the tour where it is: the visitor takes over from here. */
  handOverTour: () => void
  /** The camera reached the move with this serial. */
  moveArrived: (serial: number) => void
  /** The visitor's own input cut a move short or moved them. */
  visitorSteered: () => void
  tourSpoken: () => void
  /** Moves the tour's time on; `dwell` is the reading time of the step shown, ms. */
  tickTour: (dwell: number) => void
  setNarration: (on: boolean) => void
  setVoices: (languages: Language[]) => void
  toggleBlank: (on?: boolean) => void
  startCountdown: (endsAt: number) => void
  cancelCountdown: () => void
  /** A fresh visit: lobby, every panel closed, defaults back, progress forgotten, tour stopped. */
  resetVisit: () => void
}

const QUERY = readQuery(typeof window === 'undefined' ? '' : window.location.search)
const SHARE =
  typeof window === 'undefined'
    ? { base: null, refused: false }
    : readShareBase(window.location.search, import.meta.env.VITE_SHARE_URL, window.location.href)
const NOTICES_AT_START = SHARE.refused
  ? [...QUERY.notices, { key: 'noticeBadShare' as const, params: {} }]
  : QUERY.notices

function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
  )
}

// On a phone the map would cover the joystick's corner; it opens with M or its button.
const mapOpenAtStart = () => typeof window === 'undefined' || window.innerWidth > 640

export const useExhibition = create<ExhibitionState>()((set, get) => {
  const now = () => Date.now()
  const narrated = () => {
    const { narration, voices, language } = get()
    return narration && voices.includes(language)
  }
  /** Puts the visitor at a tour step: its place (the exhibit open), its viewpoint, its hash. */
  const showStep = (tour: TourState, approach: 'fly' | 'jump' = 'fly') => {
    const step = get().tourSteps[tour.step]
    if (tour.status === 'off' || !step) return set({ tour })
    const { move } = get()
    set({
      tour,
      place: step.place,
      textView: false,
      helpOpen: false,
      focus: null,
      move: {
        place: step.place,
        view: step.place,
        viewpoint: step.viewpoint,
        approach,
        serial: move.serial + 1,
      },
    })
  }
  const leaveTour = () => {
    if (get().tour.status !== 'off') set({ tour: TOUR_OFF, tourReturn: null })
  }
  return {
    place: LOBBY,
    move: { place: LOBBY, view: LOBBY, approach: 'jump', serial: 0 },
    notices: NOTICES_AT_START,
    language: QUERY.language,
    textView: false,
    reducedMotion: prefersReducedMotion(),
    kiosk: QUERY.kiosk,
    idleSeconds: QUERY.idleSeconds,
    visited: QUERY.kiosk ? [] : rememberedVisited(),
    focus: null,
    mapOpen: mapOpenAtStart(),
    helpOpen: false,
    dialogInset: { right: 0, bottom: 0, top: 0 },
    tourSteps: [],
    tour: TOUR_OFF,
    tourReturn: null,
    narration: true,
    voices: [],
    blanked: false,
    countdownEndsAt: null,
    visitSerial: 0,
    shareBase: SHARE.base,
    setDialogInset: (dialogInset) => set({ dialogInset }),
    goTo: (place, approach = 'fly') => {
      leaveTour()
      const { move } = get()
      if (samePlace(place, get().place) && approach === 'stay') return set({ textView: false })
      // Staying keeps where the camera was sent last, for a canvas that mounts only now.
      const view =
        approach === 'stay' ? { view: move.view, viewpoint: move.viewpoint } : { view: place }
      set({ place, textView: false, move: { place, ...view, approach, serial: move.serial + 1 } })
    },
    lookAt: (viewpoint) => {
      leaveTour()
      const { move, place } = get()
      set({
        textView: false,
        move: { place, view: place, viewpoint, approach: 'fly', serial: move.serial + 1 },
      })
    },
    approach: (exhibit) => {
      const { move, place } = get()
      set({ move: { place, view: exhibit, approach: 'fly', serial: move.serial + 1 } })
    },
    markVisited: (measureId) => {
      if (get().visited.includes(measureId)) return
      const visited = [...get().visited, measureId]
      set({ visited })
      if (!get().kiosk) rememberVisited(visited)
    },
    setFocus: (focus) => set({ focus }),
    toggleMap: (open) => set({ mapOpen: open ?? !get().mapOpen }),
    toggleHelp: (open) => set({ helpOpen: open ?? !get().helpOpen }),
    setLanguage: (language) => set({ language }),
    showText: (textView) => {
      // Reading the whole text is the visitor taking over from the tour.
      if (textView) leaveTour()
      set({ textView })
    },
    toggleReducedMotion: (on) => set({ reducedMotion: on ?? !get().reducedMotion }),
    showNotice: (notice) => {
      const same = (n: Notice) =>
        n.key === notice.key && JSON.stringify(n.params) === JSON.stringify(notice.params)
      if (!get().notices.some(same)) set({ notices: [...get().notices, notice] })
    },
    dismissNotice: (key) => set({ notices: key ? get().notices.filter((n) => n.key !== key) : [] }),
    setTourSteps: (tourSteps) => set({ tourSteps }),
    beginTour: ({ step = 0, attract = false, cut = false } = {}) => {
      const { tourSteps, place, tour } = get()
      const tourReturn =
        tour.status === 'off'
          ? { place, viewpoint: viewpointOfStance(visitorStance) }
          : get().tourReturn
      set({ tourReturn })
      showStep(
        startTour({ step, count: tourSteps.length, attract, now: now(), narrated: narrated() }),
        cut ? 'jump' : 'fly',
      )
    },
    stepTour: (by) => {
      const { tour, tourSteps } = get()
      if (tour.status === 'off') return get().beginTour()
      // Stepping back from the first step stays on it; past the last, the tour ends.
      if (by === -1 && tour.step === 0)
        return showStep(goToStep(tour, 0, tourSteps.length, now(), narrated()))
      const next = goToStep(tour, tour.step + by, tourSteps.length, now(), narrated())
      if (next.status === 'off') return set({ tour: next, tourReturn: null })
      showStep(next)
    },
    tourTo: (step) => {
      const { tour, tourSteps } = get()
      if (tour.status === 'off') return get().beginTour({ step })
      showStep(goToStep(tour, step, tourSteps.length, now(), narrated()))
    },
    pauseTour: () => set({ tour: pauseTour(get().tour, now()) }),
    resumeTour: () => set({ tour: resumeTour(get().tour, now()) }),
    exitTour: () => {
      const { tour, tourReturn, move } = get()
      if (tour.status === 'off') return
      if (!tourReturn) return set({ tour: TOUR_OFF })
      set({
        tour: TOUR_OFF,
        tourReturn: null,
        place: tourReturn.place,
        move: {
          place: tourReturn.place,
          view: tourReturn.place,
          viewpoint: tourReturn.viewpoint,
          approach: 'fly',
          serial: move.serial + 1,
        },
      })
    },
    handOverTour: leaveTour,
    moveArrived: (serial) => {
      const { tour, move } = get()
      if (tour.status !== 'off' && serial === move.serial) set({ tour: arriveAtStep(tour, now()) })
    },
    visitorSteered: () => {
      const { tour } = get()
      if (tour.status === 'off') return
      // A kiosk's attract tour gives way at once; a visitor's own tour waits for them.
      if (tour.attract) leaveTour()
      else set({ tour: pauseTour(tour, now()) })
    },
    tourSpoken: () => set({ tour: stepSpoken(get().tour) }),
    tickTour: (dwell) => {
      const { tour, tourSteps } = get()
      const { state, advanced } = tickTour(tour, dwell, tourSteps.length, now(), narrated())
      if (state === tour) return
      if (state.status === 'off') return set({ tour: state, tourReturn: null })
      if (advanced) showStep(state)
      else set({ tour: state })
    },
    setNarration: (narration) => set({ narration }),
    setVoices: (voices) => set({ voices }),
    toggleBlank: (on) => set({ blanked: on ?? !get().blanked }),
    startCountdown: (countdownEndsAt) => set({ countdownEndsAt }),
    cancelCountdown: () => set({ countdownEndsAt: null }),
    resetVisit: () => {
      forgetVisited()
      const { move, visitSerial } = get()
      set({
        place: LOBBY,
        move: { place: LOBBY, view: LOBBY, approach: 'jump', serial: move.serial + 1 },
        notices: [],
        language: QUERY.language,
        textView: false,
        reducedMotion: prefersReducedMotion(),
        visited: [],
        focus: null,
        mapOpen: mapOpenAtStart(),
        helpOpen: false,
        tour: TOUR_OFF,
        tourReturn: null,
        narration: true,
        blanked: false,
        countdownEndsAt: null,
        visitSerial: visitSerial + 1,
      })
    },
  }
})
