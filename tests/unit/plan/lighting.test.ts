import { describe, expect, it } from 'vitest'
import {
  ceilingLights,
  floorLight,
  floorLightMap,
  planExhibition,
  wallShade,
} from '../../../src/plan'
import { b129 } from '../../support/b129'

const plan = planExhibition(b129())
const brightness = (x: number, z: number) => {
  const [r, g, b] = floorLight(plan, x, z).light
  return r + g + b
}

describe('the floor’s light', () => {
  it('pools under every ceiling light, brighter than between them', () => {
    for (const light of ceilingLights(plan)) {
      const room = plan.floorPlan.rooms.find((r) => r.id === light.room)!
      const middle = (light.a.z + light.b.z) / 2
      const between = (room.bounds.minX + room.bounds.maxX) / 2
      expect(brightness(light.a.x, middle), light.room).toBeGreaterThan(
        brightness(between, middle) * 1.1,
      )
    }
  })

  it('darkens towards the walls, and is dark where there is no room', () => {
    const hall = plan.halls[0]!.room.bounds
    const z = (hall.minZ + hall.maxZ) / 2
    expect(brightness(hall.minX + 0.15, z)).toBeLessThan(brightness(hall.minX + 2, z))
    expect(floorLight(plan, plan.floorPlan.bounds.maxX + 5, 0).light).toEqual([0, 0, 0])
  })

  it('tints each hall’s pools with the hall’s colour, and leaves the lobby’s untinted', () => {
    // Hall 1 is blue, hall 2 orange: blue over red in the one, red over blue in the other.
    const pool = (room: string) => {
      const light = ceilingLights(plan).find((l) => l.room === room)!
      return floorLight(plan, light.a.x, (light.a.z + light.b.z) / 2).light
    }
    const [r1, , b1] = pool('hall-1')
    const [r2, , b2] = pool('hall-2')
    expect(b1).toBeGreaterThan(r1)
    expect(r2).toBeGreaterThan(b2)
    const [r, g, b] = pool('lobby')
    expect(r).toBeCloseTo(g, 9)
    expect(g).toBeCloseTo(b, 9)
  })

  it('samples the whole floor plan, row by row from its far edge', () => {
    const map = floorLightMap(plan, 2)
    const { minX, maxX, minZ, maxZ } = plan.floorPlan.bounds
    expect(map.columns).toBe(Math.ceil((maxX - minX) * 2))
    expect(map.rows).toBe(Math.ceil((maxZ - minZ) * 2))
    expect(map.light).toHaveLength(map.columns * map.rows * 3)
    // The first sample is the far left corner's.
    const first = floorLight(plan, minX + 0.5 / 2, minZ + (0.5 / map.rows) * (maxZ - minZ))
    expect([...map.light.subarray(0, 3)]).toEqual(first.light.map((v) => Math.fround(v)))
  })
})

describe('wallShade', () => {
  it('is darker at a wall’s foot and under the ceiling than half way up', () => {
    for (const height of [5.5, 10]) {
      const middle = wallShade(height / 2, height)
      expect(wallShade(0, height)).toBeLessThan(middle - 0.3)
      expect(wallShade(height, height)).toBeLessThan(middle - 0.2)
      expect(middle).toBeGreaterThan(0.95)
    }
  })
})
