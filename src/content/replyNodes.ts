import type { ReplyDocument, TextNode } from './types'

/** Every node of a reply in document order: the source, re-assembled from the model. */
export function replyNodes(document: ReplyDocument): TextNode[] {
  const { meta, opening, overview, answers, recommendations, contact } = document
  const header = [
    meta.result,
    meta.disclosure,
    meta.issuer,
    meta.docNumber,
    meta.title,
    meta.addressee,
  ]
  return [
    ...header.sort((a, b) => a.span.line - b.span.line),
    ...opening,
    overview.heading,
    ...overview.paragraphs,
    answers.heading,
    ...answers.paragraphs,
    ...recommendations.flatMap((recommendation) => [
      recommendation.heading,
      ...recommendation.intro,
      ...recommendation.measures.flatMap((measure) => [measure.heading, ...measure.paragraphs]),
    ]),
    ...(contact?.lines ?? []),
  ]
}
