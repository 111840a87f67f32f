import { describe, expect, it } from 'vitest'
import { exhibitNear, planExhibition, viewpointOf } from '../../../src/plan'
import { captionOf, firstSentence, tourStepsOf } from '../../../src/tour/tourSteps'
import { b129, B129_SIDE } from '../../support/b129'

const document = b129()
const plan = planExhibition(document)
const steps = tourStepsOf(plan, document)
const shown = { document, plan, name: B129_SIDE.name }

describe('tourStepsOf', () => {
  it('runs header, overview, each hall then its exhibits, then the contact wall: 15 for B129', () => {
    expect(steps.map((step) => step.kind)).toEqual([
      'header',
      'overview',
      'hall',
      ...['exhibit', 'exhibit', 'exhibit'],
      'hall',
      ...['exhibit', 'exhibit'],
      'hall',
      ...['exhibit', 'exhibit', 'exhibit', 'exhibit'],
      'contact',
    ])
    const measures = document.recommendations.reduce((n, r) => n + r.measures.length, 0)
    expect(steps).toHaveLength(2 + document.recommendations.length + measures + 1)
  })

  it('opens each exhibit at its stand and stands each hall step at its entrance', () => {
    for (const step of steps) {
      if (step.kind === 'hall' || step.kind === 'exhibit')
        expect(step.viewpoint).toEqual(viewpointOf(plan, step.place))
      else expect(step.place).toEqual({ kind: 'lobby' })
    }
    const exhibits = steps.filter((s) => s.kind === 'exhibit').map((s) => s.place)
    expect(exhibits).toEqual(plan.tour.filter((place) => place.kind === 'exhibit'))
  })

  it('reads the overview and contact from where they hang, looking at them from inside the lobby', () => {
    const { bounds } = plan.lobby.room
    for (const [kind, panel] of [
      ['overview', plan.lobby.overviewPanel],
      ['contact', plan.lobby.openingPanel],
    ] as const) {
      const step = steps.find((s) => s.kind === kind)
      if (!step) throw new Error(`no ${kind} step`)
      const [x, , z] = step.viewpoint.position
      expect(x).toBeGreaterThan(bounds.minX + 1)
      expect(x).toBeLessThan(bounds.maxX - 1)
      expect(z).toBeGreaterThan(bounds.minZ + 1)
      expect(z).toBeLessThan(bounds.maxZ - 1)
      expect(step.viewpoint.target).toEqual(panel.center)
    }
  })

  it('leaves the contact step out of a reply without a contact block', () => {
    const withoutContact = tourStepsOf(plan, { ...document, contact: null })
    expect(withoutContact.map((s) => s.kind)).not.toContain('contact')
    expect(withoutContact).toHaveLength(steps.length - 1)
  })
})

describe('captionOf', () => {
  it('gives every step a title and a sentence taken from the reply', () => {
    for (const step of steps) {
      const caption = captionOf(step, shown, 'zh')
      expect(caption.title.length, step.kind).toBeGreaterThan(0)
      expect(caption.sentence.length, step.kind).toBeGreaterThan(0)
    }
    expect(captionOf(steps[0]!, shown, 'zh')).toEqual({
      title: '大创智数字创新展区',
      sentence: document.meta.title.value,
    })
  })

  it('names an exhibit by its number and measure, with the sentence of its first key figure', () => {
    const step = steps.find((s) => s.place.kind === 'exhibit' && s.place.hall === 1)
    const measure = document.recommendations[0]!.measures[0]!
    const caption = captionOf(step!, shown, 'zh')
    expect(caption.title).toContain(measure.title)
    expect(caption.title).toContain('1.1')
    expect(caption.sentence).toBe(
      measure.figures[0]?.sourceSentence ?? firstSentence(measure.paragraphs[0]!.text),
    )
    expect(measure.paragraphs.map((p) => p.text).join('')).toContain(
      caption.sentence.replace(/[。；]$/, ''),
    )
  })
})

describe('firstSentence', () => {
  it('ends at the first full stop of either language, or takes the whole text', () => {
    expect(firstSentence('一句话。第二句。')).toBe('一句话。')
    expect(firstSentence('真的吗？是的。')).toBe('真的吗？')
    expect(firstSentence('It is 1.5 trillion. Then more.')).toBe('It is 1.5 trillion.')
    expect(firstSentence('  no stop at all ')).toBe('no stop at all')
  })
})

describe('exhibitNear', () => {
  it('finds the exhibit in front of the visitor, and none from the lobby', () => {
    const stand = plan.halls[2]?.stands[3]
    if (!stand) throw new Error('no stand')
    expect(
      exhibitNear(plan, { x: stand.viewpoint.position[0], z: stand.viewpoint.position[2] + 0.5 }),
    ).toEqual({
      kind: 'exhibit',
      hall: 3,
      exhibit: 4,
    })
    expect(exhibitNear(plan, { x: 0, z: 10 })).toBeUndefined()
  })
})
