import { distanceToSegment, insideRect, type ExhibitionPlan, type Vec2 } from '../plan'
import { VISITOR_RADIUS } from './collision'

/** The floor as a grid of cells a visitor can stand on, kept clear of walls and stands. */
export interface NavGrid {
  originX: number
  originZ: number
  cell: number
  columns: number
  rows: number
  walkable: Uint8Array
}

export function createNavGrid(
  plan: ExhibitionPlan,
  cell = 0.4,
  clearance = VISITOR_RADIUS + 0.1,
): NavGrid {
  const { bounds } = plan.floorPlan
  const columns = Math.ceil((bounds.maxX - bounds.minX) / cell)
  const rows = Math.ceil((bounds.maxZ - bounds.minZ) / cell)
  const walkable = new Uint8Array(columns * rows)
  const rooms = plan.floorPlan.rooms.map((room) => room.bounds)
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const p = { x: bounds.minX + (column + 0.5) * cell, z: bounds.minZ + (row + 0.5) * cell }
      const free =
        rooms.some((room) => insideRect(p, room)) &&
        plan.walls.every((wall) => distanceToSegment(p, wall) >= clearance) &&
        plan.obstacles.every(
          (r) =>
            p.x < r.minX - clearance ||
            p.x > r.maxX + clearance ||
            p.z < r.minZ - clearance ||
            p.z > r.maxZ + clearance,
        )
      walkable[row * columns + column] = free ? 1 : 0
    }
  }
  return { originX: bounds.minX, originZ: bounds.minZ, cell, columns, rows, walkable }
}

const cellOf = (grid: NavGrid, p: Vec2) => ({
  column: Math.floor((p.x - grid.originX) / grid.cell),
  row: Math.floor((p.z - grid.originZ) / grid.cell),
})
const centreOf = (grid: NavGrid, column: number, row: number): Vec2 => ({
  x: grid.originX + (column + 0.5) * grid.cell,
  z: grid.originZ + (row + 0.5) * grid.cell,
})

export function isWalkable(grid: NavGrid, p: Vec2): boolean {
  const { column, row } = cellOf(grid, p)
  return (
    column >= 0 &&
    row >= 0 &&
    column < grid.columns &&
    row < grid.rows &&
    grid.walkable[row * grid.columns + column] === 1
  )
}

/** The walkable cell centre nearest to a point (the point itself when it is walkable). */
export function nearestWalkable(grid: NavGrid, p: Vec2): Vec2 | null {
  if (isWalkable(grid, p)) return p
  // A point off the grid is searched for from the grid's nearest edge.
  const cell = cellOf(grid, p)
  const column = Math.max(0, Math.min(grid.columns - 1, cell.column))
  const row = Math.max(0, Math.min(grid.rows - 1, cell.row))
  if (grid.walkable[row * grid.columns + column] === 1) return centreOf(grid, column, row)
  for (let ring = 1; ring < Math.max(grid.columns, grid.rows); ring++) {
    let best: Vec2 | null = null
    let bestDistance = Infinity
    for (let r = row - ring; r <= row + ring; r++) {
      for (let c = column - ring; c <= column + ring; c++) {
        if (Math.max(Math.abs(r - row), Math.abs(c - column)) !== ring) continue
        if (
          r < 0 ||
          c < 0 ||
          r >= grid.rows ||
          c >= grid.columns ||
          grid.walkable[r * grid.columns + c] !== 1
        )
          continue
        const centre = centreOf(grid, c, r)
        const d = Math.hypot(centre.x - p.x, centre.z - p.z)
        if (d < bestDistance) [best, bestDistance] = [centre, d]
      }
    }
    if (best) return best
  }
  return null
}

/** Whether a straight walk between two points stays on walkable cells. */
export function clearLine(grid: NavGrid, a: Vec2, b: Vec2): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.z - a.z) / (grid.cell / 3)))
  for (let i = 0; i <= steps; i++) {
    const t = i / steps
    if (!isWalkable(grid, { x: a.x + (b.x - a.x) * t, z: a.z + (b.z - a.z) * t })) return false
  }
  return true
}

/**
 * The points to walk through from one floor point to another: A* over the grid (8 directions,
 * no corner cutting), then shortened to the fewest straight legs with a clear line. Empty when
 * the target cannot be reached; ends at the walkable point nearest the target.
 */
export function findPath(grid: NavGrid, from: Vec2, to: Vec2): Vec2[] {
  const start = nearestWalkable(grid, from)
  const goal = nearestWalkable(grid, to)
  if (!start || !goal) return []
  const s = cellOf(grid, start)
  const g = cellOf(grid, goal)
  const index = (c: number, r: number) => r * grid.columns + c
  const startIndex = index(s.column, s.row)
  const goalIndex = index(g.column, g.row)
  const cost = new Float64Array(grid.walkable.length).fill(Infinity)
  const came = new Int32Array(grid.walkable.length).fill(-1)
  const closed = new Uint8Array(grid.walkable.length)
  const heuristic = (i: number) =>
    Math.hypot((i % grid.columns) - g.column, Math.floor(i / grid.columns) - g.row)
  // A binary heap keeps the search fast on large floors.
  const heap: [number, number][] = []
  const push = (item: [number, number]) => {
    heap.push(item)
    let i = heap.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if ((heap[parent] as [number, number])[0] <= item[0]) break
      heap[i] = heap[parent] as [number, number]
      i = parent
    }
    heap[i] = item
  }
  const pop = (): [number, number] | undefined => {
    const top = heap[0]
    const last = heap.pop()
    if (heap.length > 0 && last) {
      heap[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < heap.length && (heap[l] as [number, number])[0] < (heap[m] as [number, number])[0])
          m = l
        if (r < heap.length && (heap[r] as [number, number])[0] < (heap[m] as [number, number])[0])
          m = r
        if (m === i) break
        ;[heap[i], heap[m]] = [heap[m] as [number, number], heap[i] as [number, number]]
        i = m
      }
    }
    return top
  }
  cost[startIndex] = 0
  push([heuristic(startIndex), startIndex])
  while (heap.length > 0) {
    const [, current] = pop() as [number, number]
    if (current === goalIndex) break
    if (closed[current]) continue
    closed[current] = 1
    const column = current % grid.columns
    const row = Math.floor(current / grid.columns)
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        if (dr === 0 && dc === 0) continue
        const c = column + dc
        const r = row + dr
        if (c < 0 || r < 0 || c >= grid.columns || r >= grid.rows) continue
        const next = index(c, r)
        if (!grid.walkable[next]) continue
        // Diagonal steps only where both orthogonal neighbours are open: no cutting a wall's corner.
        if (
          dr !== 0 &&
          dc !== 0 &&
          (!grid.walkable[index(column + dc, row)] || !grid.walkable[index(column, row + dr)])
        )
          continue
        const tentative = (cost[current] ?? Infinity) + (dr !== 0 && dc !== 0 ? Math.SQRT2 : 1)
        if (tentative < (cost[next] ?? Infinity)) {
          cost[next] = tentative
          came[next] = current
          push([tentative + heuristic(next), next])
        }
      }
    }
  }
  if (startIndex !== goalIndex && came[goalIndex] === -1) return []
  const cells: Vec2[] = []
  for (let i = goalIndex; i !== startIndex && i !== -1; i = came[i] ?? -1) {
    cells.unshift(centreOf(grid, i % grid.columns, Math.floor(i / grid.columns)))
  }
  const raw = [start, ...cells.slice(0, -1), goal]
  const path: Vec2[] = []
  let anchor = raw[0] as Vec2
  let i = 0
  while (i < raw.length - 1) {
    let j = raw.length - 1
    while (j > i + 1 && !clearLine(grid, anchor, raw[j] as Vec2)) j--
    path.push(raw[j] as Vec2)
    anchor = raw[j] as Vec2
    i = j
  }
  return path
}
