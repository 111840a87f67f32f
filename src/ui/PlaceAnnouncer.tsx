import type { ReplyDocument } from '../content'
import { measureAt, recommendationAt } from '../exhibition/exhibition'
import { useShown } from '../exhibition/shown'
import { hallName, translate, type Language } from '../i18n'
import type { ExhibitionPlan, Place } from '../plan'
import { useExhibition } from '../state/store'
import { captionOf } from '../tour/tourSteps'

/** What a screen reader hears on arriving somewhere: the place and what it shows. */
export function announcement(
  document: ReplyDocument,
  plan: ExhibitionPlan,
  language: Language,
  place: Place,
  textView: boolean,
): string {
  if (textView) return translate(language, 'announceText')
  if (place.kind === 'lobby')
    return translate(language, 'announceLobby', { title: document.meta.title.value })
  const recommendation = recommendationAt(document, plan, place)
  if (place.kind === 'hall')
    return translate(language, 'announceHall', {
      hall: hallName(language, place.hall),
      title: recommendation?.title ?? '',
    })
  return translate(language, 'announceExhibit', {
    hall: place.hall,
    exhibit: place.exhibit,
    title: measureAt(document, plan, place)?.title ?? '',
  })
}

/**
 * A polite live region: each change of place, each opened exhibit and the text view are
 * announced in the visitor's language, without moving focus.
 */
export function PlaceAnnouncer() {
  const { exhibition, document } = useShown()
  const { plan, name } = exhibition
  const language = useExhibition((s) => s.language)
  const place = useExhibition((s) => s.place)
  const textView = useExhibition((s) => s.textView)
  const tour = useExhibition((s) => s.tour)
  const steps = useExhibition((s) => s.tourSteps)
  const step = tour.status === 'off' ? undefined : steps[tour.step]
  // During the tour each step's caption is what is read out, with its progress.
  const caption = step && captionOf(step, { document, plan, name }, language)
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="announcer">
      {caption
        ? translate(language, 'announceTourStep', {
            step: tour.step + 1,
            count: steps.length,
            ...caption,
          })
        : announcement(document, plan, language, place, textView)}
    </p>
  )
}
