import { describe, expect, it } from 'vitest'
import english from '../../../assets/reply/B129.en.json'
import { replyNodes } from '../../../src/content'
import { b129 } from '../../support/b129'

const translations: Record<string, string> = english
const nodes = replyNodes(b129())
const numbers = (text: string) => (text.match(/\d+(?:\.\d+)?/g) ?? []).sort()

describe('the English translation of B129', () => {
  it('translates every node of the model, and nothing else', () => {
    expect(Object.keys(translations)).toEqual(nodes.map((node) => node.id))
    for (const node of nodes) expect(translations[node.id]?.trim(), node.id).toBeTruthy()
  })

  it('keeps every number of the source', () => {
    for (const node of nodes) {
      const english = translations[node.id] ?? ''
      // Chinese numerals in titles (十五届) become digits in English, so only the source's digits are checked.
      for (const number of numbers(node.text))
        expect(english, `${node.id}: ${number}`).toContain(number)
    }
  })

  it('holds no Chinese', () => {
    for (const [id, text] of Object.entries(translations))
      expect(/\p{Script=Han}/u.test(text), id).toBe(false)
  })
})
