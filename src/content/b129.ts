import source from '../../assets/reply/B129.txt?raw'
import { retryableImport } from '../retryableImport'
import bodies from '../../assets/reply/B129.bodies.json'
import { parseReply } from './parseReply'
import type { ReplyDocument } from './types'

/** The reply this exhibition shows, parsed once when the app loads. */
export const B129 = parseReply(source)

export type Bodies = Readonly<Record<string, readonly string[]>>

/**
 * Organisations each measure names, as written in it (checked by the tests), shown as name
 * plaques: text only, no logos.
 */
export const B129_BODIES: Bodies = bodies

export interface Translated {
  document: ReplyDocument
  bodies: Bodies
}

let englishNow: Translated | null = null

/**
 * B129 in English, loaded on first use: a Chinese visit never downloads the translation.
 * Null when the source itself did not parse. A failed load is tried again on the next call.
 */
export const loadEnglish: () => Promise<Translated | null> = retryableImport(() =>
  import('./b129English').then((m) => {
    englishNow = m.B129_EN ? { document: m.B129_EN, bodies: m.B129_BODIES_EN } : null
    return englishNow
  }),
)

/** B129 in English if it has been loaded, else null. */
export function englishLoaded(): Translated | null {
  return englishNow
}
