import { useEffect, useMemo } from 'react'
import { BoxGeometry, type BufferGeometry, type Vector3 } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { LitMesh } from './LitMesh'
import {
  closesOtherRooms,
  wallShade,
  WALL_THICKNESS as THICKNESS,
  type ExhibitionPlan,
  type Segment,
  type Wall,
} from '../plan'
import { exactColour } from './displayColour'
import { SEEN_FROM_EVERY_ROOM } from './roomScissor'

type WallsProps = {
  /** The plan whose walls to draw. */
  plan: ExhibitionPlan
}

const LOBBY_ACCENT = '#3d8bff'
/** Walls are cut into bands this high: the shade at their foot and top fades over one band. */
const WALL_BAND = 0.7

/**
 * A room's walls: one mesh for the walls, one for their light lines, placed at its centre; and
 * the walls that also close other rooms (the lobby's wall with the doors, lintels included, is the
 * front wall of every hall), apart: those are seen whole from each room they close.
 */
interface RoomWalls {
  room: string
  /** The light lines' colour: the hall's own in a hall, the pavilion's blue in the lobby. */
  accent: string
  /** How much light reaches a point of its walls (darker at their foot and top). */
  shade: (point: Vector3) => number
  centre: [number, number, number]
  walls: BufferGeometry
  shared: BufferGeometry | null
  strips: BufferGeometry
}

/**
 * How far a wall runs on past each end of its segment: a whole wall half its thickness, to close
 * the corners; a room's half of a wall (and its light lines) not at all: its corner is closed at
 * the middle of the wall it meets, and run on it would end in a neighbour's face and flicker there.
 */
type Ends = readonly [number, number]
const CORNERS: Ends = [THICKNESS / 2, THICKNESS / 2]
const AT_THE_MIDDLE: Ends = [0, 0]

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
  [past, beyond]: Ends = CORNERS,
): BoxGeometry {
  const dx = segment.b.x - segment.a.x
  const dz = segment.b.z - segment.a.z
  const length = Math.hypot(dx, dz) || 1
  const bands = Math.max(1, Math.min(12, Math.round(height / band)))
  // Cut every 2 m along its length too, as the ceilings are: long thin triangles reaching behind
  // the camera let another room's wall or light line through in a software renderer.
  const box = new BoxGeometry(
    length + past + beyond,
    height,
    thickness,
    Math.max(1, Math.round(length / 2)),
    bands,
  )
  box.rotateY(-Math.atan2(dz, dx))
  // Moved along the segment by half the difference of its ends.
  const shift = (beyond - past) / 2 / length
  box.translate(
    (segment.a.x + segment.b.x) / 2 + dx * shift,
    y,
    (segment.a.z + segment.b.z) / 2 + dz * shift,
  )
  return box
}

const STRIP_DEPTH = 0.03

/** A wall's segment moved to its face on the side of `centre`, where a light line runs. */
function inward(
  wall: Segment,
  centre: readonly [number, number, number],
  offset = THICKNESS / 2 + STRIP_DEPTH / 2,
): Segment {
  const dx = wall.b.x - wall.a.x
  const dz = wall.b.z - wall.a.z
  const length = Math.hypot(dx, dz) || 1
  let nx = -dz / length
  let nz = dx / length
  const mx = (wall.a.x + wall.b.x) / 2
  const mz = (wall.a.z + wall.b.z) / 2
  if ((centre[0] - mx) * nx + (centre[2] - mz) * nz < 0) [nx, nz] = [-nx, -nz]
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
    const closing = own.filter((wall) => closesOtherRooms(plan, wall))
    const ends = (wall: Segment): Ends => (closing.includes(wall as Wall) ? CORNERS : AT_THE_MIDDLE)
    const band = (wall: (typeof own)[number]) =>
      along(wall, wall.height, wall.height / 2, THICKNESS, WALL_BAND)
    // A wall only this room sees is built as the room's half of it, from its middle to the face
    // inside: two halls side by side each have their own half, where two whole walls in one place
    // flickered, a pixel of one hall's wall, a pixel of the other's, as depth fell out.
    const half = (wall: (typeof own)[number]) =>
      along(
        inward(wall, centre, THICKNESS / 4),
        wall.height,
        wall.height / 2,
        THICKNESS / 2,
        WALL_BAND,
        AT_THE_MIDDLE,
      )
    const sharedBoxes = [...closing.map(band), ...lintels]
    return {
      room: room.id,
      accent: hall?.colour ?? LOBBY_ACCENT,
      shade: (point: Vector3) => wallShade(point.y, room.height),
      centre,
      walls: merged(own.filter((wall) => !closing.includes(wall)).map(half), centre),
      shared: sharedBoxes.length > 0 ? merged(sharedBoxes, centre) : null,
      // Light lines at the foot and the top of every wall trace the rooms in the dark, on the
      // room's side of the wall only: two halls share a wall, each with its own colour.
      strips: merged(
        own.flatMap((wall) => {
          const inside = inward(wall, centre)
          return [0.12, wall.height - 0.1].map((y) =>
            along(inside, 0.06, y, STRIP_DEPTH, Infinity, ends(wall)),
          )
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
      rooms.forEach(({ walls, shared, strips }) => {
        walls.dispose()
        shared?.dispose()
        strips.dispose()
      }),
    [rooms],
  )
  return (
    <group>
      {rooms.map(({ room, accent, shade, centre, walls, shared, strips }) => (
        <group key={room} position={centre}>
          {/* The room's shell is drawn after what stands in front of it (renderOrder), so that a
              renderer that tests depth before shading skips what plates and stands hide. */}
          <LitMesh geometry={walls} albedo="#243463" shade={shade} renderOrder={1} />
          {shared && (
            <LitMesh
              geometry={shared}
              albedo="#243463"
              shade={shade}
              renderOrder={1}
              userData={{ [SEEN_FROM_EVERY_ROOM]: true }}
            />
          )}
          <mesh geometry={strips}>
            <meshBasicMaterial color={exactColour(accent)} toneMapped={false} />
          </mesh>
        </group>
      ))}
    </group>
  )
}
