import bodiesEn from '../../assets/reply/B129.bodies.en.json'
import nodesEn from '../../assets/reply/B129.en.json'
import figuresEn from '../../assets/reply/B129.figures.en.json'
import { REPLY as B129, type Bodies } from './shownReply'
import { translateReply, type ReplyTranslation } from './translateReply'

/** The English translation of B129, keyed by the model's ids. */
export const B129_TRANSLATION_EN: ReplyTranslation = { nodes: nodesEn, figures: figuresEn }

/** B129 in English: same ids and structure, every text translated. */
export const B129_EN = B129.ok ? translateReply(B129.document, B129_TRANSLATION_EN).document : null

/** The organisations each measure names, as the English text names them. */
export const B129_BODIES_EN: Bodies = bodiesEn
