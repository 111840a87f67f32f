import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  buildExhibition,
  measureAt,
  measureById,
  recommendationAt,
  recommendationById,
  type Exhibition,
} from '../../../src/exhibition/exhibition'
import type { ExhibitionPlan } from '../../../src/plan'
import { replyNodes } from '../../../src/content'
import { B129_SIDE, B129_TEXT, b129English } from '../../support/b129'

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8')

function built(text: string, side = {}): Exhibition {
  const result = buildExhibition(text, side)
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'))
  return result.exhibition
}

/** The same plan with its halls, and each hall's stands, in reverse array order. */
function reversed(plan: ExhibitionPlan): ExhibitionPlan {
  return {
    ...plan,
    halls: [...plan.halls]
      .reverse()
      .map((hall) => ({ ...hall, stands: [...hall.stands].reverse() })),
  }
}

describe('buildExhibition', () => {
  it('makes B129 with its name and plaques, keyed by its text', () => {
    const exhibition = built(B129_TEXT, { name: B129_SIDE.name, bodies: B129_SIDE.bodies })
    expect(exhibition.name.zh).toBe('大创智数字创新展区')
    expect(exhibition.name.short).toBe('数字创新展区')
    expect(exhibition.plan.halls.map((h) => h.stands.length)).toEqual([3, 2, 4])
    expect(exhibition.bodies.r1m1).toContain('赛博研究院')
    expect(exhibition.english).toBeNull()
    expect(exhibition.key).toMatch(/^[0-9a-f]{8}$/)
    expect(built(B129_TEXT).key).toBe(exhibition.key)
    expect(built(fixture('six-halls.txt')).key).not.toBe(exhibition.key)
  })

  it('names a reply without metadata after its proposal number', () => {
    expect(built(fixture('one-by-one.txt')).name).toEqual({
      zh: '第B057号提案答复展',
      en: 'Exhibition of the reply to proposal B057',
      short: 'B057答复展',
    })
  })

  it('says why a malformed reply cannot be shown', () => {
    const result = buildExhibition(fixture('malformed/measure-gap.txt'))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.map((e) => e.code)).toContain('measure-order')
  })
})

describe('links from the plan to the document', () => {
  it('finds every hall’s recommendation and every exhibit’s measure by id, not by position', () => {
    for (const name of ['six-by-eight.txt', 'five-by-one.txt', 'mixed-names.txt']) {
      const { plan, source } = built(fixture(name))
      for (const shuffled of [plan, reversed(plan)]) {
        for (const hall of shuffled.halls) {
          const place = { kind: 'hall' as const, hall: hall.number }
          expect(recommendationAt(source, shuffled, place)?.number, name).toBe(hall.number)
          for (const stand of hall.stands) {
            const exhibit = { kind: 'exhibit' as const, hall: hall.number, exhibit: stand.exhibit }
            const measure = measureAt(source, shuffled, exhibit)
            expect(measure?.id).toBe(stand.id)
            expect(measure?.ordinal).toBe(stand.exhibit)
            expect(recommendationAt(source, shuffled, exhibit)?.id).toBe(hall.recommendationId)
          }
        }
      }
    }
  })

  it('finds the same nodes in the translation, whose ids are the source’s', () => {
    const { plan } = built(B129_TEXT)
    const english = b129English()
    const measure = measureAt(english, plan, { kind: 'exhibit', hall: 2, exhibit: 1 })
    expect(measure?.id).toBe('r2m1')
    expect(/\p{Script=Han}/u.test(measure?.title ?? '')).toBe(false)
  })

  it('finds nothing for a place or id the reply does not have', () => {
    const { plan, source } = built(B129_TEXT)
    expect(recommendationAt(source, plan, { kind: 'hall', hall: 4 })).toBeUndefined()
    expect(measureAt(source, plan, { kind: 'exhibit', hall: 2, exhibit: 3 })).toBeUndefined()
    expect(measureAt(source, plan, { kind: 'lobby' })).toBeUndefined()
    expect(recommendationById(source, 'r1m1')).toBeUndefined()
    expect(measureById(source, 'r1')).toBeUndefined()
    expect(measureById(source, 'r3m4')?.ordinal).toBe(4)
  })
})

describe('what each plan element shows', () => {
  it('links every node of the header, opening, overview, halls, exhibits and contact to a plan element', () => {
    for (const text of [
      B129_TEXT,
      fixture('five-by-one.txt'),
      fixture('mixed-names.txt'),
      fixture('intros.txt'),
    ]) {
      const { plan, source } = built(text)
      const shown = new Set([
        ...plan.lobby.welcomeBoard.shows,
        ...plan.lobby.openingPanel.shows,
        ...plan.lobby.overviewPanel.shows,
        ...plan.halls.flatMap((hall) => hall.shows),
      ])
      // An exhibit shows its measure: the heading (the measure's id) and every paragraph of it.
      for (const stand of plan.halls.flatMap((hall) => hall.stands)) {
        const measure = measureById(source, stand.id)!
        for (const node of [measure.heading, ...measure.paragraphs]) shown.add(node.id)
      }
      // Shown only in the text view: 二、's own heading and paragraphs.
      const textViewOnly = new Set([
        source.answers.heading.id,
        ...source.answers.paragraphs.map((p) => p.id),
      ])
      const nodes = replyNodes(source).filter((node) => !textViewOnly.has(node.id))
      expect(nodes.filter((node) => !shown.has(node.id)).map((node) => node.id)).toEqual([])
    }
  })

  it('puts the signature and contact at the foot of the opening, in the order written', () => {
    const { plan } = built(fixture('five-by-one.txt'))
    expect(plan.lobby.openingPanel.shows.slice(-4)).toEqual(['g1', 'g2', 'c1', 'c2'])
    expect(built(fixture('mixed-names.txt')).plan.lobby.openingPanel.shows.slice(-4)).toEqual([
      'c1',
      'c2',
      'g1',
      'g2',
    ])
  })
})

describe('a recommendation’s own words before its measures', () => {
  it('are shown by its hall, after its heading', () => {
    const { plan, source } = built(fixture('intros.txt'))
    expect(source.recommendations.map((r) => r.intro.length)).toEqual([1, 0, 1, 0, 0])
    expect(plan.halls[0]!.shows).toEqual(['r1', 'r1p1'])
    expect(plan.halls[1]!.shows).toEqual(['r2'])
  })
})
