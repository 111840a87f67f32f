import reply from 'virtual:exhibition-reply'
import { retryableImport } from '../retryableImport'
import { parseReply } from './parseReply'
import type { ReplyDocument } from './types'

// The reply this build shows: B129 unless the build was given another (scripts/replyInput.ts,
// `npm run build -- --reply path/to/reply.txt`). Nothing else in the app names a reply.

/** The reply, parsed once when the app loads. */
export const REPLY = parseReply(reply.source)

/** The exhibition's name, from the reply's `.meta.json` or made from its proposal number. */
export const EXHIBITION_NAME: Readonly<{ zh: string; en: string }> = reply.name

export type Bodies = Readonly<Record<string, readonly string[]>>

/**
 * Organisations each measure names, as written in it (checked by the tests), shown as name
 * plaques: text only, no logos. Empty for a reply without a `.bodies.json`.
 */
export const REPLY_BODIES: Bodies = reply.bodies

/**
 * Whether the reply can be shown in English. The translation files are B129's, keyed by its
 * node ids: another reply is shown in Chinese only, and the language switch is not offered.
 */
export const TRANSLATED = reply.translated && reply.file === 'B129.txt'

export interface Translated {
  document: ReplyDocument
  bodies: Bodies
}

let englishNow: Translated | null = null

/**
 * The reply in English, loaded on first use: a Chinese visit never downloads the translation.
 * Null when the source itself did not parse or has no translation. A failed load is tried
 * again on the next call.
 */
export const loadEnglish: () => Promise<Translated | null> = TRANSLATED
  ? retryableImport(() =>
      import('./b129English').then((m) => {
        englishNow = m.B129_EN ? { document: m.B129_EN, bodies: m.B129_BODIES_EN } : null
        return englishNow
      }),
    )
  : () => Promise.resolve(null)

/** The reply in English if it has been loaded, else null. */
export function englishLoaded(): Translated | null {
  return englishNow
}
