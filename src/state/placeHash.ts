import type { UiKey, UiParams } from '../i18n'
import { LOBBY, placeExists, type ExhibitionPlan, type Place } from '../plan'

export interface Notice {
  key: UiKey
  params: UiParams
}

/** Where a hash leads: a place, or (`#/text`) the reply as text, which keeps the current place. */
export type HashReading =
  { view: 'place'; place: Place; notice: Notice | null } | { view: 'text'; notice: null }

/** The hash of the reply as an HTML document. */
export const TEXT_HASH = '#/text'

const NUMBER = /^[1-9]\d{0,2}$/
// Shown back to the visitor, so a 10 kB hash must not become a 10 kB notice.
const MAX_ECHO = 40

function echo(hash: string): string {
  let text = hash
  try {
    text = decodeURIComponent(hash)
  } catch {
    // A malformed escape such as %% is shown as typed.
  }
  return text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text
}

/** `#/hall/2/exhibit/1` → exhibit 2.1; anything unknown → the lobby with a notice saying why. */
export function placeFromHash(hash: string, plan: ExhibitionPlan): HashReading {
  const path = hash.replace(/^#/, '')
  if (path === '' || path === '/') return { view: 'place', place: LOBBY, notice: null }
  if (path.replace(/\/$/, '') === TEXT_HASH.slice(1)) return { view: 'text', notice: null }
  const parts = path.replace(/^\//, '').replace(/\/$/, '').split('/')
  const [head, hallText, sub, exhibitText, ...rest] = parts
  const unknown: HashReading = {
    view: 'place',
    place: LOBBY,
    notice: { key: 'noticeUnknownPlace', params: { hash: echo(hash) } },
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
