import type { Language } from '../i18n'
import type { Notice } from './placeHash'

/** What the query string asks of the exhibition, with a notice for each value it cannot honour. */
export interface QueryReading {
  language: Language
  /** `?kiosk`: exhibition mode. */
  kiosk: boolean
  /** `?idle=90`: seconds without input before a kiosk returns to its start; null when not given. */
  idleSeconds: number | null
  /** `?bench`: the scene hands its renderer's figures to `npm run bench`. */
  bench: boolean
  /** `?faults`: tests may inject faults (a throwing scene) through `window.exhibitionFaults`. */
  faults: boolean
  /** `?pace=20`: tour steps last a twentieth of their reading time (`npm run soak`); 1 to 50. */
  pace: number
  notices: Notice[]
}

const LANGUAGES: readonly Language[] = ['zh', 'en']
// A day: longer than any exhibition day, short enough to be a mistake-proof upper bound.
const MAX_IDLE_SECONDS = 86_400

// A soak test runs many tours in minutes; faster than 50× a step would end before it is drawn.
const MAX_PACE = 50

function paceOf(value: string | null): number {
  const pace = Number(value)
  return value !== null && /^\d+$/.test(value) && pace >= 1 ? Math.min(pace, MAX_PACE) : 1
}

/** `?lang=en&kiosk&idle=90` → English, kiosk, 90 s. Unknown parameters are left alone (QR tools add some). */
export function readQuery(search: string): QueryReading {
  const params = new URLSearchParams(search)
  const notices: Notice[] = []
  let language: Language = 'zh'
  const lang = params.get('lang')
  if (lang !== null) {
    const wanted = lang.trim().toLowerCase()
    const known = LANGUAGES.find((l) => l === wanted || wanted.startsWith(`${l}-`))
    if (known) language = known
    else notices.push({ key: 'noticeUnknownLanguage', params: {} })
  }
  let idleSeconds: number | null = null
  const idle = params.get('idle')
  if (idle !== null) {
    const seconds = Number(idle)
    if (/^\d+(\.\d+)?$/.test(idle.trim()) && seconds >= 10 && seconds <= MAX_IDLE_SECONDS)
      idleSeconds = Math.round(seconds)
    else notices.push({ key: 'noticeBadIdle', params: {} })
  }
  return {
    language,
    kiosk: params.has('kiosk'),
    idleSeconds,
    bench: params.has('bench'),
    faults: params.has('faults'),
    pace: paceOf(params.get('pace')),
    notices,
  }
}

/** The query string with `lang` set to the language (Chinese, the default, is left out). */
export function searchWithLanguage(search: string, language: Language): string {
  const params = new URLSearchParams(search)
  if (language === 'zh') params.delete('lang')
  else params.set('lang', language)
  const text = params.toString().replace(/=(?=&|$)/g, '')
  return text ? `?${text}` : ''
}
