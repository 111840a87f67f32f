import type { ReplyDocument } from './types.ts'

/** The exhibition's name in each language it is shown in. */
export interface ExhibitionName {
  zh: string
  en: string
  /** What a home screen or a task bar has room for (the web app manifest's short name). */
  short: string
}

/**
 * The name of an exhibition whose reply has no `.meta.json` (or a file opened in the app): what
 * the reply's title gives it (第B057号提案答复展; Exhibition of the reply to proposal B057).
 */
export function defaultName(document: ReplyDocument): ExhibitionName {
  const number = /第\s*([A-Za-z]?\s*\d+)\s*号/
    .exec(document.meta.title.value)?.[1]
    ?.replace(/\s/g, '')
  if (!number)
    return { zh: '提案答复展', en: 'Exhibition of a proposal reply', short: '提案答复展' }
  return {
    zh: `第${number}号提案答复展`,
    en: `Exhibition of the reply to proposal ${number}`,
    short: `${number}答复展`,
  }
}
