import {
  EYE_HEIGHT,
  roomAt,
  routeThroughDoors,
  type ExhibitionPlan,
  type RoomId,
  type Vec2,
  type Viewpoint,
} from '../plan'
import { createFlight, type Flight, type Pose } from '../tour/flight'
import { moveWithCollision, type Obstacles } from './collision'
import {
  headingOf,
  look,
  lookAngles,
  lookTarget,
  stepStance,
  WALK_SPEED,
  type Intent,
  type Stance,
} from './movement'
import { createNavGrid, findPath, type NavGrid } from './pathfinding'

/** Metres a second the mouse wheel glides; radians a second a gamepad stick looks up and down. */
export const WHEEL_SPEED = 6
export const STICK_LOOK_SPEED = 1.8
/** Clicked-to-walk pace: a little brisker than walking by keys. */
export const AUTO_WALK_SPEED = WALK_SPEED * 1.5
/** The longest frame the machine steps in one go: a tab coming back must not teleport anyone. */
export const MAX_STEP = 0.25

/** How the visitor is moving: standing, flying to a place, or walking a path to a clicked spot. */
export type VisitorMotion =
  | { kind: 'still' }
  | { kind: 'flight'; flight: Flight; elapsed: number; serial: number }
  | { kind: 'path'; path: Vec2[] }

export interface VisitorState {
  stance: Stance
  motion: VisitorMotion
  /** The room the visitor was last in, so that walking through a door is noticed once. */
  room: RoomId | null
  /** Metres of wheel travel still to glide. */
  glide: number
  /** Whether the visitor's own input moved them last frame, so that taking over is told once. */
  steering: boolean
}

/** What the devices ask of one frame; the host copies it out of the shared input object. */
export interface VisitorFrameInput {
  intent: Intent
  /** Turned by dragging since the last frame, radians. */
  lookDelta: { yaw: number; pitch: number }
  /** Gamepad look up and down, -1 to 1. */
  lookPitchRate: number
  /** Wheel travel asked since the last frame, metres (positive: forward). */
  wheel: number
  /** A floor point clicked since the last frame, to walk to. */
  walkTo: Vec2 | null
}

/**
 * What a step tells the world; the host hands these on outside the frame loop.
 * `arrived` and `interrupted` carry the serial of the move they end, so a late one is ignored;
 * `steered` is the visitor's own input starting to move them (the tour gives way to it).
 */
export type VisitorEvent =
  | { kind: 'arrived'; serial: number }
  | { kind: 'interrupted'; serial: number }
  | { kind: 'enteredRoom'; room: RoomId }
  | { kind: 'steered' }

export interface VisitorStep {
  state: VisitorState
  events: VisitorEvent[]
  /** Whether the visitor still moves, so that the next frame must be drawn. */
  moving: boolean
}

/** A move to a viewpoint, as asked for by a link, a button, a tour step or a reset. */
export interface VisitorMove {
  to: Viewpoint
  /** Fly along the routes through doors, or cut straight there. */
  approach: 'fly' | 'jump'
  /** The room the move ends in: no room-change event fires for it on the way. */
  room: RoomId
  serial: number
}

export const NO_INPUT: VisitorFrameInput = Object.freeze({
  intent: Object.freeze({ forward: 0, strafe: 0, turn: 0, run: false }),
  lookDelta: Object.freeze({ yaw: 0, pitch: 0 }),
  lookPitchRate: 0,
  wheel: 0,
  walkTo: null,
})

/** The stance that looks from a viewpoint's position at its target. */
export function stanceAt(viewpoint: Viewpoint): Stance {
  return {
    x: viewpoint.position[0],
    z: viewpoint.position[2],
    ...lookAngles(viewpoint.position, viewpoint.target),
  }
}

/** A visitor standing at a viewpoint, in a room. */
export function createVisitor(at: Viewpoint, room: RoomId | null): VisitorState {
  return { stance: stanceAt(at), motion: { kind: 'still' }, room, glide: 0, steering: false }
}

/** The viewpoint a stance stands for: eye height, looking one metre ahead. */
export function viewpointOfStance(stance: Stance): Viewpoint {
  return { position: [stance.x, EYE_HEIGHT, stance.z], target: lookTarget(stance, EYE_HEIGHT) }
}

interface PlanWays {
  obstacles: Obstacles
  grid: NavGrid
}

// Collision shapes and the walking grid are derived from a plan once, not on every frame.
const waysOfPlan = new WeakMap<ExhibitionPlan, PlanWays>()
function waysOf(plan: ExhibitionPlan): PlanWays {
  let ways = waysOfPlan.get(plan)
  if (!ways) {
    ways = { obstacles: { walls: plan.walls, rects: plan.obstacles }, grid: createNavGrid(plan) }
    waysOfPlan.set(plan, ways)
  }
  return ways
}

function asksToMove(input: VisitorFrameInput): boolean {
  const { intent } = input
  return (
    intent.forward !== 0 ||
    intent.strafe !== 0 ||
    intent.turn !== 0 ||
    input.lookPitchRate !== 0 ||
    input.lookDelta.yaw !== 0 ||
    input.lookDelta.pitch !== 0 ||
    input.wheel !== 0
  )
}

/**
 * Starts a move: a cut puts the visitor there at once and arrives; a flight is set up along the
 * routes through doors and arrives when it lands. Any walk or earlier flight is dropped.
 */
export function startMove(
  state: VisitorState,
  move: VisitorMove,
  plan: ExhibitionPlan,
): VisitorStep {
  if (move.approach === 'jump') {
    return {
      state: {
        stance: stanceAt(move.to),
        motion: { kind: 'still' },
        room: move.room,
        glide: 0,
        steering: false,
      },
      events: [{ kind: 'arrived', serial: move.serial }],
      moving: false,
    }
  }
  const from: Pose = viewpointOfStance(state.stance)
  const route = routeThroughDoors(
    plan,
    { x: state.stance.x, z: state.stance.z },
    { x: move.to.position[0], z: move.to.position[2] },
  )
  const flight = createFlight(from, route, move.to)
  return {
    state: {
      ...state,
      motion: { kind: 'flight', flight, elapsed: 0, serial: move.serial },
      room: move.room,
      glide: 0,
    },
    events: [],
    moving: true,
  }
}

const pose: Pose = { position: [0, 0, 0], target: [0, 0, 0] }

/**
 * One frame of the visitor: the visitor's own input wins over a flight (and ends it), walking and
 * looking move with collision, a clicked spot is walked to along a path, and a flight follows
 * its curve. Walking into another room is reported once, never during a flight.
 */
export function stepVisitor(
  state: VisitorState,
  input: VisitorFrameInput,
  dt: number,
  plan: ExhibitionPlan,
): VisitorStep {
  const step = Math.min(Math.max(dt, 0), MAX_STEP)
  const { obstacles, grid } = waysOf(plan)
  const events: VisitorEvent[] = []
  let { stance, motion, glide } = state
  const active = asksToMove(input)
  if ((active || input.walkTo) && !state.steering) events.push({ kind: 'steered' })

  if (input.walkTo) {
    if (motion.kind === 'flight') events.push({ kind: 'interrupted', serial: motion.serial })
    const path = findPath(grid, { x: stance.x, z: stance.z }, input.walkTo)
    motion = path.length > 0 ? { kind: 'path', path } : { kind: 'still' }
  }
  if (active && motion.kind !== 'still') {
    if (motion.kind === 'flight') events.push({ kind: 'interrupted', serial: motion.serial })
    motion = { kind: 'still' }
  }

  if (motion.kind === 'flight') {
    const elapsed = motion.elapsed + step
    const arrived = motion.flight.sample(elapsed, pose)
    stance = {
      x: pose.position[0],
      z: pose.position[2],
      ...lookAngles(pose.position, pose.target),
    }
    if (arrived) {
      events.push({ kind: 'arrived', serial: motion.serial })
      motion = { kind: 'still' }
    } else {
      motion = { ...motion, elapsed }
    }
  } else if (active || glide !== 0) {
    stance = look(
      stance,
      input.lookDelta.yaw,
      input.lookDelta.pitch + input.lookPitchRate * STICK_LOOK_SPEED * step,
    )
    stance = stepStance(stance, input.intent, step, obstacles)
    glide += input.wheel
    if (glide !== 0) {
      const travel = Math.sign(glide) * Math.min(Math.abs(glide), WHEEL_SPEED * step)
      glide = Math.abs(glide) <= Math.abs(travel) ? 0 : glide - travel
      const heading = headingOf(stance.yaw)
      const at = moveWithCollision(
        stance,
        { x: heading.x * travel, z: heading.z * travel },
        obstacles,
      )
      stance = { ...stance, x: at.x, z: at.z }
    }
  } else if (motion.kind === 'path') {
    const path = motion.path.slice()
    const next = path[0] as Vec2
    const dx = next.x - stance.x
    const dz = next.z - stance.z
    const distance = Math.hypot(dx, dz)
    const walked = Math.min(distance, AUTO_WALK_SPEED * step)
    const at = moveWithCollision(
      stance,
      { x: (dx / distance) * walked || 0, z: (dz / distance) * walked || 0 },
      obstacles,
    )
    // Turn to face the way, easing rather than snapping.
    const want = Math.atan2(-dx, -dz)
    const turn = Math.atan2(Math.sin(want - stance.yaw), Math.cos(want - stance.yaw))
    stance = {
      x: at.x,
      z: at.z,
      yaw: stance.yaw + turn * Math.min(1, step * 5),
      pitch: stance.pitch * (1 - Math.min(1, step * 3)),
    }
    if (distance - walked < 0.05) path.shift()
    motion = path.length > 0 ? { kind: 'path', path } : { kind: 'still' }
  } else {
    return state.steering || events.length > 0
      ? { state: { ...state, steering: false }, events, moving: false }
      : { state, events, moving: false }
  }

  let { room } = state
  if (motion.kind !== 'flight') {
    const now = roomAt(plan, stance)
    if (now && now !== room) {
      room = now
      events.push({ kind: 'enteredRoom', room: now })
    }
  }
  const moving = motion.kind !== 'still' || glide !== 0 || active
  return { state: { stance, motion, room, glide, steering: active }, events, moving }
}
