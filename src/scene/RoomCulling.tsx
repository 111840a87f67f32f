import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import {
  Vector2,
  Vector3,
  type Object3D,
  type PerspectiveCamera,
  type Scene,
  type WebGLRenderer,
} from 'three'
import { roomAt, sightLines, WALL_THICKNESS, type ExhibitionPlan, type Room } from '../plan'
import { openingOnScreen, openingsOf, roomOfObject, roomViews, type RoomView } from './roomScissor'

/**
 * Where `?bench` turns the culling off, to measure what it saves and that it changes no pixel,
 * and reads how each room was drawn in the last frame (none: every room whole).
 */
export const roomCulling = { enabled: true, last: new Map<string, RoomView>() }

const MARGIN = WALL_THICKNESS / 2 + 0.01

/** Per scene: its rooms, and how each is drawn in the frame being rendered. */
interface Culling {
  rooms: readonly Room[]
  views: Map<string, RoomView>
}
const cullings = new WeakMap<Scene, Culling>()
const clipping = new WeakSet<Object3D>()
const standing = new Vector3()
const canvasSize = new Vector2()

/** Makes `object` clip itself to its room's view whenever it is drawn. */
function clipToRoom(object: Object3D): void {
  clipping.add(object)
  const own = { before: object.onBeforeRender, after: object.onAfterRender }
  object.onBeforeRender = function (renderer, scene, ...rest) {
    own.before.call(this, renderer, scene, ...rest)
    const culling = cullings.get(scene as Scene)
    if (!culling || culling.views.size === 0) return
    const room = roomOfObject(object as never, culling.rooms, MARGIN)
    const view = room === null ? 'whole' : (culling.views.get(room) ?? 'whole')
    if (view === 'whole') return
    if (view === 'hidden') renderer.setScissor(0, 0, 0, 0)
    else renderer.setScissor(view.x, view.y, view.width, view.height)
    renderer.setScissorTest(true)
  }
  object.onAfterRender = function (renderer, ...rest) {
    own.after.call(this, renderer, ...rest)
    renderer.setScissorTest(false)
  }
}

/**
 * Draws each room only where it can be seen: the room the visitor stands in whole, every other
 * room only inside the doors it is seen through, and a room seen through none not at all. A
 * software renderer pays for every pixel a wall covers even where a nearer wall hides it, and
 * from a hall the lobby's walls and the neighbouring halls' lay behind its own over most of the
 * view. What lay behind a wall was never seen, so no pixel changes. Each mesh is given to the
 * room it stands wholly within as it is drawn, so things that move follow; one that spans rooms
 * (the grid on the floor, the lobby's wall with the doors) is drawn whole. Returns the undoing.
 */
export function cullRooms(scene: Scene, plan: ExhibitionPlan): () => void {
  const rooms = plan.floorPlan.rooms
  const ids = rooms.map((room) => room.id)
  const openings = openingsOf(plan.floorPlan.doors)
  const lines = new Map(ids.map((id) => [id, sightLines(plan, id)]))
  const culling: Culling = { rooms, views: new Map() }
  cullings.set(scene, culling)
  const previous = scene.onBeforeRender
  scene.onBeforeRender = (renderer: WebGLRenderer, _scene, camera) => {
    culling.views = new Map()
    roomCulling.last = culling.views
    // What was added since the last frame learns to clip itself.
    scene.traverse((object) => {
      const drawn = object as { isMesh?: boolean; isLine?: boolean }
      if ((drawn.isMesh || drawn.isLine) && !clipping.has(object)) clipToRoom(object)
    })
    // Only the canvas: a render target's scissor is set in its own pixels.
    if (!roomCulling.enabled || renderer.getRenderTarget() !== null) return
    if (!(camera as PerspectiveCamera).isPerspectiveCamera) return
    camera.getWorldPosition(standing)
    const here = roomAt(plan, { x: standing.x, z: standing.z })
    const seen = here === null ? undefined : lines.get(here)
    if (!seen) return
    renderer.getSize(canvasSize)
    culling.views = roomViews(ids, seen, (door) => {
      const opening = openings.get(door)
      if (!opening) return 'whole'
      return openingOnScreen(opening, camera as PerspectiveCamera, canvasSize.x, canvasSize.y)
    })
    roomCulling.last = culling.views
  }
  return () => {
    scene.onBeforeRender = previous
    cullings.delete(scene)
  }
}

/** Culls the rooms of `plan` in the canvas's scene (see cullRooms). */
export function RoomCulling({ plan }: { plan: ExhibitionPlan }) {
  const scene = useThree((s) => s.scene)
  useEffect(() => cullRooms(scene, plan), [plan, scene])
  return null
}
