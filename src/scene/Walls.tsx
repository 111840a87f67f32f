import { useEffect, useMemo } from 'react'
import { BoxGeometry, type BufferGeometry } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { LitMesh } from './LitMesh'
import { WALL_THICKNESS as THICKNESS, type ExhibitionPlan, type Segment } from '../plan'
import { exactColour } from './displayColour'

type WallsProps = {
  /** The plan whose walls to draw. */
  plan: ExhibitionPlan
}

/** A room's walls: one mesh for the walls, one for their light lines, placed at its centre. */
interface RoomWalls {
  room: string
  centre: [number, number, number]
  walls: BufferGeometry
  strips: BufferGeometry
}

/** A box standing along a floor segment, `height` tall with its middle at `y`. */
function along(segment: Segment, height: number, y: number, thickness: number): BoxGeometry {
  const dx = segment.b.x - segment.a.x
  const dz = segment.b.z - segment.a.z
  const box = new BoxGeometry(Math.hypot(dx, dz) + THICKNESS, height, thickness)
  box.rotateY(-Math.atan2(dz, dx))
  box.translate((segment.a.x + segment.b.x) / 2, y, (segment.a.z + segment.b.z) / 2)
  return box
}

/** The boxes as one geometry, moved so that `centre` is its origin. */
function merged(boxes: BufferGeometry[], centre: [number, number, number]): BufferGeometry {
  const geometry = mergeGeometries(boxes)
  boxes.forEach((box) => box.dispose())
  return geometry.translate(-centre[0], -centre[1], -centre[2])
}

function roomWalls(plan: ExhibitionPlan): RoomWalls[] {
  const rooms = [plan.lobby.room, ...plan.halls.map((hall) => hall.room)]
  return rooms.map((room) => {
    const { minX, maxX, minZ, maxZ } = room.bounds
    const centre: [number, number, number] = [(minX + maxX) / 2, room.height / 2, (minZ + maxZ) / 2]
    const own = plan.walls.filter((wall) => wall.room === room.id)
    // Above each door the lobby wall closes again.
    const lintels =
      room.id === plan.lobby.room.id
        ? plan.halls.map(({ door }) => {
            const lintel = room.height - door.height
            const a = { x: door.center.x - door.width / 2, z: door.center.z }
            const b = { x: door.center.x + door.width / 2, z: door.center.z }
            return along({ a, b }, lintel, door.height + lintel / 2, THICKNESS)
          })
        : []
    return {
      room: room.id,
      centre,
      walls: merged(
        [...own.map((wall) => along(wall, wall.height, wall.height / 2, THICKNESS)), ...lintels],
        centre,
      ),
      // Light lines at the foot and the top of every wall trace the rooms in the dark.
      strips: merged(
        own.flatMap((wall) => [
          along(wall, 0.06, 0.12, THICKNESS + 0.04),
          along(wall, 0.06, wall.height - 0.1, THICKNESS + 0.04),
        ]),
        centre,
      ),
    }
  })
}

/**
 * The walls, one mesh per room: a room out of view is not drawn at all, and the renderer draws the
 * rooms nearest first, so that the walls of the rooms behind (the lobby's, seen from a hall) are
 * mostly hidden by depth before they are shaded. As one mesh for the whole pavilion they were
 * shaded wherever they lay: the largest part of a hall's frame on a software renderer.
 */
export function Walls({ plan }: WallsProps) {
  const rooms = useMemo(() => roomWalls(plan), [plan])
  useEffect(
    () => () =>
      rooms.forEach(({ walls, strips }) => {
        walls.dispose()
        strips.dispose()
      }),
    [rooms],
  )
  return (
    <group>
      {rooms.map(({ room, centre, walls, strips }) => (
        <group key={room} position={centre}>
          {/* The room's shell is drawn after what stands in front of it (renderOrder), so that a
              renderer that tests depth before shading skips what plates and stands hide. */}
          <LitMesh geometry={walls} albedo="#243463" renderOrder={1} />
          <mesh geometry={strips}>
            <meshBasicMaterial color={exactColour('#3d8bff')} toneMapped={false} />
          </mesh>
        </group>
      ))}
    </group>
  )
}
