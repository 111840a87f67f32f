import { useMemo } from 'react'
import { BufferGeometry, Float32BufferAttribute } from 'three'
import { hallName, translate } from '../i18n'
import { rectCenter, rectEdges, type ExhibitionPlan } from '../plan'
import { useExhibition } from '../state/store'
import { exactColour, shownColour } from './displayColour'
import { LitMesh } from './LitMesh'
import { Label } from './text/Label'
import { rectBounds, TextFrame } from './text/textFrame'
import { onTap, useHoverCursor } from './useHoverCursor'

type FloorPlanTableProps = {
  plan: ExhibitionPlan
}

/** A lectern in the lobby with the floor plan of all halls; a click on a hall goes there. */
export function FloorPlanTable({ plan }: FloorPlanTableProps) {
  const language = useExhibition((s) => s.language)
  const goTo = useExhibition((s) => s.goTo)
  const hover = useHoverCursor()
  const table = plan.lobby.floorPlanTable
  const { bounds } = plan.floorPlan
  const scale = Math.min(
    (table.width - 0.3) / (bounds.maxX - bounds.minX),
    (table.height - 0.5) / (bounds.maxZ - bounds.minZ),
  )
  const center = rectCenter(bounds)
  // Plan coordinates to the map's face: x right, z down the face.
  const toMap = (x: number, z: number): [number, number] => [
    (x - center.x) * scale,
    -(z - center.z) * scale - 0.1,
  ]
  const outline = useMemo(() => {
    const points: number[] = []
    for (const room of plan.floorPlan.rooms) {
      for (const edge of rectEdges(room.bounds))
        points.push(...toMap(edge.a.x, edge.a.z), 0, ...toMap(edge.b.x, edge.b.z), 0)
    }
    const geometry = new BufferGeometry()
    geometry.setAttribute('position', new Float32BufferAttribute(points, 3))
    return geometry
    // toMap depends only on the plan.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plan])
  return (
    <group position={table.center} rotation-y={table.rotationY}>
      <LitMesh position={[0, -0.55, -0.2]} albedo="#1a2340">
        <boxGeometry args={[0.5, 1.0, 0.5]} />
      </LitMesh>
      <group rotation-x={-0.75}>
        <LitMesh albedo="#0b1228">
          <boxGeometry args={[table.width, table.height, 0.06]} />
        </LitMesh>
        <TextFrame bounds={rectBounds(table.width, table.height)}>
          <Label fontSize={0.16} position={[0, table.height / 2 - 0.18, 0.04]} color="#7fd8ff">
            {translate(language, 'floorPlan')}
          </Label>
          <lineSegments geometry={outline} position={[0, 0, 0.035]}>
            <lineBasicMaterial color={shownColour('#5f8ae0')} toneMapped={false} />
          </lineSegments>
          {plan.halls.map((hall) => {
            const c = rectCenter(hall.room.bounds)
            const [x, y] = toMap(c.x, c.z)
            const w = (hall.room.bounds.maxX - hall.room.bounds.minX) * scale
            const h = (hall.room.bounds.maxZ - hall.room.bounds.minZ) * scale
            return (
              <group
                key={hall.number}
                position={[x, y, 0.04]}
                onClick={onTap(() => goTo({ kind: 'hall', hall: hall.number }))}
                {...hover}
              >
                <mesh>
                  <planeGeometry args={[w * 0.92, h * 0.95]} />
                  <meshBasicMaterial
                    color={exactColour(hall.colour)}
                    transparent
                    opacity={0.28}
                    toneMapped={false}
                  />
                </mesh>
                <TextFrame bounds={rectBounds(w * 0.92, h * 0.95)}>
                  <Label fontSize={0.11} position={[0, 0, 0.01]} color="#ffffff">
                    {hallName(language, hall.number)}
                  </Label>
                </TextFrame>
              </group>
            )
          })}
          <Label
            fontSize={0.11}
            position={[...toMap(plan.spawn.position[0], plan.spawn.position[2]), 0.05]}
            color="#ffd166"
          >
            {`• ${translate(language, 'youAreHere')}`}
          </Label>
        </TextFrame>
      </group>
    </group>
  )
}
