import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { insideRect, planExhibition, viewpointOf } from '../../../src/plan'
import { b129 } from '../../support/b129'
import { replyWith } from '../../support/replyText'
import { checkPlan, floor } from '../../support/planChecks'

describe('planExhibition', () => {
  it('lays out B129: a lobby and three halls of 3, 2 and 4 exhibits', () => {
    const plan = planExhibition(b129())
    checkPlan(plan, [3, 2, 4])
    expect(plan.halls.map((h) => h.recommendationId)).toEqual(['r1', 'r2', 'r3'])
    expect(plan.halls[1]?.stands.map((s) => s.id)).toEqual(['r2m1', 'r2m2'])
    expect(new Set(plan.halls.map((h) => h.colour)).size).toBe(3)
    expect(insideRect(floor(plan.spawn.position), plan.lobby.room.bounds, 0.5)).toBe(true)
  })

  it('holds for every hall count from 1 to 6 with up to 8 exhibits each', () => {
    for (let halls = 1; halls <= 6; halls++) {
      for (const exhibits of [1, 2, 5, 8])
        checkPlan(
          planExhibition(replyWith(Array(halls).fill(exhibits))),
          Array(halls).fill(exhibits),
        )
    }
  })

  it('holds for mixed exhibit counts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 6 }),
        (counts) => {
          checkPlan(planExhibition(replyWith(counts)), counts)
        },
      ),
      { numRuns: 25 },
    )
  })

  it('gives every place a viewpoint', () => {
    const plan = planExhibition(b129())
    expect(viewpointOf(plan, { kind: 'lobby' })).toBe(plan.spawn)
    expect(viewpointOf(plan, { kind: 'hall', hall: 2 })).toBe(plan.halls[1]?.entrance)
    expect(viewpointOf(plan, { kind: 'exhibit', hall: 3, exhibit: 4 })).toBe(
      plan.halls[2]?.stands[3]?.viewpoint,
    )
  })
})
