import { describe, expect, it } from 'vitest'
import { languagesWithVoice, narrationText, pickVoice } from '../../../src/tour/narration'

const voice = (
  lang: string,
  name = lang,
  extra: { default?: boolean; localService?: boolean } = {},
) => ({
  lang,
  name,
  ...extra,
})

describe('pickVoice', () => {
  it('chooses by language prefix, preferring the exact locale, then a local voice, then the default', () => {
    const voices = [
      voice('en-GB', 'British', { localService: true }),
      voice('zh-TW', 'Taiwan'),
      voice('en-US', 'American'),
      voice('zh_CN', 'Mainland'),
      voice('fr-FR', 'French', { default: true }),
    ]
    expect(pickVoice(voices, 'zh')?.name).toBe('Mainland')
    expect(pickVoice(voices, 'en')?.name).toBe('American')
    expect(
      pickVoice([voice('en-GB', 'a'), voice('en-AU', 'b', { localService: true })], 'en')?.name,
    ).toBe('b')
    expect(
      pickVoice([voice('zh-HK', 'a'), voice('zh-TW', 'b', { default: true })], 'zh')?.name,
    ).toBe('b')
  })

  it('finds none where no voice speaks the language', () => {
    expect(pickVoice([voice('fr-FR'), voice('de-DE')], 'zh')).toBeNull()
    expect(pickVoice([], 'en')).toBeNull()
    // A prefix must be the whole language tag, not its first letters.
    expect(pickVoice([voice('zha-CN')], 'zh')).toBeNull()
  })

  it('lists the exhibition’s languages that some voice can read', () => {
    expect(languagesWithVoice([voice('en-US'), voice('fr-FR')])).toEqual(['en'])
    expect(languagesWithVoice([voice('ZH-cn'), voice('en')])).toEqual(['zh', 'en'])
    expect(languagesWithVoice([])).toEqual([])
  })
})

describe('narrationText', () => {
  it('reads the title, then the sentence, with a stop of the language between', () => {
    expect(narrationText('第一展厅', '关于……的建议', 'zh')).toBe('第一展厅。关于……的建议')
    expect(narrationText('Hall 1', 'On the proposal.', 'en')).toBe('Hall 1. On the proposal.')
    expect(narrationText('Hall 1', '', 'en')).toBe('Hall 1')
  })
})
