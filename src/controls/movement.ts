import type { Vec2 } from '../plan'
import { moveWithCollision, type Obstacles } from './collision'

/** Where the visitor stands and looks: yaw 0 looks north (-z), positive yaw turns left. */
export interface Stance {
  x: number
  z: number
  yaw: number
  pitch: number
}

/** What the inputs ask for this frame, each axis from -1 to 1. */
export interface Intent {
  forward: number
  strafe: number
  turn: number
  run: boolean
}

export const WALK_SPEED = 2.4
export const RUN_SPEED = 5.5
/** Radians a second at full turn. */
export const TURN_SPEED = 1.9
export const MAX_PITCH = 1.2

/** The unit vector on the floor that a yaw looks along. */
export function headingOf(yaw: number): Vec2 {
  return { x: -Math.sin(yaw), z: -Math.cos(yaw) }
}

/** Yaw and pitch that look from a point at a target. */
export function lookAngles(
  from: readonly number[],
  to: readonly number[],
): { yaw: number; pitch: number } {
  const dx = (to[0] ?? 0) - (from[0] ?? 0)
  const dy = (to[1] ?? 0) - (from[1] ?? 0)
  const dz = (to[2] ?? 0) - (from[2] ?? 0)
  return { yaw: Math.atan2(-dx, -dz), pitch: Math.atan2(dy, Math.hypot(dx, dz)) }
}

/** A point one metre ahead of the eye, along yaw and pitch, for `camera.lookAt`. */
export function lookTarget(
  stance: Stance,
  eye: number,
  /** Written and returned instead of a new array: the frame loop reuses one. */
  out: [number, number, number] = [0, 0, 0],
): [number, number, number] {
  const level = Math.cos(stance.pitch)
  // The heading of headingOf(yaw), inlined so that nothing is allocated.
  out[0] = stance.x - Math.sin(stance.yaw) * level
  out[1] = eye + Math.sin(stance.pitch)
  out[2] = stance.z - Math.cos(stance.yaw) * level
  return out
}

/** Turns the view by a pointer or stick delta, keeping the pitch within reach. */
export function look(stance: Stance, dYaw: number, dPitch: number): Stance {
  return {
    ...stance,
    yaw: stance.yaw + dYaw,
    pitch: Math.max(-MAX_PITCH, Math.min(MAX_PITCH, stance.pitch + dPitch)),
  }
}

/** One frame of walking: turn, then move along the floor with collision, scaled by frame time. */
export function stepStance(
  stance: Stance,
  intent: Intent,
  dt: number,
  obstacles: Obstacles,
): Stance {
  const yaw = stance.yaw + intent.turn * TURN_SPEED * dt
  const heading = headingOf(yaw)
  const right = { x: -heading.z, z: heading.x }
  let forward = intent.forward
  let strafe = intent.strafe
  // Diagonals are no faster than straight lines.
  const length = Math.hypot(forward, strafe)
  if (length > 1) [forward, strafe] = [forward / length, strafe / length]
  const distance = (intent.run ? RUN_SPEED : WALK_SPEED) * dt
  const delta = {
    x: (heading.x * forward + right.x * strafe) * distance,
    z: (heading.z * forward + right.z * strafe) * distance,
  }
  const at = moveWithCollision({ x: stance.x, z: stance.z }, delta, obstacles)
  return { x: at.x, z: at.z, yaw, pitch: stance.pitch }
}
