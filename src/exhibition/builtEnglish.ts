import english from 'virtual:exhibition-english'
import type { ReplyDocument } from '../content'
import { translateReply, type ReplyTranslation } from '../content/translateReply'
import type { Translated } from './exhibition'

// The built reply's English (its `.en.json`, `.figures.en.json` and `.bodies.en.json`, checked
// against the reply when it was built): a chunk of its own, loaded only for an English visit.

/** The translation, keyed by the model's ids; null when the reply has none. */
export const BUILT_TRANSLATION: ReplyTranslation | null = english
  ? { nodes: english.nodes, figures: english.figures }
  : null

/** The reply in English: same ids and structure, every text translated, with its plaques. */
export function builtEnglish(source: ReplyDocument): Translated | null {
  if (!english || !BUILT_TRANSLATION) return null
  return { document: translateReply(source, BUILT_TRANSLATION).document, bodies: english.bodies }
}
