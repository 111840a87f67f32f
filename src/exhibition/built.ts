import reply from 'virtual:exhibition-reply'
import { retryableImport } from '../retryableImport'
import type { ReplyDocument } from '../content'
import { buildExhibition, type EnglishText, type Translated } from './exhibition'

// The reply this build shows: B129 unless the build was given another (scripts/replyInput.ts,
// `npm run build -- --reply path/to/reply.txt`). Nothing else in the app names a reply; what the
// scene and the UI show comes to them as an `Exhibition`, through context (shownExhibition.tsx).

/** The exhibition's name, for the loading screen (drawn before the app itself). */
export const BUILT_NAME: Readonly<{ zh: string; en: string }> = reply.name

/** The English of a reply, loaded on first use; a failed load is tried again on the next call. */
function englishOf(source: () => ReplyDocument | null): EnglishText {
  let loaded: Translated | null = null
  const load = retryableImport(() =>
    import('./builtEnglish').then((module) => {
      const document = source()
      loaded = document ? module.builtEnglish(document) : null
      return loaded
    }),
  )
  return { load, loaded: () => loaded }
}

/** The built reply as an exhibition, parsed and planned once when the app loads. */
export const BUILT = buildExhibition(reply.source, {
  name: reply.name,
  bodies: reply.bodies,
  english: reply.translated ? englishOf(() => (BUILT.ok ? BUILT.exhibition.source : null)) : null,
})
