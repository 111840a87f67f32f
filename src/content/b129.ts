import source from '../../assets/reply/B129.txt?raw'
import bodies from '../../assets/reply/B129.bodies.json'
import bodiesEn from '../../assets/reply/B129.bodies.en.json'
import nodesEn from '../../assets/reply/B129.en.json'
import figuresEn from '../../assets/reply/B129.figures.en.json'
import { parseReply } from './parseReply'
import { translateReply, type ReplyTranslation } from './translateReply'

/** The reply this exhibition shows, parsed once when the app loads. */
export const B129 = parseReply(source)

/** The English translation of B129, keyed by the model's ids. */
export const B129_TRANSLATION_EN: ReplyTranslation = { nodes: nodesEn, figures: figuresEn }

/** B129 in English: same ids and structure, every text translated. */
export const B129_EN = B129.ok ? translateReply(B129.document, B129_TRANSLATION_EN).document : null

export type Bodies = Readonly<Record<string, readonly string[]>>

/**
 * Organisations each measure names, as written in it (checked by the tests), shown as name
 * plaques: text only, no logos. The English list names them as the English text does.
 */
export const B129_BODIES: Bodies = bodies
export const B129_BODIES_EN: Bodies = bodiesEn
