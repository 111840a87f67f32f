import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import bodiesEn from '../../assets/reply/B129.bodies.en.json'
import bodiesZh from '../../assets/reply/B129.bodies.json'
import nodesEn from '../../assets/reply/B129.en.json'
import figuresEn from '../../assets/reply/B129.figures.en.json'
import meta from '../../assets/reply/B129.meta.json'
import { parseReply, type ReplyDocument } from '../../src/content'
import { bodyNames, figureTexts, nodeTexts } from '../../src/content/sideData'
import { translateReply, type ReplyTranslation } from '../../src/content/translateReply'

export const B129_PATH = fileURLToPath(new URL('../../assets/reply/B129.txt', import.meta.url))
export const B129_TEXT = readFileSync(B129_PATH, 'utf8')

/** The B129 model; throws with the parser's messages when it does not parse. */
export function b129(): ReplyDocument {
  const result = parseReply(B129_TEXT)
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'))
  return result.document
}

/** B129's side data as the build hands it to the app: fingerprints checked and dropped. */
export const B129_SIDE = {
  name: meta.name,
  bodies: bodyNames(bodiesZh),
  english: {
    nodes: nodeTexts(nodesEn),
    figures: figureTexts(figuresEn),
    bodies: bodyNames(bodiesEn),
  },
}

/** The translation of B129, keyed by the model's ids. */
export const B129_TRANSLATION_EN: ReplyTranslation = {
  nodes: B129_SIDE.english.nodes,
  figures: B129_SIDE.english.figures,
}

/** B129 in English, as the app shows it. */
export function b129English(): ReplyDocument {
  return translateReply(b129(), B129_TRANSLATION_EN).document
}
