// The pavilion's light as it falls, worked out once from the plan: the ceiling's light panels
// throw pools of light on the floor below them (tinted, in a hall, by the hall's colour), and the
// floor and walls darken where they meet. The scene bakes these numbers into a small texture for
// the floor and into the walls' vertex colours, so a frame draws them at the cost of a plain fill.

import type { ExhibitionPlan, Room } from './planExhibition'
import { distanceToSegment, type Segment } from './geometry'

/** A light panel in a ceiling: a line of light `height` above the floor. */
export interface CeilingLight extends Segment {
  room: string
  height: number
}

/** How far from a room's ends its ceiling lights stop, metres. */
const LIGHT_INSET = 1.5
/** Ceiling lights run along each room at a quarter of its width in from either side. */
const LIGHT_ACROSS = [-0.25, 0.25]

/** The light panels of every room's ceiling: two lines along its depth. */
export function ceilingLights(plan: ExhibitionPlan): CeilingLight[] {
  return plan.floorPlan.rooms.flatMap((room: Room) => {
    const { minX, maxX, minZ, maxZ } = room.bounds
    const width = maxX - minX
    return LIGHT_ACROSS.map((across) => {
      const x = (minX + maxX) / 2 + across * width
      return {
        room: room.id,
        height: room.height,
        a: { x, z: minZ + LIGHT_INSET },
        b: { x, z: maxZ - LIGHT_INSET },
      }
    })
  })
}

/** Light falling on the floor, as a multiple of the pavilion's even light: [r, g, b] each. */
export type Light = [number, number, number]

/** The even light everywhere, before pools and shade. */
const AMBIENT = 0.6
/** How bright a pool is at its heart, over the even light, for a room 5.5 m high. */
const POOL = 2.6
/** How far a pool spreads to either side of its light line, metres, per metre of height. */
const POOL_SPREAD = 0.32
/**
 * The floor is polished: under a light it also shows the light's own glow, added to what its
 * dark colour gives back (linear light, at a pool's heart).
 */
const SHEEN: Light = [0.012, 0.022, 0.05]
/** How much of a hall's pools takes the hall's colour. */
const HALL_TINT = 0.3
/** How much darker the floor is right at a wall, and how far that shade reaches (metres). */
const FOOT_SHADE = 0.45
const FOOT_REACH = 0.9

/** A CSS hex colour as linear-light [r, g, b] in 0..1 (sRGB decoded). */
function linearRgb(hex: string): Light {
  const value = Number.parseInt(hex.slice(1), 16)
  const channel = (shift: number) => {
    const c = ((value >> shift) & 255) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return [channel(16), channel(8), channel(0)]
}

/** The light on a point of the floor: what multiplies its colour, and the sheen added to it. */
export interface FloorLight {
  light: Light
  sheen: Light
}

const DARK: FloorLight = { light: [0, 0, 0], sheen: [0, 0, 0] }

/**
 * The light on the floor at (x, z): the even light, plus a soft pool under each of the room's
 * ceiling lights (wider and fainter under a higher ceiling), darkened towards the room's walls.
 * Outside every room there is no floor and no light.
 */
export function floorLight(
  plan: ExhibitionPlan,
  x: number,
  z: number,
  lights = ceilingLights(plan),
): FloorLight {
  const room = plan.floorPlan.rooms.find(
    ({ bounds: b }) => x >= b.minX && x <= b.maxX && z >= b.minZ && z <= b.maxZ,
  )
  if (!room) return DARK
  const hall = plan.halls.find((h) => h.room.id === room.id)
  const tint = hall ? linearRgb(hall.colour) : null
  let pool = 0
  for (const light of lights) {
    if (light.room !== room.id) continue
    const spread = POOL_SPREAD * light.height
    const d = distanceToSegment({ x, z }, light)
    pool += (POOL * 5.5 * Math.exp(-(d * d) / (2 * spread * spread))) / light.height
  }
  let nearest = Infinity
  for (const wall of plan.walls) nearest = Math.min(nearest, distanceToSegment({ x, z }, wall))
  const shade = 1 - FOOT_SHADE * Math.exp(-nearest / FOOT_REACH)
  const colour = (channel: 0 | 1 | 2) => {
    const tinted = tint ? 1 - HALL_TINT + HALL_TINT * tint[channel] * 1.5 : 1
    return (AMBIENT + pool * tinted) * shade
  }
  const sheen = (channel: 0 | 1 | 2) => (SHEEN[channel] * pool * shade) / POOL
  return {
    light: [colour(0), colour(1), colour(2)],
    sheen: [sheen(0), sheen(1), sheen(2)],
  }
}

/** The floor's light sampled on a grid over the floor plan, `perMetre` samples a metre. */
export interface FloorLightMap {
  columns: number
  rows: number
  /** Row by row from the plan's far edge (its least z), [r, g, b] per sample. */
  light: Float32Array
  sheen: Float32Array
}

export function floorLightMap(plan: ExhibitionPlan, perMetre = 4): FloorLightMap {
  const { minX, maxX, minZ, maxZ } = plan.floorPlan.bounds
  const columns = Math.max(2, Math.ceil((maxX - minX) * perMetre))
  const rows = Math.max(2, Math.ceil((maxZ - minZ) * perMetre))
  const light = new Float32Array(columns * rows * 3)
  const sheen = new Float32Array(columns * rows * 3)
  const lights = ceilingLights(plan)
  for (let row = 0; row < rows; row++) {
    const z = minZ + ((row + 0.5) / rows) * (maxZ - minZ)
    for (let column = 0; column < columns; column++) {
      const x = minX + ((column + 0.5) / columns) * (maxX - minX)
      const at = floorLight(plan, x, z, lights)
      light.set(at.light, (row * columns + column) * 3)
      sheen.set(at.sheen, (row * columns + column) * 3)
    }
  }
  return { columns, rows, light, sheen }
}

/**
 * How much of the light reaches a wall at height `y` in a room `height` high: darker at its foot
 * and under the ceiling, where wall meets floor and ceiling.
 */
export function wallShade(y: number, height: number): number {
  return 1 - 0.4 * Math.exp(-y / 0.6) - 0.3 * Math.exp(-(height - y) / 0.8)
}
