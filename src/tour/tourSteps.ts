import { closingLines, type ReplyDocument } from '../content'
import type { ExhibitionName } from '../content/exhibitionName'
import { measureAt, recommendationAt } from '../exhibition/exhibition'
import { hallName, translate, type Language } from '../i18n'
import { viewpointOf, type ExhibitionPlan, type Place, type Viewpoint } from '../plan'

export type TourStepKind = 'header' | 'overview' | 'hall' | 'exhibit' | 'contact'

/** One stop of the guided tour: what it shows, the place it opens, and where the camera stands. */
export interface TourStep {
  kind: TourStepKind
  place: Place
  viewpoint: Viewpoint
}

export interface TourCaption {
  title: string
  /** The one sentence that says what the step is about. */
  sentence: string
}

/**
 * The tour in document order: the reply's header, its overview, then each hall's introduction
 * followed by its exhibits, then the contact wall (when the reply has a contact block).
 */
export function tourStepsOf(plan: ExhibitionPlan, document: ReplyDocument): TourStep[] {
  const lobby: Place = { kind: 'lobby' }
  const steps: TourStep[] = [
    { kind: 'header', place: lobby, viewpoint: plan.spawn },
    { kind: 'overview', place: lobby, viewpoint: plan.lobby.overviewView },
  ]
  for (const hall of plan.halls) {
    const place: Place = { kind: 'hall', hall: hall.number }
    steps.push({ kind: 'hall', place, viewpoint: viewpointOf(plan, place) })
    for (const stand of hall.stands) {
      const exhibit: Place = { kind: 'exhibit', hall: hall.number, exhibit: stand.exhibit }
      steps.push({ kind: 'exhibit', place: exhibit, viewpoint: stand.viewpoint })
    }
  }
  if (closingLines(document).length > 0)
    steps.push({ kind: 'contact', place: lobby, viewpoint: plan.lobby.contactView })
  return steps
}

/** The first sentence of a text: up to the first full stop, question or exclamation mark. */
export function firstSentence(text: string): string {
  const trimmed = text.trim()
  const end = /[。！？]|[.!?](?=\s|$)/.exec(trimmed)
  return end ? trimmed.slice(0, end.index + 1) : trimmed
}

/** What a caption is made from: the document in the language shown, its plan and its name. */
export interface CaptionSource {
  document: ReplyDocument
  plan: ExhibitionPlan
  name: ExhibitionName
}

/** What the caption bar shows, and narration reads, for a step in the document's language. */
export function captionOf(
  step: TourStep,
  { document, plan, name }: CaptionSource,
  language: Language,
): TourCaption {
  const { place } = step
  switch (step.kind) {
    case 'header':
      return { title: name[language], sentence: document.meta.title.value }
    case 'overview':
      return {
        title: document.overview.heading.text,
        sentence: firstSentence(document.overview.paragraphs[0]?.text ?? ''),
      }
    case 'contact':
      return {
        title: translate(language, 'contact'),
        sentence: closingLines(document)
          .map((line) => line.text)
          .join(' '),
      }
    case 'hall': {
      const recommendation = recommendationAt(document, plan, place)
      return {
        title: place.kind === 'lobby' ? '' : hallName(language, place.hall),
        sentence: recommendation?.title ?? '',
      }
    }
    case 'exhibit': {
      if (place.kind !== 'exhibit') return { title: '', sentence: '' }
      const measure = measureAt(document, plan, place)
      const figure = measure?.figures[0]
      return {
        title: `${translate(language, 'exhibit', { hall: place.hall, exhibit: place.exhibit })} ${measure?.title ?? ''}`,
        sentence: figure?.sourceSentence ?? firstSentence(measure?.paragraphs[0]?.text ?? ''),
      }
    }
  }
}
