import { closestOnSegment, type Rect, type Segment, type Vec2 } from '../plan'

/** The visitor's body on the floor: a circle this wide keeps the eye off walls and stands. */
export const VISITOR_RADIUS = 0.35

export interface Obstacles {
  walls: Segment[]
  rects: Rect[]
}

function closestOnRect(p: Vec2, r: Rect): Vec2 {
  return { x: Math.max(r.minX, Math.min(r.maxX, p.x)), z: Math.max(r.minZ, Math.min(r.maxZ, p.z)) }
}

/** Pushes a point at least `radius` away from a closest point `q`, or leaves it where it is. */
function pushAway(p: Vec2, q: Vec2, radius: number): Vec2 | null {
  const dx = p.x - q.x
  const dz = p.z - q.z
  const distance = Math.hypot(dx, dz)
  if (distance >= radius || distance < 1e-9) return null
  return { x: q.x + (dx / distance) * radius, z: q.z + (dz / distance) * radius }
}

/** Pushes a point that stands inside a rect out through the nearest edge, a radius beyond it. */
function pushOutOfRect(p: Vec2, r: Rect, radius: number): Vec2 | null {
  if (p.x <= r.minX || p.x >= r.maxX || p.z <= r.minZ || p.z >= r.maxZ) return null
  const exits = [
    { x: r.minX - radius, z: p.z },
    { x: r.maxX + radius, z: p.z },
    { x: p.x, z: r.minZ - radius },
    { x: p.x, z: r.maxZ + radius },
  ]
  return exits.reduce((a, b) =>
    Math.hypot(a.x - p.x, a.z - p.z) <= Math.hypot(b.x - p.x, b.z - p.z) ? a : b,
  )
}

/** Pushes a circle out of every wall and obstacle it overlaps, along the shortest way out. */
function resolve(start: Vec2, radius: number, obstacles: Obstacles): Vec2 {
  let p = start
  // A few passes settle corners, where pushing out of one wall pushes into the next.
  for (let pass = 0; pass < 4; pass++) {
    let moved = false
    for (const wall of obstacles.walls) {
      const pushed = pushAway(p, closestOnSegment(p, wall), radius)
      if (pushed) [p, moved] = [pushed, true]
    }
    for (const rect of obstacles.rects) {
      const pushed = pushOutOfRect(p, rect, radius) ?? pushAway(p, closestOnRect(p, rect), radius)
      if (pushed) [p, moved] = [pushed, true]
    }
    if (!moved) break
  }
  return p
}

/**
 * Moves a circle from `from` by `delta`, sliding along whatever it touches. The move is cut into
 * steps shorter than the radius, so that no speed or frame time carries it through a wall.
 */
export function moveWithCollision(
  from: Vec2,
  delta: Vec2,
  obstacles: Obstacles,
  radius = VISITOR_RADIUS,
): Vec2 {
  const length = Math.hypot(delta.x, delta.z)
  const steps = Math.max(1, Math.ceil(length / (radius * 0.5)))
  let at = from
  for (let i = 0; i < steps; i++) {
    at = resolve({ x: at.x + delta.x / steps, z: at.z + delta.z / steps }, radius, obstacles)
  }
  return at
}
