/** A point on the floor: x to the east, z to the south (three.js axes, y up). */
export interface Vec2 {
  x: number
  z: number
}

export interface Segment {
  a: Vec2
  b: Vec2
}

export interface Rect {
  minX: number
  maxX: number
  minZ: number
  maxZ: number
}

export const rect = (minX: number, maxX: number, minZ: number, maxZ: number): Rect => ({
  minX,
  maxX,
  minZ,
  maxZ,
})

export function rectCenter(r: Rect): Vec2 {
  return { x: (r.minX + r.maxX) / 2, z: (r.minZ + r.maxZ) / 2 }
}

export function insideRect(p: Vec2, r: Rect, margin = 0): boolean {
  return (
    p.x >= r.minX + margin &&
    p.x <= r.maxX - margin &&
    p.z >= r.minZ + margin &&
    p.z <= r.maxZ - margin
  )
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.minX < b.maxX && b.minX < a.maxX && a.minZ < b.maxZ && b.minZ < a.maxZ
}

export function rectEdges(r: Rect): Segment[] {
  const nw = { x: r.minX, z: r.minZ }
  const ne = { x: r.maxX, z: r.minZ }
  const se = { x: r.maxX, z: r.maxZ }
  const sw = { x: r.minX, z: r.maxZ }
  return [
    { a: nw, b: ne },
    { a: ne, b: se },
    { a: se, b: sw },
    { a: sw, b: nw },
  ]
}

/** The point of segment `s` nearest to `p`. */
export function closestOnSegment(p: Vec2, s: Segment): Vec2 {
  const dx = s.b.x - s.a.x
  const dz = s.b.z - s.a.z
  const lengthSquared = dx * dx + dz * dz
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((p.x - s.a.x) * dx + (p.z - s.a.z) * dz) / lengthSquared))
  return { x: s.a.x + t * dx, z: s.a.z + t * dz }
}

/** How far `p` is from segment `s`. */
export function distanceToSegment(p: Vec2, s: Segment): number {
  const q = closestOnSegment(p, s)
  return Math.hypot(p.x - q.x, p.z - q.z)
}

const cross = (o: Vec2, a: Vec2, b: Vec2) => (a.x - o.x) * (b.z - o.z) - (a.z - o.z) * (b.x - o.x)

/** Whether two segments cross or touch (collinear overlaps included). */
export function segmentsIntersect(p: Segment, q: Segment): boolean {
  const d1 = cross(q.a, q.b, p.a)
  const d2 = cross(q.a, q.b, p.b)
  const d3 = cross(p.a, p.b, q.a)
  const d4 = cross(p.a, p.b, q.b)
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
    return true
  const onSegment = (s: Segment, p: Vec2) =>
    Math.min(s.a.x, s.b.x) - 1e-9 <= p.x &&
    p.x <= Math.max(s.a.x, s.b.x) + 1e-9 &&
    Math.min(s.a.z, s.b.z) - 1e-9 <= p.z &&
    p.z <= Math.max(s.a.z, s.b.z) + 1e-9
  return (
    (Math.abs(d1) < 1e-9 && onSegment(q, p.a)) ||
    (Math.abs(d2) < 1e-9 && onSegment(q, p.b)) ||
    (Math.abs(d3) < 1e-9 && onSegment(p, q.a)) ||
    (Math.abs(d4) < 1e-9 && onSegment(p, q.b))
  )
}

/** Two axis-aligned segments on one line that share more than a point (a wall along an edge). */
export function segmentsOverlap(p: Segment, q: Segment): boolean {
  const EPSILON = 1e-6
  const along = (a1: number, a2: number, b1: number, b2: number) =>
    Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2)) >
    EPSILON
  const flat = (s: Segment, axis: 'x' | 'z') => Math.abs(s.a[axis] - s.b[axis]) < EPSILON
  if (flat(p, 'z') && flat(q, 'z') && Math.abs(p.a.z - q.a.z) < EPSILON)
    return along(p.a.x, p.b.x, q.a.x, q.b.x)
  if (flat(p, 'x') && flat(q, 'x') && Math.abs(p.a.x - q.a.x) < EPSILON)
    return along(p.a.z, p.b.z, q.a.z, q.b.z)
  return false
}

export function segmentHitsRect(s: Segment, r: Rect): boolean {
  if (insideRect(s.a, r) || insideRect(s.b, r)) return true
  return rectEdges(r).some((edge) => segmentsIntersect(s, edge))
}

export const distance = (a: Vec2, b: Vec2) => Math.hypot(a.x - b.x, a.z - b.z)

/**
 * The lines of a floor grid over `bounds`, `cell` metres apart, as segment end points (x, y, z
 * flat) at height `y`; lines every `section` cells apart come separately, to be drawn brighter.
 * Each line is cut into pieces a cell long: a software renderer drops a line that runs from in
 * front of the camera to behind it, so a long one vanishes under the visitor's feet.
 */
export function floorGridLines(
  bounds: Rect,
  cell: number,
  section: number,
  y = 0,
): { cells: number[]; sections: number[] } {
  const cells: number[] = []
  const sections: number[] = []
  const pieces = (from: number, to: number, put: (a: number, b: number) => void) => {
    for (let start = from; start < to - 1e-9; start += cell) put(start, Math.min(to, start + cell))
  }
  for (let i = Math.ceil(bounds.minX / cell); i * cell <= bounds.maxX + 1e-9; i++) {
    const x = i * cell
    const into = i % section === 0 ? sections : cells
    pieces(bounds.minZ, bounds.maxZ, (a, b) => into.push(x, y, a, x, y, b))
  }
  for (let i = Math.ceil(bounds.minZ / cell); i * cell <= bounds.maxZ + 1e-9; i++) {
    const z = i * cell
    const into = i % section === 0 ? sections : cells
    pieces(bounds.minX, bounds.maxX, (a, b) => into.push(a, y, z, b, y, z))
  }
  return { cells, sections }
}
