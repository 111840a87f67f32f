import { rectEdges, segmentsOverlap } from './geometry'
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

/** The two rooms a door joins: its hall and the lobby (none for a door of no hall). */
function roomsOf(plan: ExhibitionPlan, door: Door): [string, string] | null {
  const hall = plan.halls.find((h) => h.number === door.hall)
  return hall ? [hall.room.id, plan.lobby.room.id] : null
}

/** How far doors are followed: a hall, the lobby, another hall through its door. */
const MAX_DOORS = 2

/**
 * Every room seen from `from`, each with the lines of doors it is seen through (a hall's own
 * door, then another hall's): `[]` for the room itself, which is seen whole. A room missing from
 * the map cannot be seen from `from` at all.
 */
export function sightLines(plan: ExhibitionPlan, from: string): Map<string, Door[][]> {
  const doors = plan.floorPlan.doors.flatMap((door) => {
    const rooms = roomsOf(plan, door)
    return rooms ? [{ door, rooms }] : []
  })
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
    const own = plan.walls.filter((w) => w.room === room.id)
    // An edge of that room the wall runs along, where the room has no wall of its own.
    return rectEdges(room.bounds).some(
      (edge) => segmentsOverlap(edge, wall) && !own.some((w) => segmentsOverlap(edge, w)),
    )
  })
}
