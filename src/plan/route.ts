import { insideRect, type Vec2 } from './geometry'
import type { ExhibitionPlan, RoomId } from './planExhibition'

/** How far from a door's centre line a route passes on either side. */
const DOOR_CLEARANCE = 1.6

export function roomAt(plan: ExhibitionPlan, at: Vec2): RoomId | null {
  if (insideRect(at, plan.lobby.room.bounds)) return 'lobby'
  return plan.halls.find((hall) => insideRect(at, hall.room.bounds))?.room.id ?? null
}

/**
 * The floor points to pass on the way from one point to another: through the door of the hall
 * being left, across the lobby, and through the door of the hall being entered. Rooms are
 * convex apart from their stands, which stand against the walls, so straight legs within a room
 * stay clear of them.
 */
export function routeThroughDoors(plan: ExhibitionPlan, from: Vec2, to: Vec2): Vec2[] {
  const fromRoom = roomAt(plan, from)
  const toRoom = roomAt(plan, to)
  if (fromRoom === toRoom || fromRoom === null || toRoom === null) return [to]
  const points: Vec2[] = []
  const doorOf = (room: RoomId) => plan.halls.find((hall) => hall.room.id === room)?.door
  const leaving = doorOf(fromRoom)
  if (leaving)
    points.push(
      { x: leaving.center.x, z: -DOOR_CLEARANCE },
      { x: leaving.center.x, z: DOOR_CLEARANCE },
    )
  const entering = doorOf(toRoom)
  if (entering)
    points.push(
      { x: entering.center.x, z: DOOR_CLEARANCE },
      { x: entering.center.x, z: -DOOR_CLEARANCE },
    )
  points.push(to)
  return points
}
