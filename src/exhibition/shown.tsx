import { createContext, useContext } from 'react'
import { create } from 'zustand'
import type { ReplyDocument } from '../content'
import { useExhibition } from '../state/store'
import { BUILT } from './built'
import type { Bodies, Exhibition } from './exhibition'

/** What the scene and the UI show: the exhibition, and its document in the language shown. */
export interface Shown {
  exhibition: Exhibition
  /** The reply in the language shown (the source until its translation has loaded). */
  document: ReplyDocument
  bodies: Bodies
}

const ShownContext = createContext<Shown | null>(null)

/** Provided once, by the app, around everything that shows the exhibition. */
export const ShownProvider = ShownContext.Provider

/** The exhibition shown; only inside the app's provider. */
export function useShown(): Shown {
  const shown = useContext(ShownContext)
  if (!shown) throw new Error('useShown outside the exhibition (no ShownProvider above)')
  return shown
}

/** A reply the visitor opened in the page, shown in place of the built one until reload. */
export const useOpenedExhibition = create<{ exhibition: Exhibition | null }>(() => ({
  exhibition: null,
}))

/**
 * Shows another reply in this page (a file the visitor opened): a fresh visit in the lobby, the
 * language kept, nothing of the last exhibition's progress (its exhibit ids mean other exhibits).
 */
export function showExhibition(exhibition: Exhibition): void {
  const { language } = useExhibition.getState()
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`)
  useExhibition.getState().resetVisit()
  useExhibition.getState().setLanguage(language)
  useOpenedExhibition.setState({ exhibition })
}

/** The exhibition shown now, for code outside React (language switch, first render). */
export function currentExhibition(): Exhibition | null {
  return useOpenedExhibition.getState().exhibition ?? (BUILT.ok ? BUILT.exhibition : null)
}
