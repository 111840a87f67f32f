import { hallOf, type ExhibitionPlan } from '../plan'
import { exactColour } from './displayColour'

type FloorGuidesProps = {
  plan: ExhibitionPlan
}

/** Faint lines of light on the lobby floor leading to each hall's door, in the hall's colour. */
export function FloorGuides({ plan }: FloorGuidesProps) {
  return (
    <group>
      {plan.lobby.guides.flatMap(({ hall, points }) => {
        const colour = hallOf(plan, { kind: 'hall', hall })?.colour ?? '#35c2ff'
        return points.slice(1).map((to, i) => {
          const from = points[i] ?? to
          const length = Math.hypot(to.x - from.x, to.z - from.z)
          return (
            <mesh
              key={`${hall}-${i}`}
              position={[(from.x + to.x) / 2, 0.012, (from.z + to.z) / 2]}
              rotation={[-Math.PI / 2, 0, Math.atan2(-(to.x - from.x), -(to.z - from.z))]}
            >
              {/* Each piece runs on by half the line's width, so that the corners close. */}
              <planeGeometry args={[0.12, length + 0.12]} />
              <meshBasicMaterial
                color={exactColour(colour)}
                transparent
                opacity={0.55}
                toneMapped={false}
              />
            </mesh>
          )
        })
      })}
    </group>
  )
}
