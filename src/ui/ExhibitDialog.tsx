import { useEffect, useId, useRef } from 'react'
import type { Measure, Recommendation, ReplyDocument } from '../content'
import { measureAt, recommendationAt } from '../exhibition/exhibition'
import { useShown } from '../exhibition/shown'
import { translate } from '../i18n'
import { TEXT_HASH } from '../state/placeHash'
import { useExhibition } from '../state/store'
import { keepTabInside, useDialogFocus } from './dialogFocus'

/** The open exhibit as a DOM dialog: the measure's full text, figures and place in the reply. */
export function ExhibitDialog() {
  const { exhibition, document, bodies } = useShown()
  const place = useExhibition((s) => s.place)
  if (place.kind !== 'exhibit') return null
  const recommendation = recommendationAt(document, exhibition.plan, place)
  const measure = measureAt(document, exhibition.plan, place)
  if (!recommendation || !measure) return null
  return (
    <ExhibitDialogBody
      key={measure.id}
      document={document}
      recommendation={recommendation}
      measure={measure}
      bodies={bodies[measure.id] ?? []}
    />
  )
}

type ExhibitDialogBodyProps = {
  document: ReplyDocument
  recommendation: Recommendation
  measure: Measure
  bodies: readonly string[]
}

function ExhibitDialogBody({ document, recommendation, measure, bodies }: ExhibitDialogBodyProps) {
  const language = useExhibition((s) => s.language)
  const goTo = useExhibition((s) => s.goTo)
  const titleId = useId()
  const dialog = useRef<HTMLDivElement>(null)
  const closeButton = useRef<HTMLButtonElement>(null)

  const setDialogInset = useExhibition((s) => s.setDialogInset)
  const markVisited = useExhibition((s) => s.markVisited)
  useEffect(() => markVisited(measure.id), [markVisited, measure.id])
  useEffect(() => {
    // The scene shifts its picture so that the exhibit stays in sight beside or above the dialog.
    const measure = () => {
      const box = dialog.current?.getBoundingClientRect()
      if (!box) return
      const wide = box.left > window.innerWidth / 3
      // Above a bottom sheet, the free band runs from the masthead down to the sheet.
      const masthead = window.document.querySelector('.hud')?.getBoundingClientRect().bottom ?? 0
      setDialogInset(
        wide
          ? { right: window.innerWidth - box.left, bottom: 0, top: 0 }
          : { right: 0, bottom: window.innerHeight - box.top, top: masthead },
      )
    }
    measure()
    window.addEventListener('resize', measure)
    return () => {
      window.removeEventListener('resize', measure)
      setDialogInset({ right: 0, bottom: 0, top: 0 })
    }
  }, [setDialogInset])

  // In a tour the dialog itself takes the focus, so that a clicker's Space steps the tour rather
  // than pressing the close button.
  const touring = useExhibition((s) => s.tour.status !== 'off')
  useDialogFocus(touring ? dialog : closeButton)

  // Closing the exhibit a tour opened leaves the tour, back to where the visitor stood before it.
  const close = () =>
    touring
      ? useExhibition.getState().exitTour()
      : goTo({ kind: 'hall', hall: recommendation.number }, 'stay')

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      close()
      return
    }
    keepTabInside(event, dialog.current)
  }

  return (
    <div
      ref={dialog}
      className="exhibit-dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-measure={measure.id}
      onKeyDown={onKeyDown}
    >
      <div className="exhibit-dialog__head">
        <p className="exhibit-dialog__kicker">
          {translate(language, 'exhibit', {
            hall: recommendation.number,
            exhibit: measure.ordinal,
          })}
        </p>
        <button
          ref={closeButton}
          type="button"
          className="close-button"
          onClick={close}
          aria-label={translate(language, 'closeExhibit')}
        >
          {translate(language, 'close')} ×
        </button>
      </div>
      <h2 id={titleId} className="exhibit-dialog__title">
        {measure.title}
      </h2>
      <div className="exhibit-dialog__text">
        {measure.paragraphs.map((paragraph) => (
          <p key={paragraph.id} data-node={paragraph.id}>
            {paragraph.text}
          </p>
        ))}
      </div>
      {measure.figures.length > 0 && (
        <section aria-label={translate(language, 'keyFigures')}>
          <h3>{translate(language, 'keyFigures')}</h3>
          <ul className="exhibit-dialog__figures">
            {measure.figures.map((figure) => (
              <li key={figure.id} title={figure.sourceSentence}>
                <strong>
                  {figure.qualifier}
                  {figure.text}
                </strong>
                <span>
                  {figure.kind === 'year' ? translate(language, 'yearLabel') : figure.label}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {bodies.length > 0 && (
        <section aria-label={translate(language, 'namedBodies')}>
          <h3>{translate(language, 'namedBodies')}</h3>
          <ul className="exhibit-dialog__bodies">
            {bodies.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label={translate(language, 'inDocument')}>
        <h3>{translate(language, 'inDocument')}</h3>
        <p className="exhibit-dialog__path">
          {translate(language, 'documentPath', {
            answers: document.answers.title,
            ordinal: recommendation.ordinal,
            topic: recommendation.topic,
            n: measure.ordinal,
          })}
        </p>
        <a className="exhibit-dialog__text-link" href={TEXT_HASH}>
          {translate(language, 'readInText')}
        </a>
      </section>
    </div>
  )
}
