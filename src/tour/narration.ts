import type { Language } from '../i18n'

/** The speech language asked of the browser for each language of the exhibition. */
export const SPEECH_LANG: Record<Language, string> = { zh: 'zh-CN', en: 'en-US' }

/** The part of a SpeechSynthesisVoice this needs, so tests can hand plain objects. */
export interface VoiceLike {
  lang: string
  name: string
  default?: boolean
  localService?: boolean
}

const prefixOf = (lang: string) => lang.toLowerCase().replace('_', '-').split('-')[0] ?? ''

/**
 * A voice for the language, chosen by its prefix (zh, en): the exact locale first (zh-CN, en-US),
 * then a voice on the device (it works offline), then the browser's default, then any.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], language: Language): V | null {
  const exact = SPEECH_LANG[language].toLowerCase()
  const fitting = voices.filter((voice) => prefixOf(voice.lang) === language)
  const rank = (voice: V) =>
    (voice.lang.toLowerCase().replace('_', '-') === exact ? 4 : 0) +
    (voice.localService ? 2 : 0) +
    (voice.default ? 1 : 0)
  return fitting.reduce<V | null>(
    (best, voice) => (!best || rank(voice) > rank(best) ? voice : best),
    null,
  )
}

/** The languages of the exhibition that some voice can read. */
export function languagesWithVoice(voices: readonly VoiceLike[]): Language[] {
  return (['zh', 'en'] as const).filter((language) => pickVoice(voices, language) !== null)
}

/** What narration reads for a caption: its title, then its sentence, as one utterance. */
export function narrationText(title: string, sentence: string, language: Language): string {
  const stop = language === 'zh' ? '。' : '. '
  return sentence ? `${title}${stop}${sentence}` : title
}
