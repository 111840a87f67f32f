import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { routeThroughDoors, viewpointOf, type ExhibitionPlan } from '../plan'
import { useExhibition, type Move } from '../state/store'
import { createFlight, type Flight, type Pose } from '../tour/flight'

type CameraRigProps = {
  plan: ExhibitionPlan
}

/**
 * Moves the camera to each place the visitor goes to: a jump on load, otherwise a flight along
 * a route through the doors. The pose lives in a ref and the flight runs in the frame loop, so
 * React never re-renders while the camera moves.
 */
export function CameraRig({ plan }: CameraRigProps) {
  const camera = useThree((s) => s.camera)
  const invalidate = useThree((s) => s.invalidate)
  const pose = useRef<Pose>({ position: [...plan.spawn.position], target: [...plan.spawn.target] })
  const flight = useRef<{ flight: Flight; elapsed: number } | null>(null)

  useEffect(() => {
    const start = (move: Move) => {
      if (move.approach === 'stay') return
      const to = viewpointOf(plan, move.place)
      if (move.approach === 'jump') {
        flight.current = null
        pose.current = { position: [...to.position], target: [...to.target] }
        camera.position.set(...to.position)
        camera.lookAt(...to.target)
      } else {
        const from = {
          position: [...pose.current.position],
          target: [...pose.current.target],
        } as Pose
        const route = routeThroughDoors(
          plan,
          { x: from.position[0], z: from.position[2] },
          { x: to.position[0], z: to.position[2] },
        )
        flight.current = { flight: createFlight(from, route, to), elapsed: 0 }
      }
      invalidate()
    }
    start(useExhibition.getState().move)
    return useExhibition.subscribe((state, previous) => {
      if (state.move !== previous.move) start(state.move)
    })
  }, [plan, camera, invalidate])

  useFrame((_, delta) => {
    const current = flight.current
    if (!current) return
    // A long frame (a hidden tab) must not make the camera skip through a wall.
    current.elapsed += Math.min(delta, 0.1)
    const arrived = current.flight.sample(current.elapsed, pose.current)
    camera.position.set(...pose.current.position)
    camera.lookAt(...pose.current.target)
    if (arrived) flight.current = null
    else invalidate()
  })
  return null
}
