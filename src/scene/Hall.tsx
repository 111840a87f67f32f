import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import type { Group } from 'three'
import type { Recommendation } from '../content'
import { roomAt, type Hall as HallPlan, type ExhibitionPlan } from '../plan'
import { ExhibitStand } from './ExhibitStand'
import { HallTitleWall } from './HallTitleWall'

// Reused every frame: the loop allocates nothing of its own.
const at = { x: 0, z: 0 }

type HallProps = {
  hall: HallPlan
  plan: ExhibitionPlan
  recommendation: Recommendation
  bodies: Readonly<Record<string, readonly string[]>>
}

/**
 * A hall: its title wall and its exhibits in document order. The exhibits are drawn only while
 * the camera is inside the hall; from the lobby, the title wall shows through the door.
 */
export function Hall({ hall, plan, recommendation, bodies }: HallProps) {
  const exhibits = useRef<Group>(null)
  useFrame(({ camera }) => {
    if (exhibits.current) {
      at.x = camera.position.x
      at.z = camera.position.z
      exhibits.current.visible = roomAt(plan, at) === hall.room.id
    }
  })
  return (
    <group name={hall.room.id}>
      <HallTitleWall hall={hall} recommendation={recommendation} />
      <group ref={exhibits}>
        {hall.stands.map((stand) => {
          const measure = recommendation.measures.find((m) => m.id === stand.id)
          return measure ? (
            <ExhibitStand
              key={stand.id}
              stand={stand}
              hall={hall}
              measure={measure}
              bodies={bodies[stand.id] ?? []}
            />
          ) : null
        })}
      </group>
    </group>
  )
}
