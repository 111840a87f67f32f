import { useMemo } from 'react'
import { BoxGeometry, type BufferGeometry } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { WALL_THICKNESS as THICKNESS, type ExhibitionPlan } from '../plan'

type WallsProps = {
  /** The plan whose walls to draw. */
  plan: ExhibitionPlan
}

/** All walls of the exhibition as one merged mesh: one draw call however many rooms there are. */
export function Walls({ plan }: WallsProps) {
  const geometry = useMemo(() => {
    const boxes: BufferGeometry[] = plan.walls.map((wall) => {
      const dx = wall.b.x - wall.a.x
      const dz = wall.b.z - wall.a.z
      const length = Math.hypot(dx, dz)
      const box = new BoxGeometry(length + THICKNESS, wall.height, THICKNESS)
      box.rotateY(-Math.atan2(dz, dx))
      box.translate((wall.a.x + wall.b.x) / 2, wall.height / 2, (wall.a.z + wall.b.z) / 2)
      return box
    })
    const merged = mergeGeometries(boxes)
    boxes.forEach((box) => box.dispose())
    return merged
  }, [plan])
  return (
    <mesh geometry={geometry}>
      <meshStandardMaterial color="#1a2340" roughness={0.85} metalness={0.05} />
    </mesh>
  )
}
