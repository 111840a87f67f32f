import type { UiKey, UiParams } from '../i18n'
import { LOBBY, placeExists, type ExhibitionPlan, type Place } from '../plan'

export interface Notice {
  key: UiKey
  params: UiParams
}

/** Where a hash leads: a place, or (`#/text`) the reply as text, which keeps the current place. */
export type HashReading =
  | { view: 'place'; place: Place; notice: Notice | null }
  | { view: 'text'; notice: null }
  | { view: 'tour'; step: number; notice: null }

/** The hash of the reply as an HTML document. */
export const TEXT_HASH = '#/text'

const NUMBER = /^[1-9]\d{0,2}$/

/** The hash of a guided tour's step, 1-based: `#/tour/7`. */
export function hashOfTourStep(step: number): string {
  return `#/tour/${step}`
}

/**
 * `#/hall/2/exhibit/1` → exhibit 2.1; `#/tour/7` → step 7 of a tour of `tourLength` steps;
 * anything unknown → the lobby with a notice saying why.
 */
export function placeFromHash(hash: string, plan: ExhibitionPlan, tourLength = 0): HashReading {
  const path = hash.replace(/^#/, '')
  if (path === '' || path === '/') return { view: 'place', place: LOBBY, notice: null }
  if (path.replace(/\/$/, '') === TEXT_HASH.slice(1)) return { view: 'text', notice: null }
  const parts = path.replace(/^\//, '').replace(/\/$/, '').split('/')
  const [head, hallText, sub, exhibitText, ...rest] = parts
  const unknown: HashReading = {
    view: 'place',
    place: LOBBY,
    // The hash is not repeated: a forged link must not put its words in the exhibition's mouth.
    notice: { key: 'noticeUnknownPlace', params: {} },
  }
  if (head === 'tour' && hallText !== undefined && NUMBER.test(hallText) && sub === undefined) {
    const step = Number(hallText)
    if (step <= tourLength) return { view: 'tour', step, notice: null }
    return {
      view: 'place',
      place: LOBBY,
      notice: { key: 'noticeNoSuchTourStep', params: { step, count: tourLength } },
    }
  }
  if (head !== 'hall' || hallText === undefined || !NUMBER.test(hallText) || rest.length > 0)
    return unknown
  const hall = Number(hallText)
  let place: Place = { kind: 'hall', hall }
  if (sub !== undefined) {
    if (sub !== 'exhibit' || exhibitText === undefined || !NUMBER.test(exhibitText)) return unknown
    place = { kind: 'exhibit', hall, exhibit: Number(exhibitText) }
  }
  if (!placeExists(plan, { kind: 'hall', hall })) {
    return { view: 'place', place: LOBBY, notice: { key: 'noticeNoSuchHall', params: { hall } } }
  }
  if (!placeExists(plan, place) && place.kind === 'exhibit') {
    return {
      view: 'place',
      place: LOBBY,
      notice: { key: 'noticeNoSuchExhibit', params: { hall, exhibit: place.exhibit } },
    }
  }
  return { view: 'place', place, notice: null }
}

export function hashOfPlace(place: Place): string {
  if (place.kind === 'lobby') return '#/'
  if (place.kind === 'hall') return `#/hall/${place.hall}`
  return `#/hall/${place.hall}/exhibit/${place.exhibit}`
}
