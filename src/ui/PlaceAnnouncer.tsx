import type { ReplyDocument } from '../content'
import { hallName, translate, type Language } from '../i18n'
import type { Place } from '../plan'
import { useExhibition } from '../state/store'
import { captionOf } from '../tour/tourSteps'

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
  const tour = useExhibition((s) => s.tour)
  const steps = useExhibition((s) => s.tourSteps)
  const step = tour.status === 'off' ? undefined : steps[tour.step]
  // During the tour each step's caption is what is read out, with its progress.
  const caption = step && captionOf(step, document, language)
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="announcer">
      {caption
        ? translate(language, 'announceTourStep', {
            step: tour.step + 1,
            count: steps.length,
            ...caption,
          })
        : announcement(document, language, place, textView)}
    </p>
  )
}
