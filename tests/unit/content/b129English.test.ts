import { describe, expect, it } from 'vitest'
import { replyNodes } from '../../../src/content'
import { translateReply, type FigureTranslation } from '../../../src/content/translateReply'
import { b129, B129_SIDE, B129_TRANSLATION_EN } from '../../support/b129'

const B129_BODIES = B129_SIDE.bodies

const translations: Record<string, string> = B129_SIDE.english.nodes
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

describe('B129 in English', () => {
  const source = b129()
  const { document, missing } = translateReply(source, B129_TRANSLATION_EN)
  const figureText: Record<string, FigureTranslation> = B129_SIDE.english.figures
  const bodiesText: Record<string, string[]> = B129_SIDE.english.bodies

  it('lacks no node and no figure', () => {
    expect(missing).toEqual([])
    expect(Object.keys(figureText).sort()).toEqual(source.figures.map((f) => f.id).sort())
  })

  it('keeps ids and structure, with every text translated', () => {
    expect(replyNodes(document).map((n) => n.id)).toEqual(nodes.map((n) => n.id))
    for (const node of replyNodes(document)) expect(node.text).toBe(translations[node.id])
    expect(document.recommendations.map((r) => r.measures.length)).toEqual([3, 2, 4])
  })

  it('reads titles, topics, ordinals and header values out of the English headings', () => {
    expect(document.meta.result.value).toBe('Resolved or adopted')
    expect(document.meta.addressee.value).toBe('Member Zhang Tinghe')
    expect(document.meta.issuer.value).toBe('Yangpu District Science and Technology Commission')
    expect(document.overview.title).toBe('Overview of the Handling of the Proposal')
    expect(document.recommendations.map((r) => r.ordinal)).toEqual(['1', '2', '3'])
    expect(document.recommendations[0]?.topic).toBe(
      'establish a university digital alliance and promote talent cultivation and content creation',
    )
    expect(document.recommendations[0]?.measures[0]?.title).toBe(
      'Fostering a New Digital-Economy Ecosystem',
    )
    expect(document.contact?.postcode).toBe('200082')
    expect(document.contact?.phone).toBe('65668055')
  })

  it('holds no Chinese in any string a visitor sees', () => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : Array.isArray(value)
          ? value.flatMap(strings)
          : value && typeof value === 'object'
            ? Object.entries(value)
                // The contact's own labels stay as the source's field keys; units are data.
                .filter(([key]) => key !== 'unit')
                .flatMap(([, v]) => strings(v))
            : []
    const shown = { ...document, joins: [] }
    for (const text of strings(shown)) expect(/\p{Script=Han}/u.test(text), text).toBe(false)
  })

  it('writes each figure with the number of the source, in a sentence that holds it', () => {
    for (const figure of document.figures) {
      const original = source.figures.find((f) => f.id === figure.id)
      expect(figure.text, figure.id).toContain(String(original?.value))
      expect(figure.sourceSentence, figure.id).toContain(figure.text)
      expect(figure.label.trim(), figure.id).not.toBe('')
    }
  })

  it('names every body, in the same order, as the English text names it', () => {
    expect(Object.keys(bodiesText)).toEqual(Object.keys(B129_BODIES))
    for (const [measureId, names] of Object.entries(bodiesText)) {
      expect(names.length, measureId).toBe(B129_BODIES[measureId]?.length)
      const text = translations[`${measureId}p1`] ?? ''
      for (const name of names) expect(text, `${measureId}: ${name}`).toContain(name)
    }
  })

  it('reports what a partial translation lacks and keeps the source there', () => {
    const partial = Object.fromEntries(Object.entries(translations).filter(([id]) => id !== 'r1m1'))
    const result = translateReply(source, { nodes: partial, figures: {} })
    expect(result.missing).toContain('r1m1')
    expect(result.missing).toContain('r1m3p1f3')
    expect(result.document.recommendations[0]?.measures[0]?.heading.text).toBe(
      source.recommendations[0]?.measures[0]?.heading.text,
    )
  })
})
