import en from '../../assets/i18n/ui.en.json'
import { toChineseNumeral } from '../content/chineseNumerals'
import zh from '../../assets/i18n/ui.zh.json'

export type Language = 'zh' | 'en'
export type UiKey = keyof typeof zh
export type UiParams = Record<string, string | number>

// Typing both as Record<UiKey, string> makes a key missing from either a compile error.
export const dictionaries: Record<Language, Record<UiKey, string>> = { zh, en }

/** A UI string in the given language with `{name}` placeholders filled in. */
export function translate(language: Language, key: UiKey, params: UiParams = {}): string {
  const template = dictionaries[language][key]
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}

/** A UI string by a key built at run time (`action.open`), or undefined when there is none. */
export function translateKey(
  language: Language,
  key: string,
  params: UiParams = {},
): string | undefined {
  return key in dictionaries[language] ? translate(language, key as UiKey, params) : undefined
}

/** A hall's number as the language writes it: 二 in Chinese (as the document numbers them), 2 in English. */
export function hallNumeral(language: Language, hall: number): string {
  return language === 'zh' ? toChineseNumeral(hall) : String(hall)
}

/** A hall's name: 第二展厅, Hall 2. */
export function hallName(language: Language, hall: number): string {
  return translate(language, 'hall', { n: hallNumeral(language, hall) })
}
