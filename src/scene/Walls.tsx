import { useEffect, useMemo } from 'react'
import { BoxGeometry, type BufferGeometry, type Vector3 } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { LitMesh } from './LitMesh'
import { wallShade, WALL_THICKNESS as THICKNESS, type ExhibitionPlan, type Segment } from '../plan'
import { exactColour } from './displayColour'

type WallsProps = {
  /** The plan whose walls to draw. */
  plan: ExhibitionPlan
}

const LOBBY_ACCENT = '#3d8bff'
/** Walls are cut into bands this high: the shade at their foot and top fades over one band. */
const WALL_BAND = 0.7

/** A room's walls: one mesh for the walls, one for their light lines, placed at its centre. */
interface RoomWalls {
  room: string
  /** The light lines' colour: the hall's own in a hall, the pavilion's blue in the lobby. */
  accent: string
  /** How much light reaches a point of its walls (darker at their foot and top). */
  shade: (point: Vector3) => number
  centre: [number, number, number]
  walls: BufferGeometry
  strips: BufferGeometry
}

/**
 * A box standing along a floor segment, `height` tall with its middle at `y`, cut into bands
 * about `band` metres high so that light baked into its corners can change up its height.
 */
function along(
  segment: Segment,
  height: number,
  y: number,
  thickness: number,
  band = Infinity,
): BoxGeometry {
  const dx = segment.b.x - segment.a.x
  const dz = segment.b.z - segment.a.z
  const bands = Math.max(1, Math.min(12, Math.round(height / band)))
  const box = new BoxGeometry(Math.hypot(dx, dz) + THICKNESS, height, thickness, 1, bands)
  box.rotateY(-Math.atan2(dz, dx))
  box.translate((segment.a.x + segment.b.x) / 2, y, (segment.a.z + segment.b.z) / 2)
  return box
}

const STRIP_DEPTH = 0.03

/** A wall's segment moved to its face on the side of `centre`, where a light line runs. */
function inward(wall: Segment, centre: readonly [number, number, number]): Segment {
  const dx = wall.b.x - wall.a.x
  const dz = wall.b.z - wall.a.z
  const length = Math.hypot(dx, dz) || 1
  let nx = -dz / length
  let nz = dx / length
  const mx = (wall.a.x + wall.b.x) / 2
  const mz = (wall.a.z + wall.b.z) / 2
  if ((centre[0] - mx) * nx + (centre[2] - mz) * nz < 0) [nx, nz] = [-nx, -nz]
  const offset = THICKNESS / 2 + STRIP_DEPTH / 2
  return {
    a: { x: wall.a.x + nx * offset, z: wall.a.z + nz * offset },
    b: { x: wall.b.x + nx * offset, z: wall.b.z + nz * offset },
  }
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
    const hall = plan.halls.find((h) => h.room.id === room.id)
    return {
      room: room.id,
      accent: hall?.colour ?? LOBBY_ACCENT,
      shade: (point: Vector3) => wallShade(point.y, room.height),
      centre,
      walls: merged(
        [
          ...own.map((wall) => along(wall, wall.height, wall.height / 2, THICKNESS, WALL_BAND)),
          ...lintels,
        ],
        centre,
      ),
      // Light lines at the foot and the top of every wall trace the rooms in the dark, on the
      // room's side of the wall only: two halls share a wall, each with its own colour.
      strips: merged(
        own.flatMap((wall) => {
          const inside = inward(wall, centre)
          return [0.12, wall.height - 0.1].map((y) => along(inside, 0.06, y, STRIP_DEPTH))
        }),
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
      {rooms.map(({ room, accent, shade, centre, walls, strips }) => (
        <group key={room} position={centre}>
          {/* The room's shell is drawn after what stands in front of it (renderOrder), so that a
              renderer that tests depth before shading skips what plates and stands hide. */}
          <LitMesh geometry={walls} albedo="#243463" shade={shade} renderOrder={1} />
          <mesh geometry={strips}>
            <meshBasicMaterial color={exactColour(accent)} toneMapped={false} />
          </mesh>
        </group>
      ))}
    </group>
  )
}
