import type { ExhibitStand, ExhibitionPlan, Hall, RoomId, Viewpoint } from './planExhibition'

/** Where a visitor is, in the document's own numbering (1-based). */
export type Place =
  | { kind: 'lobby' }
  | { kind: 'hall'; hall: number }
  | { kind: 'exhibit'; hall: number; exhibit: number }

export const LOBBY: Place = { kind: 'lobby' }

export function samePlace(a: Place, b: Place): boolean {
  if (a.kind !== b.kind) return false
  if (a.kind === 'lobby') return true
  if (a.kind === 'hall') return b.kind === 'hall' && a.hall === b.hall
  return b.kind === 'exhibit' && a.hall === b.hall && a.exhibit === b.exhibit
}

export function hallOf(plan: ExhibitionPlan, place: Place): Hall | undefined {
  return place.kind === 'lobby' ? undefined : plan.halls.find((hall) => hall.number === place.hall)
}

export function standOf(plan: ExhibitionPlan, place: Place): ExhibitStand | undefined {
  return place.kind === 'exhibit'
    ? hallOf(plan, place)?.stands.find((stand) => stand.exhibit === place.exhibit)
    : undefined
}

/** Whether the place exists in this plan (hall 9 of three does not). */
export function placeExists(plan: ExhibitionPlan, place: Place): boolean {
  if (place.kind === 'lobby') return true
  if (place.kind === 'hall') return hallOf(plan, place) !== undefined
  return standOf(plan, place) !== undefined
}

export function roomOfPlace(place: Place): RoomId {
  return place.kind === 'lobby' ? 'lobby' : `hall-${place.hall}`
}

/** The camera pose that shows a place. */
export function viewpointOf(plan: ExhibitionPlan, place: Place): Viewpoint {
  return standOf(plan, place)?.viewpoint ?? hallOf(plan, place)?.entrance ?? plan.spawn
}

/**
 * The exhibit a visitor standing here would mean by "open": the one whose viewpoint is nearest,
 * in the same room, within `reach` metres.
 */
export function exhibitNear(
  plan: ExhibitionPlan,
  at: { x: number; z: number },
  reach = 4,
): Place | undefined {
  let best: Place | undefined
  let bestDistance = reach
  for (const hall of plan.halls) {
    const { bounds } = hall.room
    if (at.x < bounds.minX || at.x > bounds.maxX || at.z < bounds.minZ || at.z > bounds.maxZ)
      continue
    for (const stand of hall.stands) {
      const d = Math.hypot(stand.viewpoint.position[0] - at.x, stand.viewpoint.position[2] - at.z)
      if (d <= bestDistance)
        [best, bestDistance] = [{ kind: 'exhibit', hall: hall.number, exhibit: stand.exhibit }, d]
    }
  }
  return best
}
