import type { ExhibitionPlan } from '../plan'
import { exactColour } from './displayColour'

type FloorGuidesProps = {
  plan: ExhibitionPlan
}

/** Faint lines of light on the lobby floor leading to each hall's door, in the hall's colour. */
export function FloorGuides({ plan }: FloorGuidesProps) {
  return (
    <group>
      {plan.lobby.guides.map(({ hall, from, to }) => {
        const colour = plan.halls[hall - 1]?.colour ?? '#35c2ff'
        const length = Math.hypot(to.x - from.x, to.z - from.z)
        return (
          <mesh
            key={hall}
            position={[(from.x + to.x) / 2, 0.012, (from.z + to.z) / 2]}
            rotation={[-Math.PI / 2, 0, Math.atan2(-(to.x - from.x), -(to.z - from.z))]}
          >
            <planeGeometry args={[0.12, length]} />
            <meshBasicMaterial
              color={exactColour(colour)}
              transparent
              opacity={0.55}
              toneMapped={false}
            />
          </mesh>
        )
      })}
    </group>
  )
}
