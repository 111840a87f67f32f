import { WALL_THICKNESS, type Door, type ExhibitionPlan, type Wall } from './planExhibition'

/**
 * What a visitor standing in one room can see of the others: only what lies through the doors
 * between them. The scene uses it to draw another room only inside the doors it is seen through
 * (a software renderer pays for every pixel of a wall hidden behind another wall).
 */

/** A door's opening as a box: its width along the wall, its height, the wall's thickness. */
export interface Opening {
  min: [number, number, number]
  max: [number, number, number]
}

export function openingOf(door: Door): Opening {
  return {
    min: [door.center.x - door.width / 2, 0, door.center.z - WALL_THICKNESS / 2],
    max: [door.center.x + door.width / 2, door.height, door.center.z + WALL_THICKNESS / 2],
  }
}

/** The two rooms a door joins: its hall and the lobby. */
function roomsOf(plan: ExhibitionPlan, door: Door): [string, string] {
  const hall = plan.halls.find((h) => h.number === door.hall)
  return [hall?.room.id ?? `hall-${door.hall}`, plan.lobby.room.id]
}

/** How far doors are followed: a hall, the lobby, another hall through its door. */
const MAX_DOORS = 2

/**
 * Every room seen from `from`, each with the lines of doors it is seen through (a hall's own
 * door, then another hall's): `[]` for the room itself, which is seen whole. A room missing from
 * the map cannot be seen from `from` at all.
 */
export function sightLines(plan: ExhibitionPlan, from: string): Map<string, Door[][]> {
  const doors = plan.floorPlan.doors.map((door) => ({ door, rooms: roomsOf(plan, door) }))
  const seen = new Map<string, Door[][]>([[from, [[]]]])
  const walk = (room: string, through: Door[], visited: string[]) => {
    if (through.length === MAX_DOORS) return
    for (const { door, rooms } of doors) {
      if (!rooms.includes(room)) continue
      const next = rooms[0] === room ? rooms[1] : rooms[0]
      if (visited.includes(next)) continue
      const line = [...through, door]
      seen.set(next, [...(seen.get(next) ?? []), line])
      walk(next, line, [...visited, next])
    }
  }
  walk(from, [], [from])
  return seen
}

/**
 * Walls that close more than their own room: the lobby's wall with the doors is also the front
 * wall of every hall behind it (a hall has no wall of its own there). Such a wall is seen whole
 * from each room it closes.
 */
export function closesOtherRooms(plan: ExhibitionPlan, wall: Wall): boolean {
  return plan.floorPlan.rooms.some((room) => {
    if (room.id === wall.room) return false
    const { minX, maxX, minZ, maxZ } = room.bounds
    const own = plan.walls.filter((w) => w.room === room.id)
    const edges = [
      { a: { x: minX, z: minZ }, b: { x: maxX, z: minZ } },
      { a: { x: minX, z: maxZ }, b: { x: maxX, z: maxZ } },
      { a: { x: minX, z: minZ }, b: { x: minX, z: maxZ } },
      { a: { x: maxX, z: minZ }, b: { x: maxX, z: maxZ } },
    ]
    // An edge of that room the wall runs along, where the room has no wall of its own.
    return edges.some((edge) => overlaps(edge, wall) && !own.some((w) => overlaps(edge, w)))
  })
}

type Line = { a: { x: number; z: number }; b: { x: number; z: number } }
const EPSILON = 1e-6

/** Two axis-aligned floor segments on one line that share more than a point. */
function overlaps(p: Line, q: Line): boolean {
  const horizontal = (s: Line) => Math.abs(s.a.z - s.b.z) < EPSILON
  const vertical = (s: Line) => Math.abs(s.a.x - s.b.x) < EPSILON
  const share = (a1: number, a2: number, b1: number, b2: number) =>
    Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2)) >
    EPSILON
  if (horizontal(p) && horizontal(q) && Math.abs(p.a.z - q.a.z) < EPSILON)
    return share(p.a.x, p.b.x, q.a.x, q.b.x)
  if (vertical(p) && vertical(q) && Math.abs(p.a.x - q.a.x) < EPSILON)
    return share(p.a.z, p.b.z, q.a.z, q.b.z)
  return false
}
