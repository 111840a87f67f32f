import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BoxGeometry, Mesh, PerspectiveCamera, Vector3 } from 'three'
import {
  openingOf,
  planExhibition,
  sightLines,
  type Door,
  type ExhibitionPlan,
} from '../../../src/plan'
import {
  openingOnScreen,
  roomOfObject,
  roomViews,
  SEEN_FROM_EVERY_ROOM,
  type RoomView,
  type ScreenRect,
} from '../../../src/scene/roomScissor'
import { b129 } from '../../support/b129'
import { replyWith } from '../../support/replyText'

const WIDTH = 1280
const HEIGHT = 720

function cameraAt(position: [number, number, number], yaw: number, pitch: number, shift = 0) {
  const camera = new PerspectiveCamera(60, WIDTH / HEIGHT, 0.1, 200)
  // Moved aside as beside an open exhibit's panel (DialogViewOffset).
  if (shift > 0) camera.setViewOffset(WIDTH, HEIGHT, shift, shift / 4, WIDTH, HEIGHT)
  camera.position.set(...position)
  camera.rotation.set(pitch, yaw, 0, 'YXZ')
  camera.updateMatrixWorld()
  return camera
}

function viewsFrom(plan: ExhibitionPlan, room: string, camera: PerspectiveCamera) {
  const ids = plan.floorPlan.rooms.map((r) => r.id)
  return roomViews(ids, sightLines(plan, room), (door) =>
    openingOnScreen(openingOf(door), camera, WIDTH, HEIGHT),
  )
}

/** The floor segments that block a line of sight at a height: walls, and the lintels over doors. */
function blockers(plan: ExhibitionPlan) {
  const walls = plan.walls.map((w) => ({ a: w.a, b: w.b, below: w.height, above: 0 }))
  const lintels = plan.halls.map(({ door }) => ({
    a: { x: door.center.x - door.width / 2, z: door.center.z },
    b: { x: door.center.x + door.width / 2, z: door.center.z },
    below: plan.lobby.room.height,
    above: door.height,
  }))
  return [...walls, ...lintels]
}

/** Whether the straight line from `from` to `to` passes no wall. */
function seen(plan: ExhibitionPlan, from: Vector3, to: Vector3): boolean {
  for (const { a, b, below, above } of blockers(plan)) {
    const rx = to.x - from.x
    const rz = to.z - from.z
    const sx = b.x - a.x
    const sz = b.z - a.z
    const denominator = rx * sz - rz * sx
    if (Math.abs(denominator) < 1e-12) continue
    const t = ((a.x - from.x) * sz - (a.z - from.z) * sx) / denominator
    const u = ((a.x - from.x) * rz - (a.z - from.z) * rx) / denominator
    if (t <= 0 || t >= 1 || u < 0 || u > 1) continue
    const y = from.y + t * (to.y - from.y)
    if (y >= above && y <= below) return false
  }
  return true
}

const insideRect = (rect: ScreenRect, x: number, y: number) =>
  x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height

describe('roomViews', () => {
  const plan = planExhibition(b129())
  const hall3 = plan.halls[2]!

  it('draws the room stood in whole, the lobby through the door ahead, no hall behind walls', () => {
    // At hall 3's back wall, looking out through its door into the lobby (the camera looks down
    // its -z; turned half round, down +z).
    const camera = cameraAt([hall3.door.center.x, 1.6, hall3.room.bounds.minZ + 2], Math.PI, 0)
    const views = viewsFrom(plan, 'hall-3', camera)
    expect(views.get('hall-3')).toBe('whole')
    const lobby = views.get('lobby') as ScreenRect
    expect(typeof lobby).toBe('object')
    expect(lobby.width).toBeLessThan(WIDTH / 2)
    expect(views.get('hall-1')).toBe('hidden')
    expect(views.get('hall-2')).toBe('hidden')
  })

  it('hides the lobby when the door is behind the visitor', () => {
    const camera = cameraAt([hall3.door.center.x, 1.6, -1], 0, 0)
    expect(viewsFrom(plan, 'hall-3', camera).get('lobby')).toBe('hidden')
  })

  it('draws the lobby whole from the doorway itself', () => {
    const camera = cameraAt([hall3.door.center.x, 1.6, 0], Math.PI / 2, 0)
    expect(viewsFrom(plan, 'hall-3', camera).get('lobby')).toBe('whole')
  })

  it('keeps the overlap of a line of doors, and the rectangle around several lines', () => {
    const door = (hall: number) => ({ hall }) as Door
    const rects = new Map<number, ScreenRect | null | 'whole'>([
      [1, { x: 0, y: 0, width: 100, height: 100 }],
      [2, { x: 50, y: 50, width: 100, height: 100 }],
      [3, { x: 500, y: 500, width: 10, height: 10 }],
      [4, null],
      [5, 'whole'],
    ])
    const lines = new Map<string, Door[][]>([
      ['a', [[door(1), door(2)]]],
      ['b', [[door(1), door(3)]]],
      ['c', [[door(1)], [door(3)]]],
      ['d', [[door(4)]]],
      ['e', [[door(5), door(2)]]],
      ['f', [[]]],
    ])
    const views = roomViews(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      lines,
      (d) => rects.get(d.hall) ?? null,
    )
    expect(views.get('a')).toEqual({ x: 50, y: 50, width: 50, height: 50 })
    expect(views.get('b')).toBe('hidden')
    expect(views.get('c')).toEqual({ x: 0, y: 0, width: 510, height: 510 })
    expect(views.get('d')).toBe('hidden')
    expect(views.get('e')).toEqual({ x: 50, y: 50, width: 100, height: 100 })
    expect(views.get('f')).toBe('whole')
    expect(views.get('g')).toBe('hidden')
  })

  it('never cuts off a point of another room that can be seen, from anywhere, any way round', () => {
    const plans = [
      planExhibition(b129()),
      planExhibition(replyWith([1])),
      planExhibition(replyWith([2, 8, 1, 3, 5, 2])),
    ]
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: plans.length - 1 }),
        fc.nat(),
        fc.tuple(
          fc.double({ noNaN: true, min: 0.02, max: 0.98 }),
          fc.double({ noNaN: true, min: 0.02, max: 0.98 }),
        ),
        fc.double({ noNaN: true, min: 1, max: 2 }),
        fc.double({ noNaN: true, min: -Math.PI, max: Math.PI }),
        fc.double({ noNaN: true, min: -0.5, max: 0.5 }),
        fc.oneof(fc.constant(0), fc.double({ noNaN: true, min: 1, max: 400 })),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.double({ noNaN: true, min: 0.01, max: 0.99 }),
            fc.double({ noNaN: true, min: 0.01, max: 0.99 }),
            fc.double({ noNaN: true, min: 0.01, max: 0.99 }),
          ),
          { minLength: 40, maxLength: 40 },
        ),
        (which, roomIndex, [fx, fz], eye, yaw, pitch, shift, targets) => {
          const plan = plans[which]!
          const rooms = plan.floorPlan.rooms
          const room = rooms[roomIndex % rooms.length]!
          const b = room.bounds
          const at = new Vector3(
            b.minX + fx * (b.maxX - b.minX),
            eye,
            b.minZ + fz * (b.maxZ - b.minZ),
          )
          const camera = cameraAt([at.x, at.y, at.z], yaw, pitch, shift)
          const views = viewsFrom(plan, room.id, camera)
          for (const [index, tx, ty, tz] of targets) {
            const other = rooms[index % rooms.length]!
            const o = other.bounds
            // Within the room, not on its walls: a point on a wall is the wall's, seen from either side.
            const point = new Vector3(
              o.minX + tx * (o.maxX - o.minX),
              ty * other.height,
              o.minZ + tz * (o.maxZ - o.minZ),
            )
            if (!seen(plan, at, point)) continue
            const inView = point.clone().applyMatrix4(camera.matrixWorldInverse)
            if (inView.z > -camera.near) continue
            const ndc = point.clone().project(camera)
            if (Math.abs(ndc.x) > 1 || Math.abs(ndc.y) > 1) continue
            const view: RoomView = views.get(other.id) ?? 'hidden'
            if (view === 'whole') continue
            expect(view, `${other.id} from ${room.id}`).not.toBe('hidden')
            const x = ((ndc.x + 1) / 2) * WIDTH
            const y = ((ndc.y + 1) / 2) * HEIGHT
            expect(insideRect(view as ScreenRect, x, y), `${other.id} from ${room.id}`).toBe(true)
          }
        },
      ),
      { numRuns: 400 },
    )
  })
})

describe('roomOfObject', () => {
  const plan = planExhibition(b129())
  const rooms = plan.floorPlan.rooms
  const place = (mesh: Mesh, x: number, z: number) => {
    mesh.position.set(x, 1, z)
    mesh.updateMatrixWorld()
    return mesh
  }

  it('gives a mesh to the room it stands wholly within', () => {
    const hall = plan.halls[1]!.room.bounds
    const mesh = place(new Mesh(new BoxGeometry(1, 1, 1)), (hall.minX + hall.maxX) / 2, -3)
    expect(roomOfObject(mesh, rooms, 0.11)).toBe('hall-2')
    place(mesh, 0, 5)
    expect(roomOfObject(mesh, rooms, 0.11)).toBe('lobby')
  })

  it('gives none to a mesh across two rooms, or marked as closing several', () => {
    const across = place(new Mesh(new BoxGeometry(1, 1, 4)), plan.halls[0]!.door.center.x, 0)
    expect(roomOfObject(across, rooms, 0.11)).toBeNull()
    const wall = place(new Mesh(new BoxGeometry(1, 1, 1)), 0, 5)
    wall.userData[SEEN_FROM_EVERY_ROOM] = true
    expect(roomOfObject(wall, rooms, 0.11)).toBeNull()
  })
})
