import type { HeaderField, ReplyDocument, ReplyMeta, TextNode } from './types'

/** Every node of a reply in document order: the source, re-assembled from the model. */
export function replyNodes(document: ReplyDocument): TextNode[] {
  const { meta, opening, overview, answers, recommendations, contact, signature } = document
  return [
    ...headerNodes(meta).sort((a, b) => a.span.line - b.span.line),
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
    ...closingLines({ contact, signature }),
  ]
}

/** The contact block's lines and the signature's, in the order written (either may come first). */
export function closingLines({
  contact,
  signature,
}: Pick<ReplyDocument, 'contact' | 'signature'>): TextNode[] {
  return [...(contact?.lines ?? []), ...(signature?.lines ?? [])].sort(
    (a, b) => a.span.line - b.span.line,
  )
}

/** The header's six fields: result, disclosure, issuer, number, title, addressee. */
export function headerNodes(meta: ReplyMeta): HeaderField[] {
  return [meta.result, meta.disclosure, meta.issuer, meta.docNumber, meta.title, meta.addressee]
}
