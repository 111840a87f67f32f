import type { Vec2 } from '../plan'
import { HELD_ACTIONS, type HeldAction } from './actions'
import type { Intent, Stance } from './movement'
import type { VisitorFrameInput } from './visitorMachine'

/**
 * What the input devices say right now. It changes many times a second, so it lives in a plain
 * mutable object that the frame loop reads, never in React state.
 */
export interface VisitorInput {
  /** Keys held down, as actions. */
  held: Set<HeldAction>
  /** Joystick or gamepad stick, -1 to 1 each. */
  stick: { forward: number; strafe: number }
  /** Look rate from a gamepad's right stick, -1 to 1 each. */
  lookRate: { yaw: number; pitch: number }
  /** Look turned by dragging since the last frame, radians. */
  lookDelta: { yaw: number; pitch: number }
  /** Metres the mouse wheel asked to move since the last frame (positive: forward). */
  wheel: number
  /** Extra run flag from a gamepad trigger. */
  run: boolean
  /** Pinch zoom: 1 is the normal field of view, larger narrows it. */
  zoom: number
  /** A floor point clicked or tapped, to walk to; taken by the next frame. */
  walkTarget: Vec2 | null
}

/** A fresh input state: nothing held, nothing moving. */
export function createVisitorInput(): VisitorInput {
  return {
    held: new Set(),
    stick: { forward: 0, strafe: 0 },
    lookRate: { yaw: 0, pitch: 0 },
    lookDelta: { yaw: 0, pitch: 0 },
    wheel: 0,
    run: false,
    zoom: 1,
    walkTarget: null,
  }
}

/** The input of this page's visit, shared by the devices and the frame loop. */
export const visitorInput: VisitorInput = createVisitorInput()

/** Where the visitor stands now; written by the scene every frame it moves. */
export const visitorStance: Stance = { x: 0, z: 0, yaw: 0, pitch: 0 }

export function releaseAll(input: VisitorInput): void {
  input.held.clear()
  input.stick = { forward: 0, strafe: 0 }
  input.lookRate = { yaw: 0, pitch: 0 }
  input.run = false
}

const axis = (positive: boolean, negative: boolean) => (positive ? 1 : 0) - (negative ? 1 : 0)
const clamp = (v: number) => Math.max(-1, Math.min(1, v))

/** The walking intent of all devices together: keys and sticks add up, within -1 to 1. */
export function intentOf(input: VisitorInput): Intent {
  const held = (action: HeldAction) => input.held.has(action)
  return {
    forward: clamp(axis(held('moveForward'), held('moveBackward')) + input.stick.forward),
    strafe: clamp(axis(held('strafeRight'), held('strafeLeft')) + input.stick.strafe),
    turn: clamp(axis(held('turnLeft'), held('turnRight')) - input.lookRate.yaw),
    run: held('run') || input.run,
  }
}

/** Whether anything asks the visitor to move or look this frame. */
export function inputActive(input: VisitorInput): boolean {
  const intent = intentOf(input)
  return (
    intent.forward !== 0 ||
    intent.strafe !== 0 ||
    intent.turn !== 0 ||
    input.lookRate.pitch !== 0 ||
    input.lookDelta.yaw !== 0 ||
    input.lookDelta.pitch !== 0 ||
    input.wheel !== 0
  )
}

/** Asks the visitor to walk to a floor point (a click or tap on the floor); the next frame takes it. */
export function askToWalk(input: VisitorInput, to: Vec2): void {
  input.walkTarget = { x: to.x, z: to.z }
}

/**
 * Copies what the devices ask of this frame into `out` and takes the one-off parts (drag, wheel,
 * clicked spot) out of the shared input, so that each is applied once.
 */
export function drainFrameInput(input: VisitorInput, out: VisitorFrameInput): VisitorFrameInput {
  const intent = intentOf(input)
  out.intent = intent
  out.lookDelta = input.lookDelta
  out.lookPitchRate = input.lookRate.pitch
  out.wheel = input.wheel
  out.walkTo = input.walkTarget
  input.lookDelta = { yaw: 0, pitch: 0 }
  input.wheel = 0
  input.walkTarget = null
  return out
}

export function isHeldAction(action: string): action is HeldAction {
  return (HELD_ACTIONS as readonly string[]).includes(action)
}

/** Listeners told of every change of the visitor's stance: the minimap's you-are-here. */
export const stanceListeners = new Set<(stance: Stance) => void>()
