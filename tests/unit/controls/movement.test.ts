import { describe, expect, it } from 'vitest'
import {
  headingOf,
  look,
  lookAngles,
  lookTarget,
  MAX_PITCH,
  RUN_SPEED,
  stepStance,
  TURN_SPEED,
  WALK_SPEED,
} from '../../../src/controls/movement'

const open = { walls: [], rects: [] }
const start = { x: 0, z: 0, yaw: 0, pitch: 0 }

describe('stepStance', () => {
  it('walks north at walking pace, scaled by frame time', () => {
    const after = stepStance(start, { forward: 1, strafe: 0, turn: 0, run: false }, 0.5, open)
    expect(after.x).toBeCloseTo(0, 9)
    expect(after.z).toBeCloseTo(-WALK_SPEED * 0.5, 9)
  })

  it('covers the same ground in one long frame as in many short ones', () => {
    const intent = { forward: 1, strafe: 0.5, turn: 0, run: true }
    let many = start
    for (let i = 0; i < 10; i++) many = stepStance(many, intent, 0.01, open)
    const one = stepStance(start, intent, 0.1, open)
    expect(one.x).toBeCloseTo(many.x, 9)
    expect(one.z).toBeCloseTo(many.z, 9)
  })

  it('runs faster, and diagonals are no faster than straight lines', () => {
    const run = stepStance(start, { forward: 1, strafe: 0, turn: 0, run: true }, 1, open)
    expect(Math.hypot(run.x, run.z)).toBeCloseTo(RUN_SPEED, 9)
    const diagonal = stepStance(start, { forward: 1, strafe: 1, turn: 0, run: false }, 1, open)
    expect(Math.hypot(diagonal.x, diagonal.z)).toBeCloseTo(WALK_SPEED, 9)
  })

  it('strafes to the right of the heading and turns left for a positive turn', () => {
    const right = stepStance(start, { forward: 0, strafe: 1, turn: 0, run: false }, 1, open)
    expect(right.x).toBeCloseTo(WALK_SPEED, 9)
    const turned = stepStance(start, { forward: 0, strafe: 0, turn: 1, run: false }, 0.5, open)
    expect(turned.yaw).toBeCloseTo(TURN_SPEED * 0.5, 9)
    expect(headingOf(Math.PI / 2).x).toBeCloseTo(-1, 9)
  })
})

describe('looking', () => {
  it('clamps the pitch so the visitor cannot turn upside down', () => {
    expect(look(start, 0, 10).pitch).toBe(MAX_PITCH)
    expect(look(start, 0, -10).pitch).toBe(-MAX_PITCH)
  })

  it('turns angles into a target and back', () => {
    const stance = { x: 2, z: 3, yaw: 0.7, pitch: -0.3 }
    const target = lookTarget(stance, 1.6)
    const angles = lookAngles([2, 1.6, 3], target)
    expect(angles.yaw).toBeCloseTo(0.7, 9)
    expect(angles.pitch).toBeCloseTo(-0.3, 9)
  })

  it('writes the target into a given array, the same as a new one', () => {
    const stance = { x: -1, z: 4, yaw: 2.1, pitch: 0.2 }
    const out: [number, number, number] = [9, 9, 9]
    expect(lookTarget(stance, 1.6, out)).toBe(out)
    expect(out).toEqual(lookTarget(stance, 1.6))
    const heading = headingOf(stance.yaw)
    expect(out[0]).toBeCloseTo(-1 + heading.x * Math.cos(0.2), 12)
  })
})
