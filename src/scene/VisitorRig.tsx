import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { lookTarget } from '../controls/movement'
import { emitVisitorEvents } from '../controls/visitorEvents'
import {
  drainFrameInput,
  stanceListeners,
  visitorInput,
  visitorStance,
} from '../controls/visitorInput'
import {
  createVisitor,
  NO_INPUT,
  startMove,
  stepVisitor,
  type VisitorFrameInput,
  type VisitorState,
} from '../controls/visitorMachine'
import { EYE_HEIGHT, roomOfPlace, viewpointOf, type ExhibitionPlan } from '../plan'
import { useExhibition, type Move } from '../state/store'

type VisitorRigProps = {
  plan: ExhibitionPlan
}

// Reused every frame: the loop allocates nothing of its own.
const frameInput: VisitorFrameInput = { ...NO_INPUT }

// The point the camera looks at, rewritten every frame instead of allocated.
const looking: [number, number, number] = [0, 0, 0]

/**
 * Hosts the visitor machine (`stepVisitor`): hands it each frame's input, puts the camera where
 * it says, and passes its events (arrived, entered a room) on after the frame. Moves asked for
 * through the store (links, buttons, tour steps, resets) start flights or cuts.
 */
export function VisitorRig({ plan }: VisitorRigProps) {
  const get = useThree((s) => s.get)
  const invalidate = useThree((s) => s.invalidate)
  const visitor = useRef<VisitorState>(createVisitor(plan.spawn, 'lobby'))

  useEffect(() => {
    const place = () => {
      const { stance } = visitor.current
      const { camera } = get()
      camera.position.set(stance.x, EYE_HEIGHT, stance.z)
      camera.lookAt(...lookTarget(stance, EYE_HEIGHT))
      Object.assign(visitorStance, stance)
      for (const listener of stanceListeners) listener(stance)
    }
    const start = (move: Move, mounting = false) => {
      // A canvas that mounts late (after the visitor already closed the exhibit the link opened)
      // still puts the camera where the last move pointed: a 'stay' is a cut there.
      if (move.approach === 'stay' && !mounting) return
      // With reduced motion the camera cuts to the place instead of flying there.
      const cut = mounting || move.approach !== 'fly' || useExhibition.getState().reducedMotion
      const step = startMove(
        visitor.current,
        {
          to: move.viewpoint ?? viewpointOf(plan, move.view),
          approach: cut ? 'jump' : 'fly',
          room: roomOfPlace(move.place),
          serial: move.serial,
        },
        plan,
      )
      visitor.current = step.state
      if (cut) place()
      emitVisitorEvents(step.events)
      invalidate()
    }
    start(useExhibition.getState().move, true)
    return useExhibition.subscribe((state, previous) => {
      if (state.move !== previous.move) start(state.move)
    })
  }, [plan, get, invalidate])

  useFrame(({ camera }, delta) => {
    const input = drainFrameInput(visitorInput, frameInput)
    const step = stepVisitor(visitor.current, input, delta, plan)
    if (step.state === visitor.current) return
    visitor.current = step.state
    const { stance } = step.state
    camera.position.set(stance.x, EYE_HEIGHT, stance.z)
    camera.lookAt(...lookTarget(stance, EYE_HEIGHT, looking))
    Object.assign(visitorStance, stance)
    for (const listener of stanceListeners) listener(stance)
    emitVisitorEvents(step.events)
    // Keep drawing while anything still moves; once it stops, the loop goes idle.
    if (step.moving) invalidate()
  })
  return null
}
