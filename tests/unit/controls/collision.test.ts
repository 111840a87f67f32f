import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { moveWithCollision, VISITOR_RADIUS, type Obstacles } from '../../../src/controls/collision'
import { planExhibition, rect, segmentsIntersect } from '../../../src/plan'
import { b129 } from '../../support/b129'

const wall: Obstacles = { walls: [{ a: { x: 0, z: -10 }, b: { x: 0, z: 10 } }], rects: [] }

describe('moveWithCollision', () => {
  it('moves freely where nothing is in the way', () => {
    const at = moveWithCollision({ x: -5, z: 0 }, { x: 1, z: 2 }, wall)
    expect(at.x).toBeCloseTo(-4, 9)
    expect(at.z).toBeCloseTo(2, 9)
  })

  it('stops a radius short of a wall walked straight into', () => {
    const at = moveWithCollision({ x: -2, z: 0 }, { x: 5, z: 0 }, wall)
    expect(at.x).toBeCloseTo(-VISITOR_RADIUS, 6)
    expect(at.z).toBeCloseTo(0, 6)
  })

  it('slides along a wall met at an angle', () => {
    const at = moveWithCollision({ x: -1, z: 0 }, { x: 3, z: -3 }, wall)
    expect(at.x).toBeCloseTo(-VISITOR_RADIUS, 6)
    expect(at.z).toBeLessThan(-2)
  })

  it('never tunnels through a wall, however fast or long the frame', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -9, max: -0.5, noNaN: true }),
        fc.double({ min: -9, max: 9, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        (x, z, dx, dz) => {
          const at = moveWithCollision({ x, z }, { x: dx, z: dz }, wall)
          // A wall is only a segment: past its ends the visitor may go round it.
          if (Math.abs(at.z) < 10) expect(at.x).toBeLessThanOrEqual(-VISITOR_RADIUS + 1e-9)
        },
      ),
    )
  })

  it('keeps out of stands, and leaves one it stands inside by the nearest side', () => {
    const stand: Obstacles = { walls: [], rects: [rect(0, 2, 0, 4)] }
    expect(moveWithCollision({ x: -1, z: 2 }, { x: 3, z: 0 }, stand).x).toBeCloseTo(
      -VISITOR_RADIUS,
      6,
    )
    const out = moveWithCollision({ x: 0.2, z: 2 }, { x: 0, z: 0 }, stand)
    expect(out.x).toBeCloseTo(-VISITOR_RADIUS, 6)
  })

  it('keeps a visitor inside the B129 exhibition whatever they do', () => {
    const plan = planExhibition(b129())
    const obstacles = { walls: plan.walls, rects: plan.obstacles }
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            dx: fc.double({ min: -20, max: 20, noNaN: true }),
            dz: fc.double({ min: -20, max: 20, noNaN: true }),
          }),
          {
            minLength: 1,
            maxLength: 30,
          },
        ),
        (moves) => {
          let at = { x: plan.spawn.position[0], z: plan.spawn.position[2] }
          for (const { dx, dz } of moves) {
            // In frames of at most 0.15 m, as a visitor walks: a long move may slide round the
            // welcome board and through a door, which no straight line from its start takes.
            const frames = Math.max(1, Math.ceil(Math.hypot(dx, dz) / 0.15))
            for (let i = 0; i < frames; i++) {
              const next = moveWithCollision(at, { x: dx / frames, z: dz / frames }, obstacles)
              for (const w of plan.walls)
                expect(segmentsIntersect({ a: at, b: next }, w)).toBe(false)
              at = next
            }
          }
        },
      ),
      { numRuns: 60 },
    )
  })
})
