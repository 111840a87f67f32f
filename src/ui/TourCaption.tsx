import { useShown } from '../exhibition/shown'
import { translate } from '../i18n'
import { useExhibition } from '../state/store'
import { captionOf } from '../tour/tourSteps'

/**
 * The guided tour's caption bar: the step's title, its key sentence and progress (7 / 15), with
 * the tour's own controls and the narration switch. Screen readers hear each step through the
 * place announcer's live region.
 */
export function TourCaption() {
  const { exhibition, document } = useShown()
  const language = useExhibition((s) => s.language)
  const tour = useExhibition((s) => s.tour)
  const steps = useExhibition((s) => s.tourSteps)
  const narration = useExhibition((s) => s.narration)
  const voices = useExhibition((s) => s.voices)
  const step = steps[tour.step]
  if (tour.status === 'off' || !step) return null
  const { stepTour, pauseTour, resumeTour, exitTour, setNarration } = useExhibition.getState()
  const caption = captionOf(
    step,
    { document, plan: exhibition.plan, name: exhibition.name },
    language,
  )
  const canSpeak = voices.includes(language)
  const progress = { step: tour.step + 1, count: steps.length }
  return (
    <section
      className="tour-caption"
      aria-label={translate(language, 'tourLabel')}
      data-tour-step={tour.step + 1}
      data-tour-status={tour.status}
      data-tour-attract={tour.attract || undefined}
    >
      <p
        className="tour-caption__progress"
        aria-label={translate(language, 'tourProgressLabel', progress)}
      >
        <span aria-hidden="true">{translate(language, 'tourProgress', progress)}</span>
        {tour.status === 'paused' && (
          <span className="tour-caption__paused">{translate(language, 'tourPaused')}</span>
        )}
      </p>
      <h2 className="tour-caption__title">{caption.title}</h2>
      <p className="tour-caption__sentence">{caption.sentence}</p>
      <div className="tour-caption__controls">
        <button type="button" className="hud__button" onClick={() => stepTour(-1)}>
          {translate(language, 'tourPrevious')}
        </button>
        {tour.status === 'paused' ? (
          <button type="button" className="hud__button" onClick={resumeTour}>
            {translate(language, 'tourResume')}
          </button>
        ) : (
          <button type="button" className="hud__button" onClick={pauseTour}>
            {translate(language, 'tourPause')}
          </button>
        )}
        <button type="button" className="hud__button" onClick={() => stepTour(1)}>
          {translate(language, 'tourNext')}
        </button>
        <button
          type="button"
          className="hud__button"
          aria-pressed={canSpeak ? narration : false}
          disabled={!canSpeak}
          title={canSpeak ? undefined : translate(language, 'narrationNoVoice')}
          onClick={() => setNarration(!narration)}
        >
          {canSpeak ? translate(language, 'narration') : translate(language, 'narrationNoVoice')}
        </button>
        <button type="button" className="hud__button" onClick={exitTour}>
          {translate(language, 'tourExit')}
        </button>
      </div>
    </section>
  )
}
