import { describe, expect, it } from 'vitest'
import {
  closesOtherRooms,
  planExhibition,
  sightLines,
  type ExhibitionPlan,
} from '../../../src/plan'
import { b129 } from '../../support/b129'
import { replyWith } from '../../support/replyText'

const doorsOf = (lines: Map<string, { hall: number }[][]> | undefined, room: string) =>
  lines?.get(room)?.map((line) => line.map((door) => door.hall))

describe('sightLines', () => {
  const plan = planExhibition(b129())

  it('sees the lobby from a hall through its door, and the other halls through both doors', () => {
    const fromHall2 = sightLines(plan, 'hall-2')
    expect(doorsOf(fromHall2, 'hall-2')).toEqual([[]])
    expect(doorsOf(fromHall2, 'lobby')).toEqual([[2]])
    expect(doorsOf(fromHall2, 'hall-1')).toEqual([[2, 1]])
    expect(doorsOf(fromHall2, 'hall-3')).toEqual([[2, 3]])
  })

  it('sees every hall from the lobby through its own door', () => {
    const fromLobby = sightLines(plan, 'lobby')
    expect(doorsOf(fromLobby, 'lobby')).toEqual([[]])
    for (const hall of [1, 2, 3]) expect(doorsOf(fromLobby, `hall-${hall}`)).toEqual([[hall]])
    expect([...fromLobby.keys()].sort()).toEqual(['hall-1', 'hall-2', 'hall-3', 'lobby'])
  })

  it('names every room from every room, for one to six halls', () => {
    for (let halls = 1; halls <= 6; halls++) {
      const some = planExhibition(replyWith(Array(halls).fill(2)))
      const ids = some.floorPlan.rooms.map((room) => room.id)
      for (const from of ids)
        expect([...sightLines(some, from).keys()].sort()).toEqual([...ids].sort())
    }
  })
})

describe('closesOtherRooms', () => {
  const shared = (plan: ExhibitionPlan) => plan.walls.filter((wall) => closesOtherRooms(plan, wall))

  it('is the lobby wall with the doors, the front wall of every hall, and no other', () => {
    const plan = planExhibition(b129())
    const walls = shared(plan)
    expect(walls.length).toBeGreaterThan(0)
    for (const wall of walls) {
      expect(wall.room).toBe('lobby')
      expect([wall.a.z, wall.b.z]).toEqual([0, 0])
    }
    // Every stretch of the halls' fronts beside a door is among them.
    for (const hall of plan.halls) {
      const { minX, maxX } = hall.room.bounds
      const covered = walls
        .map((w) => Math.min(maxX, Math.max(w.a.x, w.b.x)) - Math.max(minX, Math.min(w.a.x, w.b.x)))
        .filter((length) => length > 0)
        .reduce((sum, length) => sum + length, 0)
      expect(covered).toBeCloseTo(maxX - minX - hall.door.width, 6)
    }
  })

  it('leaves out the wall two halls share: each hall has its own', () => {
    const plan = planExhibition(b129())
    const between = plan.walls.filter(
      (wall) => wall.room === 'hall-1' && wall.a.x === plan.halls[0]!.room.bounds.maxX,
    )
    expect(between).toHaveLength(1)
    expect(closesOtherRooms(plan, between[0]!)).toBe(false)
  })
})
