import { describe, expect, it } from 'vitest'
import {
  createVisitor,
  MAX_STEP,
  NO_INPUT,
  startMove,
  stanceAt,
  stepVisitor,
  viewpointOfStance,
  type VisitorFrameInput,
  type VisitorState,
} from '../../../src/controls/visitorMachine'
import { planExhibition, roomAt, viewpointOf, type Place } from '../../../src/plan'
import { b129 } from '../../support/b129'

const plan = planExhibition(b129())
const exhibit21: Place = { kind: 'exhibit', hall: 2, exhibit: 1 }

const input = (patch: Partial<VisitorFrameInput> = {}): VisitorFrameInput => ({
  ...NO_INPUT,
  intent: { ...NO_INPUT.intent },
  lookDelta: { ...NO_INPUT.lookDelta },
  ...patch,
})
const walkForward = input({ intent: { forward: 1, strafe: 0, turn: 0, run: false } })

/** Steps the machine at 60 frames a second until it stops or `seconds` pass; returns every event. */
function run(state: VisitorState, frame: VisitorFrameInput, seconds: number) {
  const events = []
  let current = state
  for (let t = 0; t < seconds; t += 1 / 60) {
    const step = stepVisitor(current, frame, 1 / 60, plan)
    current = step.state
    events.push(...step.events)
    if (!step.moving) break
  }
  return { state: current, events }
}

describe('stepVisitor', () => {
  it('stands still without input: the same state back, nothing to draw', () => {
    const visitor = createVisitor(plan.spawn, 'lobby')
    const step = stepVisitor(visitor, input(), 1 / 60, plan)
    expect(step.state).toBe(visitor)
    expect(step).toMatchObject({ events: [], moving: false })
  })

  it('flies to a place through the doors and reports its arrival once, with the move’s serial', () => {
    const visitor = createVisitor(plan.spawn, 'lobby')
    const to = viewpointOf(plan, exhibit21)
    const started = startMove(visitor, { to, approach: 'fly', room: 'hall-2', serial: 7 }, plan)
    expect(started).toMatchObject({ events: [], moving: true })
    expect(started.state.motion.kind).toBe('flight')
    const { state, events } = run(started.state, input(), 10)
    expect(events).toEqual([{ kind: 'arrived', serial: 7 }])
    expect(state.motion.kind).toBe('still')
    expect(state.stance.x).toBeCloseTo(to.position[0], 5)
    expect(state.stance.z).toBeCloseTo(to.position[2], 5)
    expect(state.room).toBe('hall-2')
  })

  it('cuts to a place at once and arrives in the same step', () => {
    const visitor = createVisitor(plan.spawn, 'lobby')
    const to = viewpointOf(plan, exhibit21)
    const cut = startMove(visitor, { to, approach: 'jump', room: 'hall-2', serial: 3 }, plan)
    expect(cut.events).toEqual([{ kind: 'arrived', serial: 3 }])
    expect(cut.state.stance).toEqual(stanceAt(to))
    expect(cut.moving).toBe(false)
  })

  it('gives way to the visitor: input during a flight ends it with interrupted and steered', () => {
    const visitor = createVisitor(plan.spawn, 'lobby')
    const flying = startMove(
      visitor,
      { to: viewpointOf(plan, exhibit21), approach: 'fly', room: 'hall-2', serial: 4 },
      plan,
    ).state
    const midway = run(flying, input(), 0.5).state
    const step = stepVisitor(midway, walkForward, 1 / 60, plan)
    // Still in the lobby, though the flight was bound for hall 2: the place follows the visitor.
    expect(step.events).toEqual([
      { kind: 'steered' },
      { kind: 'interrupted', serial: 4 },
      { kind: 'enteredRoom', room: 'lobby' },
    ])
    expect(step.state.motion.kind).toBe('still')
    // Held input steers on without telling again.
    expect(stepVisitor(step.state, walkForward, 1 / 60, plan).events).toEqual([])
  })

  it('walks with collision: a wall stops the visitor', () => {
    // Facing north from the spawn, the wall to the halls is 15 m away; 20 s of walking stop at it.
    const visitor = createVisitor({ position: [-3, 1.6, 10], target: [-3, 1.6, 0] }, 'lobby')
    const { state } = run(visitor, walkForward, 20)
    expect(state.stance.z).toBeGreaterThan(0.2)
    expect(roomAt(plan, state.stance)).toBe('lobby')
  })

  it('reports walking into another room once, and never during a flight', () => {
    const door = plan.halls[0]!.door.center
    const visitor = createVisitor(
      { position: [door.x, 1.6, 2], target: [door.x, 1.6, -10] },
      'lobby',
    )
    const { state, events } = run(visitor, walkForward, 3)
    expect(events.filter((e) => e.kind === 'enteredRoom')).toEqual([
      { kind: 'enteredRoom', room: 'hall-1' },
    ])
    expect(state.room).toBe('hall-1')
    const flight = startMove(
      createVisitor(plan.spawn, 'lobby'),
      { to: viewpointOf(plan, exhibit21), approach: 'fly', room: 'hall-2', serial: 1 },
      plan,
    )
    expect(run(flight.state, input(), 10).events.map((e) => e.kind)).toEqual(['arrived'])
  })

  it('walks a clicked spot along a path round the stands, and stops there', () => {
    const visitor = createVisitor(plan.spawn, 'lobby')
    const target = { x: plan.halls[2]!.door.center.x, z: -6 }
    const first = stepVisitor(visitor, input({ walkTo: target }), 1 / 60, plan)
    expect(first.events).toEqual([{ kind: 'steered' }])
    expect(first.state.motion.kind).toBe('path')
    const { state, events } = run(first.state, input(), 20)
    expect(Math.hypot(state.stance.x - target.x, state.stance.z - target.z)).toBeLessThan(0.3)
    expect(events).toContainEqual({ kind: 'enteredRoom', room: 'hall-3' })
  })

  it('glides the wheel’s distance over several frames, not at once', () => {
    const visitor = createVisitor({ position: [6, 1.6, 12], target: [6, 1.6, 0] }, 'lobby')
    const first = stepVisitor(visitor, input({ wheel: 2.4 }), 1 / 60, plan)
    expect(first.state.glide).toBeGreaterThan(2)
    const { state } = run(first.state, input(), 2)
    expect(state.glide).toBe(0)
    expect(12 - state.stance.z).toBeCloseTo(2.4, 5)
  })

  it('turns with a drag and keeps the pitch within reach', () => {
    const visitor = createVisitor(plan.spawn, 'lobby')
    const step = stepVisitor(visitor, input({ lookDelta: { yaw: 0.5, pitch: 5 } }), 1 / 60, plan)
    expect(step.state.stance.yaw).toBeCloseTo(visitor.stance.yaw + 0.5, 6)
    expect(step.state.stance.pitch).toBeCloseTo(1.2, 6)
  })

  it('never steps more than a quarter second: a tab coming back does not teleport', () => {
    const visitor = createVisitor({ position: [6, 1.6, 12], target: [6, 1.6, 0] }, 'lobby')
    const long = stepVisitor(visitor, walkForward, 30, plan)
    const capped = stepVisitor(visitor, walkForward, MAX_STEP, plan)
    expect(long.state.stance).toEqual(capped.state.stance)
  })

  it('turns a stance back into the viewpoint it stands for', () => {
    const viewpoint = viewpointOf(plan, exhibit21)
    const back = viewpointOfStance(stanceAt(viewpoint))
    expect(back.position).toEqual(viewpoint.position)
    const stance = stanceAt(back)
    expect(stance.yaw).toBeCloseTo(stanceAt(viewpoint).yaw, 9)
    expect(stance.pitch).toBeCloseTo(stanceAt(viewpoint).pitch, 9)
  })
})
