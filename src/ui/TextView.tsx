import { useEffect, useRef } from 'react'
import { closingLines, type Paragraph, type ReplyDocument } from '../content'
import { measureAt, recommendationAt } from '../exhibition/exhibition'
import { useShown } from '../exhibition/shown'
import { hallName, translate } from '../i18n'
import type { ExhibitionPlan, Place } from '../plan'
import { hashOfPlace } from '../state/placeHash'
import { useExhibition } from '../state/store'

type TextViewProps = {
  /** Without WebGL there is no pavilion to go back to: place links then only mark a section. */
  standalone: boolean
}

/** The id of the section that shows a place: the header for the lobby, `text-r2`, `text-r2m1`. */
export function sectionOfPlace(
  document: ReplyDocument,
  plan: ExhibitionPlan,
  place: Place,
): string {
  const recommendation = recommendationAt(document, plan, place)
  if (!recommendation) return 'text-header'
  return `text-${measureAt(document, plan, place)?.id ?? recommendation.id}`
}

function Paragraphs({ paragraphs }: { paragraphs: Paragraph[] }) {
  return paragraphs.map((p) => (
    <p key={p.id} data-node={p.id}>
      {p.text}
    </p>
  ))
}

/**
 * `#/text`: the whole reply as one HTML document, generated from the same model as the pavilion,
 * with the visitor's place marked and a link from every section to its place in the pavilion.
 */
export function TextView({ standalone }: TextViewProps) {
  const { exhibition, document, bodies } = useShown()
  const language = useExhibition((s) => s.language)
  const closing = closingLines(document)
  const place = useExhibition((s) => s.place)
  const title = useRef<HTMLHeadingElement>(null)
  const current = sectionOfPlace(document, exhibition.plan, place)
  const { meta } = document

  useEffect(() => {
    // The section of the place the visitor came from comes into view, and focus moves into the
    // document so that a screen reader starts reading it.
    const section = window.document.getElementById(current)
    if (current !== 'text-header' && section) section.scrollIntoView({ block: 'start' })
    title.current?.focus({ preventScroll: current !== 'text-header' })
  }, [current])

  const placeLink = (target: Place, label: string) => (
    <a className="text-view__place" href={hashOfPlace(target)}>
      {standalone ? label : `${translate(language, 'seeInExhibition')} · ${label}`}
    </a>
  )
  const marked = (id: string) => (id === current ? { 'aria-current': 'location' as const } : {})

  return (
    <article
      className="text-view"
      lang={language === 'en' ? 'en' : 'zh-CN'}
      aria-labelledby="text-title"
    >
      <div className="text-view__bar">
        {!standalone && (
          <a className="text-view__back" href={hashOfPlace(place)}>
            {translate(language, 'backToExhibition')}
          </a>
        )}
        <button type="button" className="text-view__print" onClick={() => window.print()}>
          {translate(language, 'print')}
        </button>
      </div>
      <header id="text-header" className="text-view__header" {...marked('text-header')}>
        <p className="text-view__kicker">
          {exhibition.name[language]} · {translate(language, 'textViewTitle')}
        </p>
        <h1 id="text-title" ref={title} tabIndex={-1} data-node={meta.title.id}>
          {meta.title.text}
        </h1>
        <ul className="text-view__meta" aria-label={translate(language, 'replyHeader')}>
          {[meta.result, meta.disclosure, meta.issuer, meta.docNumber].map((field) => (
            <li key={field.id} data-node={field.id}>
              {field.text}
            </li>
          ))}
        </ul>
        {language === 'en' && (
          <p className="text-view__note">{translate(language, 'translationNote')}</p>
        )}
        {placeLink({ kind: 'lobby' }, translate(language, 'lobby'))}
      </header>
      <p data-node={meta.addressee.id}>{meta.addressee.text}</p>
      <Paragraphs paragraphs={document.opening} />
      <section aria-labelledby="text-overview">
        <h2 id="text-overview" data-node={document.overview.heading.id}>
          {document.overview.heading.text}
        </h2>
        <Paragraphs paragraphs={document.overview.paragraphs} />
      </section>
      <section aria-labelledby="text-answers">
        <h2 id="text-answers" data-node={document.answers.heading.id}>
          {document.answers.heading.text}
        </h2>
        <Paragraphs paragraphs={document.answers.paragraphs} />
        {document.recommendations.map((recommendation) => (
          <section
            key={recommendation.id}
            id={`text-${recommendation.id}`}
            aria-labelledby={`text-${recommendation.id}-heading`}
            {...marked(`text-${recommendation.id}`)}
          >
            <h3 id={`text-${recommendation.id}-heading`} data-node={recommendation.heading.id}>
              {recommendation.heading.text}
            </h3>
            {placeLink(
              { kind: 'hall', hall: recommendation.number },
              hallName(language, recommendation.number),
            )}
            <Paragraphs paragraphs={recommendation.intro} />
            {recommendation.measures.map((measure) => (
              <section
                key={measure.id}
                id={`text-${measure.id}`}
                aria-labelledby={`text-${measure.id}-heading`}
                {...marked(`text-${measure.id}`)}
              >
                <h4 id={`text-${measure.id}-heading`} data-node={measure.heading.id}>
                  {measure.heading.text}
                </h4>
                <Paragraphs paragraphs={measure.paragraphs} />
                {(bodies[measure.id]?.length ?? 0) > 0 && (
                  <p className="text-view__bodies">
                    {translate(language, 'namedBodies')}: {bodies[measure.id]?.join(' · ')}
                  </p>
                )}
                {placeLink(
                  { kind: 'exhibit', hall: recommendation.number, exhibit: measure.ordinal },
                  translate(language, 'exhibit', {
                    hall: recommendation.number,
                    exhibit: measure.ordinal,
                  }),
                )}
              </section>
            ))}
          </section>
        ))}
      </section>
      {closing.length > 0 && (
        <footer className="text-view__contact">
          <h2>{translate(language, 'contact')}</h2>
          <address>
            {closing.map((line) => (
              <p key={line.id} data-node={line.id}>
                {line.text}
              </p>
            ))}
          </address>
        </footer>
      )}
      {document.warnings.length > 0 && (
        <section className="text-view__warnings" aria-labelledby="text-view-warnings">
          <h2 id="text-view-warnings">{translate(language, 'sourceWarnings')}</h2>
          <ul>
            {document.warnings.map((warning) => (
              <li key={`${warning.line}-${warning.code}`}>{warning.message}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}
