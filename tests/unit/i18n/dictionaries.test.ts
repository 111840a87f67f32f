import { describe, expect, it } from 'vitest'
import { dictionaries, hallName, translate } from '../../../src/i18n'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('the UI dictionaries', () => {
  it('have the same keys in Chinese and English, none empty', () => {
    expect(Object.keys(dictionaries.en)).toEqual(Object.keys(dictionaries.zh))
    for (const [key, text] of Object.entries(dictionaries.en)) expect(text.trim(), key).not.toBe('')
  })

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(dictionaries.zh)) {
      expect(placeholders(dictionaries.en[key as keyof typeof dictionaries.en]), key).toEqual(
        placeholders(text),
      )
    }
  })

  it('keep Chinese out of the English strings, but for the switch naming Chinese in Chinese', () => {
    for (const [key, text] of Object.entries(dictionaries.en))
      expect(/\p{Script=Han}/u.test(text), key).toBe(key === 'otherLanguage')
  })

  it('fill in placeholders', () => {
    expect(translate('en', 'exhibit', { hall: 2, exhibit: 1 })).toBe('Exhibit 2.1')
    expect(translate('zh', 'noticeNoSuchHall', { hall: 9 })).toBe(
      '本展区没有第 9 展厅，已回到序厅。',
    )
  })
})

describe('hall names', () => {
  it('use the document’s numerals in Chinese and digits in English', () => {
    expect(hallName('zh', 2)).toBe('第二展厅')
    expect(hallName('zh', 12)).toBe('第十二展厅')
    expect(hallName('en', 2)).toBe('Hall 2')
  })
})
