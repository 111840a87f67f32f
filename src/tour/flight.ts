import type { Viewpoint } from '../plan'
import type { Vec2 } from '../plan'

export type Vec3 = [number, number, number]

export interface Pose {
  position: Vec3
  target: Vec3
}

export interface Flight {
  duration: number
  /** Writes the pose at `elapsed` seconds into `out`; true once the flight has arrived. */
  sample: (elapsed: number, out: Pose) => boolean
}

/** Walking pace of a flight, metres a second, and the bounds of its duration. */
const SPEED = 7
const MIN_DURATION = 0.6
const MAX_DURATION = 4.5

const smooth = (t: number) => t * t * (3 - 2 * t)
const lerp = (a: number, b: number, t: number) => a + (b - a) * t

/**
 * A camera flight from a pose through floor waypoints to a viewpoint: constant pace along the
 * path with eased start and stop, looking ahead along the path and turning to the final target
 * over the last stretch.
 */
export function createFlight(from: Pose, via: Vec2[], to: Viewpoint): Flight {
  const eye = from.position[1]
  const points: Vec3[] = [
    from.position,
    ...via.slice(0, -1).map((p): Vec3 => [p.x, eye, p.z]),
    to.position,
  ]
  const lengths = points.slice(1).map((p, i) => {
    const q = points[i] as Vec3
    return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2])
  })
  const total = lengths.reduce((a, b) => a + b, 0)
  const turn = Math.hypot(...(to.target.map((v, i) => v - (from.target[i] ?? 0)) as Vec3))
  const duration = Math.min(MAX_DURATION, Math.max(MIN_DURATION, total / SPEED, turn / (SPEED * 2)))
  const multiLeg = points.length > 2
  return {
    duration,
    sample(elapsed, out) {
      const t = Math.min(1, Math.max(0, elapsed / duration))
      const s = smooth(t) * total
      let walked = 0
      let leg = 0
      while (leg < lengths.length - 1 && walked + (lengths[leg] ?? 0) < s)
        walked += lengths[leg++] ?? 0
      const a = points[leg] as Vec3
      const b = points[leg + 1] as Vec3
      const k = (lengths[leg] ?? 0) > 0 ? (s - walked) / (lengths[leg] ?? 1) : 1
      for (let i = 0; i < 3; i++) out.position[i] = lerp(a[i] ?? 0, b[i] ?? 0, k)
      // On a route through doors, look where the path goes until the last leg, then at the target.
      const firstTurn = smooth(Math.min(1, t / 0.2))
      const finalTurn = multiLeg ? smooth(Math.min(1, Math.max(0, (t - 0.7) / 0.3))) : smooth(t)
      for (let i = 0; i < 3; i++) {
        const start = from.target[i] ?? 0
        const ahead = multiLeg ? lerp(start, (b[i] ?? 0) + (i === 1 ? 0.3 : 0), firstTurn) : start
        out.target[i] = lerp(ahead, to.target[i] ?? 0, finalTurn)
      }
      return t >= 1
    },
  }
}
