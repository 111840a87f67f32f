import { useMemo } from 'react'
import { BoxGeometry, type BufferGeometry } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { LitMesh } from './LitMesh'
import { WALL_THICKNESS as THICKNESS, type Door, type ExhibitionPlan } from '../plan'
import { exactColour } from './displayColour'

type WallsProps = {
  /** The plan whose walls to draw. */
  plan: ExhibitionPlan
}

/** All walls of the exhibition as one merged mesh: one draw call however many rooms there are. */
export function Walls({ plan }: WallsProps) {
  const [walls, strips] = useMemo(() => {
    const along = (
      wall: (typeof plan.walls)[number],
      height: number,
      y: number,
      thickness: number,
    ) => {
      const dx = wall.b.x - wall.a.x
      const dz = wall.b.z - wall.a.z
      const box = new BoxGeometry(Math.hypot(dx, dz) + THICKNESS, height, thickness)
      box.rotateY(-Math.atan2(dz, dx))
      box.translate((wall.a.x + wall.b.x) / 2, y, (wall.a.z + wall.b.z) / 2)
      return box
    }
    const merge = (boxes: BufferGeometry[]) => {
      const merged = mergeGeometries(boxes)
      boxes.forEach((box) => box.dispose())
      return merged
    }
    // Above each door the lobby wall closes again.
    const lintelHeight = (door: Door) => plan.lobby.room.height - door.height
    const lintels = plan.halls.map(({ door }) =>
      along(
        {
          a: { x: door.center.x - door.width / 2, z: door.center.z },
          b: { x: door.center.x + door.width / 2, z: door.center.z },
          height: 0,
        },
        lintelHeight(door),
        door.height + lintelHeight(door) / 2,
        THICKNESS,
      ),
    )
    return [
      merge([
        ...plan.walls.map((wall) => along(wall, wall.height, wall.height / 2, THICKNESS)),
        ...lintels,
      ]),
      // Light lines at the foot and the top of every wall trace the rooms in the dark.
      merge(
        plan.walls.flatMap((wall) => [
          along(wall, 0.06, 0.12, THICKNESS + 0.04),
          along(wall, 0.06, wall.height - 0.1, THICKNESS + 0.04),
        ]),
      ),
    ]
  }, [plan])
  return (
    <group>
      {/* The room's shell is drawn after what stands in front of it (renderOrder), so that a
          renderer that tests depth before shading skips what plates and stands hide. */}
      <LitMesh geometry={walls} albedo="#243463" renderOrder={1} />
      <mesh geometry={strips}>
        <meshBasicMaterial color={exactColour('#3d8bff')} toneMapped={false} />
      </mesh>
    </group>
  )
}
