import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import { moveWithCollision } from '../controls/collision'
import {
  headingOf,
  look,
  lookAngles,
  lookTarget,
  stepStance,
  WALK_SPEED,
  type Stance,
} from '../controls/movement'
import { createNavGrid, findPath } from '../controls/pathfinding'
import {
  inputActive,
  intentOf,
  stanceListeners,
  visitorInput,
  visitorStance,
} from '../controls/visitorInput'
import {
  EYE_HEIGHT,
  LOBBY,
  roomAt,
  roomOfPlace,
  routeThroughDoors,
  viewpointOf,
  type ExhibitionPlan,
  type RoomId,
  type Vec2,
  type Viewpoint,
} from '../plan'
import { useExhibition, type Move } from '../state/store'
import { createFlight, type Flight, type Pose } from '../tour/flight'

type VisitorRigProps = {
  plan: ExhibitionPlan
}

/** Metres a second the mouse wheel glides; radians a second a gamepad stick looks. */
const WHEEL_SPEED = 6
const STICK_LOOK_SPEED = 1.8
/** Clicked-to-walk pace: a little brisker than walking by keys. */
const AUTO_WALK_SPEED = WALK_SPEED * 1.5

interface RigState {
  stance: Stance
  flight: { flight: Flight; elapsed: number } | null
  path: Vec2[]
  room: RoomId | null
}

const stanceFrom = (viewpoint: Viewpoint): Stance => ({
  x: viewpoint.position[0],
  z: viewpoint.position[2],
  ...lookAngles(viewpoint.position, viewpoint.target),
})

/**
 * Moves the visitor: flights to places asked for by links, buttons and clicks; walking by keys,
 * sticks, joystick and wheel with collision; walking along a path to a clicked floor point. All
 * per-frame values live in refs and plain objects; the store hears only of a change of room.
 */
export function VisitorRig({ plan }: VisitorRigProps) {
  const get = useThree((s) => s.get)
  const invalidate = useThree((s) => s.invalidate)
  const obstacles = useMemo(() => ({ walls: plan.walls, rects: plan.obstacles }), [plan])
  const grid = useMemo(() => createNavGrid(plan), [plan])
  const rig = useRef<RigState>({
    stance: stanceFrom(plan.spawn),
    flight: null,
    path: [],
    room: 'lobby',
  })

  useEffect(() => {
    const place = (stance: Stance) => {
      const { camera } = get()
      camera.position.set(stance.x, EYE_HEIGHT, stance.z)
      camera.lookAt(...lookTarget(stance, EYE_HEIGHT))
      Object.assign(visitorStance, stance)
      for (const listener of stanceListeners) listener(stance)
    }
    const start = (move: Move) => {
      if (move.approach === 'stay') return
      const state = rig.current
      const to = viewpointOf(plan, move.view)
      state.path = []
      state.room = roomOfPlace(move.place)
      // With reduced motion the camera cuts to the place instead of flying there.
      if (move.approach === 'jump' || useExhibition.getState().reducedMotion) {
        state.flight = null
        state.stance = stanceFrom(to)
        place(state.stance)
      } else {
        const eye: Pose['position'] = [state.stance.x, EYE_HEIGHT, state.stance.z]
        const from: Pose = { position: eye, target: lookTarget(state.stance, EYE_HEIGHT) }
        const route = routeThroughDoors(
          plan,
          { x: eye[0], z: eye[2] },
          { x: to.position[0], z: to.position[2] },
        )
        state.flight = { flight: createFlight(from, route, to), elapsed: 0 }
      }
      invalidate()
    }
    visitorInput.wake = invalidate
    visitorInput.walkTo = (to) => {
      const state = rig.current
      state.flight = null
      state.path = findPath(grid, { x: state.stance.x, z: state.stance.z }, to)
      invalidate()
    }
    start(useExhibition.getState().move)
    const unsubscribe = useExhibition.subscribe((state, previous) => {
      if (state.move !== previous.move) start(state.move)
    })
    return () => {
      unsubscribe()
      visitorInput.wake = () => {}
      visitorInput.walkTo = () => {}
    }
  }, [plan, grid, get, invalidate])

  useFrame(({ camera }, delta) => {
    // Speed stays true on a slow machine; only a very long frame (a tab coming back) is cut
    // short. Collision sub-steps keep even a long step out of the walls.
    const dt = Math.min(delta, 0.25)
    const state = rig.current
    const active = inputActive(visitorInput)
    let stance = state.stance

    if (state.flight && active) state.flight = null
    if (state.flight) {
      const pose: Pose = { position: [0, 0, 0], target: [0, 0, 0] }
      state.flight.elapsed += dt
      const arrived = state.flight.flight.sample(state.flight.elapsed, pose)
      stance = {
        x: pose.position[0],
        z: pose.position[2],
        ...lookAngles(pose.position, pose.target),
      }
      if (arrived) state.flight = null
    } else if (active) {
      state.path = []
      const input = visitorInput
      stance = look(
        stance,
        input.lookDelta.yaw,
        input.lookDelta.pitch + input.lookRate.pitch * STICK_LOOK_SPEED * dt,
      )
      input.lookDelta = { yaw: 0, pitch: 0 }
      stance = stepStance(stance, intentOf(input), dt, obstacles)
      if (input.wheel !== 0) {
        const glide = Math.sign(input.wheel) * Math.min(Math.abs(input.wheel), WHEEL_SPEED * dt)
        input.wheel = Math.abs(input.wheel) <= Math.abs(glide) ? 0 : input.wheel - glide
        const heading = headingOf(stance.yaw)
        const at = moveWithCollision(
          stance,
          { x: heading.x * glide, z: heading.z * glide },
          obstacles,
        )
        stance = { ...stance, x: at.x, z: at.z }
      }
    } else if (state.path.length > 0) {
      const next = state.path[0] as Vec2
      const dx = next.x - stance.x
      const dz = next.z - stance.z
      const distance = Math.hypot(dx, dz)
      const step = Math.min(distance, AUTO_WALK_SPEED * dt)
      const at = moveWithCollision(
        stance,
        { x: (dx / distance) * step || 0, z: (dz / distance) * step || 0 },
        obstacles,
      )
      // Turn to face the way, easing rather than snapping.
      const want = Math.atan2(-dx, -dz)
      const turn = Math.atan2(Math.sin(want - stance.yaw), Math.cos(want - stance.yaw))
      stance = {
        x: at.x,
        z: at.z,
        yaw: stance.yaw + turn * Math.min(1, dt * 5),
        pitch: stance.pitch * (1 - Math.min(1, dt * 3)),
      }
      if (distance - step < 0.05) state.path.shift()
    } else {
      return
    }

    state.stance = stance
    camera.position.set(stance.x, EYE_HEIGHT, stance.z)
    camera.lookAt(...lookTarget(stance, EYE_HEIGHT))
    Object.assign(visitorStance, stance)
    for (const listener of stanceListeners) listener(stance)
    // Keep drawing while anything still moves; once it stops, the loop goes idle.
    if (state.flight || state.path.length > 0 || inputActive(visitorInput)) invalidate()

    // Walking through a door changes the place, so the hash and the masthead follow the visitor.
    if (!state.flight) {
      const room = roomAt(plan, stance)
      if (room && room !== state.room) {
        state.room = room
        const { place, goTo } = useExhibition.getState()
        if (roomOfPlace(place) !== room) {
          goTo(room === 'lobby' ? LOBBY : { kind: 'hall', hall: Number(room.slice(5)) }, 'stay')
        }
      }
    }
  })
  return null
}
