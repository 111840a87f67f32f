import { measureById, recommendationById } from '../exhibition/exhibition'
import { useShown } from '../exhibition/shown'
import { hallName, translate } from '../i18n'
import { hallOf } from '../plan'
import { useExhibition } from '../state/store'

/**
 * The exhibits of the current hall (or, in the lobby, the hall doors) as buttons in document
 * order, so Tab and Shift+Tab step through them. Focus shows as a frame in the scene and the
 * focused button as a caption; focusing an exhibit walks up to it, Enter or Space opens it.
 */
export function ExhibitFocusList() {
  const { exhibition, document } = useShown()
  const { plan } = exhibition
  const language = useExhibition((s) => s.language)
  const place = useExhibition((s) => s.place)
  const { goTo, setFocus, approach } = useExhibition.getState()
  const blur = () => setFocus(null)
  if (place.kind === 'lobby') {
    return (
      <nav className="focus-list" aria-label={translate(language, 'focusDoors')}>
        {plan.halls.map((hall) => (
          <button
            key={hall.number}
            type="button"
            onFocus={() => setFocus({ kind: 'door', hall: hall.number })}
            onBlur={blur}
            onClick={() => goTo({ kind: 'hall', hall: hall.number })}
          >
            {`${translate(language, 'goToHall', { hall: hallName(language, hall.number) })} · ${recommendationById(document, hall.recommendationId)?.topic ?? ''}`}
          </button>
        ))}
      </nav>
    )
  }
  const hall = hallOf(plan, place)
  if (!hall) return null
  return (
    <nav className="focus-list" aria-label={translate(language, 'focusListLabel')}>
      {hall.stands.map((stand) => {
        const exhibit = { kind: 'exhibit' as const, hall: hall.number, exhibit: stand.exhibit }
        return (
          <button
            key={stand.id}
            type="button"
            data-exhibit={stand.id}
            onFocus={() => {
              setFocus(exhibit)
              // Approaching on focus lets a keyboard visitor read the panel before opening it.
              if (useExhibition.getState().place.kind !== 'exhibit') approach(exhibit)
            }}
            onBlur={blur}
            onClick={() => goTo(exhibit)}
          >
            {`${translate(language, 'exhibit', { hall: hall.number, exhibit: stand.exhibit })} · ${measureById(document, stand.id)?.title ?? ''}`}
          </button>
        )
      })}
    </nav>
  )
}
