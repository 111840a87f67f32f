import type { ReplyDocument } from '../content'
import { hallName, translate, type Language } from '../i18n'
import type { Place } from '../plan'
import { useExhibition } from '../state/store'

/** What a screen reader hears on arriving somewhere: the place and what it shows. */
export function announcement(
  document: ReplyDocument,
  language: Language,
  place: Place,
  textView: boolean,
): string {
  if (textView) return translate(language, 'announceText')
  if (place.kind === 'lobby')
    return translate(language, 'announceLobby', { title: document.meta.title.value })
  const recommendation = document.recommendations[place.hall - 1]
  if (place.kind === 'hall')
    return translate(language, 'announceHall', {
      hall: hallName(language, place.hall),
      title: recommendation?.title ?? '',
    })
  return translate(language, 'announceExhibit', {
    hall: place.hall,
    exhibit: place.exhibit,
    title: recommendation?.measures[place.exhibit - 1]?.title ?? '',
  })
}

/**
 * A polite live region: each change of place, each opened exhibit and the text view are
 * announced in the visitor's language, without moving focus.
 */
export function PlaceAnnouncer({ document }: { document: ReplyDocument }) {
  const language = useExhibition((s) => s.language)
  const place = useExhibition((s) => s.place)
  const textView = useExhibition((s) => s.textView)
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="announcer">
      {announcement(document, language, place, textView)}
    </p>
  )
}
