import { describe, expect, it } from 'vitest'
import { clearLine, createNavGrid, findPath, isWalkable } from '../../../src/controls/pathfinding'
import { planExhibition, roomAt, segmentsIntersect, type Vec2 } from '../../../src/plan'
import { b129 } from '../../support/b129'
import { replyWith } from '../../support/replyText'

const plan = planExhibition(b129())
const grid = createNavGrid(plan)
const spawn = { x: plan.spawn.position[0], z: plan.spawn.position[2] }

function crossesWall(points: Vec2[]): boolean {
  return points
    .slice(1)
    .some((b, i) => plan.walls.some((w) => segmentsIntersect({ a: points[i] as Vec2, b }, w)))
}

describe('findPath', () => {
  it('leads from the lobby through the right door into each hall, never through a wall', () => {
    for (const hall of plan.halls) {
      const target = { x: hall.entrance.position[0], z: -8 }
      const path = findPath(grid, spawn, target)
      expect(path.length).toBeGreaterThan(0)
      const points = [spawn, ...path]
      expect(crossesWall(points)).toBe(false)
      const last = path[path.length - 1] as Vec2
      expect(roomAt(plan, last)).toBe(hall.room.id)
      expect(Math.hypot(last.x - target.x, last.z - target.z)).toBeLessThan(0.5)
      // It goes through the hall's own door.
      const crossing = points.findIndex((p) => p.z < 0)
      const a = points[crossing - 1] as Vec2
      const b = points[crossing] as Vec2
      const x = a.x + ((b.x - a.x) * (0 - a.z)) / (b.z - a.z)
      expect(Math.abs(x - hall.door.center.x)).toBeLessThan(hall.door.width / 2)
    }
  })

  it('goes from one hall to another by way of the lobby', () => {
    const from = { x: plan.halls[0]?.entrance.position[0] ?? 0, z: -10 }
    const to = { x: plan.halls[2]?.entrance.position[0] ?? 0, z: -10 }
    const path = findPath(grid, from, to)
    expect(crossesWall([from, ...path])).toBe(false)
    expect(path.some((p) => roomAt(plan, p) === 'lobby')).toBe(true)
    expect(roomAt(plan, path[path.length - 1] as Vec2)).toBe('hall-3')
  })

  it('stops short of a target inside a stand or a wall, at the nearest free spot', () => {
    const stand = plan.halls[1]?.stands[0]
    if (!stand) throw new Error('no stand')
    const inside = { x: stand.panel.center[0], z: stand.panel.center[2] }
    const path = findPath(grid, spawn, inside)
    const last = path[path.length - 1] as Vec2
    expect(isWalkable(grid, last)).toBe(true)
    // As near as the stand's nearest open edge (not the one against the wall), the visitor's
    // clearance and one grid cell allow.
    const f = stand.footprint
    const front = stand.panel.facing.x > 0 ? f.maxX - inside.x : inside.x - f.minX
    const toFront = Math.min(front, inside.z - f.minZ, f.maxZ - inside.z)
    expect(Math.hypot(last.x - inside.x, last.z - inside.z)).toBeLessThan(
      toFront + 0.45 + grid.cell * Math.SQRT2,
    )
  })

  it('has straight legs that stay on walkable floor', () => {
    const path = findPath(grid, spawn, { x: plan.halls[2]?.entrance.position[0] ?? 0, z: -20 })
    const points = [spawn, ...path]
    for (let i = 1; i < points.length; i++)
      expect(clearLine(grid, points[i - 1] as Vec2, points[i] as Vec2)).toBe(true)
    // String pulling leaves few legs: lobby, door, hall.
    expect(path.length).toBeLessThanOrEqual(5)
  })

  it('finds every hall of a six-hall exhibition reachable', () => {
    const big = planExhibition(replyWith([8, 1, 3, 8, 2, 5]))
    const bigGrid = createNavGrid(big)
    const from = { x: big.spawn.position[0], z: big.spawn.position[2] }
    for (const stand of big.halls.flatMap((h) => h.stands)) {
      const to = { x: stand.viewpoint.position[0], z: stand.viewpoint.position[2] }
      const path = findPath(bigGrid, from, to)
      const last = path[path.length - 1] as Vec2
      expect(Math.hypot(last.x - to.x, last.z - to.z), stand.id).toBeLessThan(0.5)
    }
  })

  it('heads for the nearest edge of the floor for a point off it, and finds nothing on a blocked floor', () => {
    const path = findPath(grid, spawn, { x: 500, z: 500 })
    const last = path[path.length - 1] as Vec2
    expect(isWalkable(grid, last)).toBe(true)
    expect(last.x).toBeGreaterThan(plan.lobby.room.bounds.maxX - 1.5)
    expect(last.z).toBeGreaterThan(plan.lobby.room.bounds.maxZ - 1.5)
    const blocked = { ...grid, walkable: new Uint8Array(grid.walkable.length) }
    expect(findPath(blocked, spawn, { x: 0, z: 5 })).toEqual([])
  })
})
