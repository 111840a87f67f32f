import { describe, expect, it } from 'vitest'
import { exhibitNear, planExhibition, type Place } from '../../../src/plan'
import { stepAlongTour } from '../../../src/tour/tourSteps'
import { b129 } from '../../support/b129'

const plan = planExhibition(b129())

describe('stepAlongTour', () => {
  it('walks the document order forwards and back, and stops at the ends', () => {
    let place: Place = { kind: 'lobby' }
    const seen: Place[] = [place]
    for (let i = 0; i < 20; i++) seen.push((place = stepAlongTour(plan, place, 1)))
    expect(seen.slice(0, 13)).toEqual(plan.tour)
    expect(place).toEqual({ kind: 'exhibit', hall: 3, exhibit: 4 })
    expect(stepAlongTour(plan, { kind: 'hall', hall: 2 }, -1)).toEqual({
      kind: 'exhibit',
      hall: 1,
      exhibit: 3,
    })
    expect(stepAlongTour(plan, { kind: 'lobby' }, -1)).toEqual({ kind: 'lobby' })
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
