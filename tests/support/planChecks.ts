import { expect } from 'vitest'
import {
  distance,
  insideRect,
  rectsOverlap,
  segmentHitsRect,
  segmentsIntersect,
  WALL_THICKNESS,
  type ExhibitionPlan,
  type Vec2,
} from '../../src/plan'

// The checks every plan must pass, whatever reply it was made from (B129, the property tests'
// generated replies, the fixtures).

export const floor = (p: readonly number[]): Vec2 => ({ x: p[0] ?? NaN, z: p[2] ?? NaN })

function blocked(
  plan: ExhibitionPlan,
  a: Vec2,
  b: Vec2,
  ignore?: (typeof plan.obstacles)[number],
): boolean {
  const path = { a, b }
  return (
    plan.walls.some((wall) => segmentsIntersect(path, wall)) ||
    plan.obstacles.some((o) => o !== ignore && segmentHitsRect(path, o))
  )
}

/** Floor cells reachable from the spawn point without crossing a wall or an obstacle. */
function reachable(plan: ExhibitionPlan, step = 1): (p: Vec2) => boolean {
  const { bounds } = plan.floorPlan
  const key = (i: number, j: number) => `${i},${j}`
  const at = (i: number, j: number): Vec2 => ({
    x: bounds.minX + (i + 0.5) * step,
    z: bounds.minZ + (j + 0.5) * step,
  })
  const cellOf = (p: Vec2) =>
    [Math.floor((p.x - bounds.minX) / step), Math.floor((p.z - bounds.minZ) / step)] as const
  const [si, sj] = cellOf(floor(plan.spawn.position))
  const seen = new Set([key(si, sj)])
  const queue: [number, number][] = [[si, sj]]
  while (queue.length > 0) {
    const [i, j] = queue.pop() as [number, number]
    for (const [di, dj] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ] as const) {
      const [ni, nj] = [i + di, j + dj]
      if (seen.has(key(ni, nj)) || !insideRect(at(ni, nj), bounds)) continue
      if (blocked(plan, at(i, j), at(ni, nj))) continue
      seen.add(key(ni, nj))
      queue.push([ni, nj])
    }
  }
  return (p) => seen.has(key(...cellOf(p)))
}

export function checkPlan(plan: ExhibitionPlan, counts: number[]) {
  expect(plan.halls.map((h) => h.stands.length)).toEqual(counts)
  const stands = plan.halls.flatMap((h) => h.stands)

  // Nothing overlaps: stands with each other, with the lobby furniture, with walls.
  plan.obstacles.forEach((a, i) =>
    plan.obstacles.slice(i + 1).forEach((b) => expect(rectsOverlap(a, b)).toBe(false)),
  )
  for (const obstacle of plan.obstacles) {
    for (const wall of plan.walls) expect(segmentHitsRect(wall, obstacle)).toBe(false)
  }
  // Rooms do not overlap each other.
  const rooms = plan.floorPlan.rooms
  rooms.forEach((a, i) =>
    rooms.slice(i + 1).forEach((b) => expect(rectsOverlap(a.bounds, b.bounds)).toBe(false)),
  )

  for (const hall of plan.halls) {
    for (const stand of hall.stands) {
      const eye = floor(stand.viewpoint.position)
      const panel = floor(stand.panel.center)
      // Every viewpoint is inside its room, off every obstacle, and sees its panel unobstructed.
      expect(insideRect(eye, hall.room.bounds, 0.5), stand.id).toBe(true)
      expect(
        plan.obstacles.some((o) => insideRect(eye, o)),
        stand.id,
      ).toBe(false)
      const own = plan.obstacles.find((o) => insideRect(panel, o))
      expect(blocked(plan, eye, panel, own), stand.id).toBe(false)
      expect(distance(eye, panel)).toBeGreaterThan(2.5)
      // The panel faces the room, not a wall: 4 m in front of it is still open floor.
      const ahead = { x: panel.x + stand.panel.facing.x * 4, z: panel.z + stand.panel.facing.z * 4 }
      expect(insideRect(ahead, hall.room.bounds, 0.5), stand.id).toBe(true)
      expect(
        plan.walls.some((w) => segmentsIntersect({ a: panel, b: ahead }, w)),
        stand.id,
      ).toBe(false)
      // The panel's whole width stays inside the room.
      const half = stand.panel.width / 2
      expect(panel.z - half).toBeGreaterThan(hall.room.bounds.minZ)
      expect(panel.z + half).toBeLessThan(hall.room.bounds.maxZ)
    }
    // The door sits on the lobby wall, inside the hall's width, and is open.
    const { door } = hall
    expect(door.center.z).toBe(0)
    expect(door.center.x - door.width / 2).toBeGreaterThan(hall.room.bounds.minX)
    expect(door.center.x + door.width / 2).toBeLessThan(hall.room.bounds.maxX)
    expect(blocked(plan, { x: door.center.x, z: 1 }, { x: door.center.x, z: -1 })).toBe(false)
    expect(insideRect(floor(hall.entrance.position), hall.room.bounds, 0.5)).toBe(true)
  }

  // Every hall entrance and exhibit viewpoint can be walked to from the spawn point.
  const canReach = reachable(plan)
  for (const hall of plan.halls)
    expect(canReach(floor(hall.entrance.position)), `hall ${hall.number}`).toBe(true)
  for (const stand of stands) expect(canReach(floor(stand.viewpoint.position)), stand.id).toBe(true)

  // Wall-hung panels stand clear of the wall they hang on (else the wall hides them).
  const panels = [
    plan.lobby.welcomeBoard,
    plan.lobby.openingPanel,
    plan.lobby.overviewPanel,
    ...plan.halls.flatMap((h) => [h.titleWall, h.sign, ...h.stands.map((s) => s.panel)]),
  ]
  for (const panel of panels) {
    const c = floor(panel.center)
    const along = { x: -panel.facing.z, z: panel.facing.x }
    for (const wall of plan.walls) {
      const parallel =
        Math.abs((wall.b.x - wall.a.x) * panel.facing.x + (wall.b.z - wall.a.z) * panel.facing.z) <
        1e-9
      if (!parallel) continue
      const gap = Math.abs((c.x - wall.a.x) * panel.facing.x + (c.z - wall.a.z) * panel.facing.z)
      const s = [wall.a, wall.b].map((p) => (p.x - c.x) * along.x + (p.z - c.z) * along.z)
      const overlaps = Math.min(...s) < panel.width / 2 && Math.max(...s) > -panel.width / 2
      if (overlaps)
        expect(gap, `panel at ${c.x},${c.z}`).toBeGreaterThanOrEqual(WALL_THICKNESS / 2 + 0.085)
    }
  }

  // The tour is the document order.
  const expected = [
    'lobby',
    ...counts.flatMap((n, h) => [
      `hall ${h + 1}`,
      ...Array.from({ length: n }, (_, e) => `exhibit ${h + 1}.${e + 1}`),
    ]),
  ]
  expect(
    plan.tour.map((p) =>
      p.kind === 'lobby'
        ? 'lobby'
        : p.kind === 'hall'
          ? `hall ${p.hall}`
          : `exhibit ${p.hall}.${p.exhibit}`,
    ),
  ).toEqual(expected)
}
