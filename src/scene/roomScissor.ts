import { Box3, Vector3, type Camera, type Object3D } from 'three'
import type { Door, Opening, Rect } from '../plan'
import { openingOf } from '../plan'

/** A rectangle of the canvas in CSS pixels, from its lower left corner (as WebGL's scissor). */
export interface ScreenRect {
  x: number
  y: number
  width: number
  height: number
}

/** How a room is drawn this frame: whole, not at all, or only inside a rectangle. */
export type RoomView = 'whole' | 'hidden' | ScreenRect

const corner = new Vector3()

/**
 * The rectangle of a `width` x `height` canvas an opening covers as `camera` sees it; null when
 * it is off the canvas or wholly behind the camera; 'whole' when only part of it lies behind the
 * camera's near plane (standing in a doorway), where its outline cannot be projected and all of
 * the canvas may show through it.
 */
export function openingOnScreen(
  opening: Opening,
  camera: Camera & { near: number },
  width: number,
  height: number,
): ScreenRect | 'whole' | null {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  let behind = 0
  for (let i = 0; i < 8; i++) {
    corner.set(
      i & 1 ? opening.max[0] : opening.min[0],
      i & 2 ? opening.max[1] : opening.min[1],
      i & 4 ? opening.max[2] : opening.min[2],
    )
    corner.applyMatrix4(camera.matrixWorldInverse)
    if (corner.z > -camera.near) {
      behind++
      continue
    }
    corner.applyMatrix4(camera.projectionMatrix)
    minX = Math.min(minX, corner.x)
    maxX = Math.max(maxX, corner.x)
    minY = Math.min(minY, corner.y)
    maxY = Math.max(maxY, corner.y)
  }
  if (behind === 8) return null
  if (behind > 0) return 'whole'
  if (maxX < -1 || minX > 1 || maxY < -1 || minY > 1) return null
  // Whole pixels, a pixel wider on each side: rounding never cuts off an edge of the door.
  const left = Math.max(0, Math.floor(((Math.max(-1, minX) + 1) / 2) * width) - 1)
  const right = Math.min(width, Math.ceil(((Math.min(1, maxX) + 1) / 2) * width) + 1)
  const bottom = Math.max(0, Math.floor(((Math.max(-1, minY) + 1) / 2) * height) - 1)
  const top = Math.min(height, Math.ceil(((Math.min(1, maxY) + 1) / 2) * height) + 1)
  return { x: left, y: bottom, width: right - left, height: top - bottom }
}

function intersect(a: ScreenRect, b: ScreenRect): ScreenRect | null {
  const x = Math.max(a.x, b.x)
  const y = Math.max(a.y, b.y)
  const width = Math.min(a.x + a.width, b.x + b.width) - x
  const height = Math.min(a.y + a.height, b.y + b.height) - y
  return width > 0 && height > 0 ? { x, y, width, height } : null
}

function union(a: ScreenRect, b: ScreenRect): ScreenRect {
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  }
}

/**
 * How each room is drawn, from the lines of doors it is seen through (`sightLines`) and where
 * each door lies on the canvas: a room seen through no door is whole (the visitor is in it), one
 * seen through none on the canvas is hidden, any other only inside the doors of its lines (each
 * line the doors' overlap, the lines together the rectangle around them).
 */
export function roomViews(
  rooms: readonly string[],
  lines: ReadonlyMap<string, Door[][]>,
  doorOnScreen: (door: Door) => ScreenRect | 'whole' | null,
): Map<string, RoomView> {
  const onScreen = new Map<Door, ScreenRect | 'whole' | null>()
  const doorRect = (door: Door) => {
    if (!onScreen.has(door)) onScreen.set(door, doorOnScreen(door))
    return onScreen.get(door) ?? null
  }
  const views = new Map<string, RoomView>()
  for (const room of rooms) {
    let view: RoomView = 'hidden'
    for (const line of lines.get(room) ?? []) {
      let seen: ScreenRect | 'whole' | null = 'whole'
      for (const door of line) {
        const rect = doorRect(door)
        if (rect === null || seen === null) seen = null
        else if (rect !== 'whole') seen = seen === 'whole' ? rect : intersect(seen, rect)
      }
      if (seen === 'whole') {
        view = 'whole'
        break
      }
      if (seen !== null) view = view === 'hidden' ? seen : union(view as ScreenRect, seen)
    }
    views.set(room, view)
  }
  return views
}

/** The doors' openings, once per door. */
export function openingsOf(doors: readonly Door[]): Map<Door, Opening> {
  return new Map(doors.map((door) => [door, openingOf(door)]))
}

const box = new Box3()

/** A mesh's `userData` flag: it closes several rooms (a shared wall) and is drawn whole. */
export const SEEN_FROM_EVERY_ROOM = 'seenFromEveryRoom'

/**
 * The one room a mesh stands wholly within (its bounds widened by half a wall, for the room's own
 * walls), or null: a mesh across rooms, or in no room, is drawn wherever it is.
 */
export function roomOfObject(
  object: Object3D & { geometry?: { boundingBox: Box3 | null; computeBoundingBox(): void } },
  rooms: readonly { id: string; bounds: Rect }[],
  margin: number,
): string | null {
  const geometry = object.geometry
  if (object.userData[SEEN_FROM_EVERY_ROOM] === true) return null
  if (!geometry || (object as { isInstancedMesh?: boolean }).isInstancedMesh) return null
  if (!geometry.boundingBox) geometry.computeBoundingBox()
  if (!geometry.boundingBox) return null
  box.copy(geometry.boundingBox).applyMatrix4(object.matrixWorld)
  let found: string | null = null
  for (const { id, bounds } of rooms) {
    const within =
      box.min.x >= bounds.minX - margin &&
      box.max.x <= bounds.maxX + margin &&
      box.min.z >= bounds.minZ - margin &&
      box.max.z <= bounds.maxZ + margin
    if (!within) continue
    if (found !== null) return null
    found = id
  }
  return found
}
