import { useEffect, useMemo } from 'react'
import {
  BufferGeometry,
  Color,
  DataTexture,
  Float32BufferAttribute,
  LinearFilter,
  RGBAFormat,
  Vector3,
} from 'three'
import { forScreen, shownColour, toneMapped } from './displayColour'
import { litColour } from './bakedLight'
import type { ExhibitionPlan, Rect, Room } from '../plan'
import { floorGridLines, floorLightMap } from '../plan'
import { askToWalk, visitorInput } from '../controls/visitorInput'
import { wakeScene } from '../controls/wakeScene'
import { onTap, useHoverCursor } from './useHoverCursor'

const noRaycast = () => {}
const FLOOR = '#0d1429'

type FloorProps = {
  /** The plan whose floor to draw. */
  plan: ExhibitionPlan
}

/**
 * The floor's light (lighting.ts: pools under the ceiling lights, shade along the walls) as a
 * texture of screen-ready colours, four texels a metre: read once per pixel and shown as it is,
 * which costs a software renderer about what the floor's plain colour cost. Laid flat, the
 * plane's first texture row lies at the plan's near edge (its greatest z), where the light map
 * ends: rows go in the other way round.
 */
function floorTexture(plan: ExhibitionPlan): DataTexture {
  const { columns, rows, light, sheen } = floorLightMap(plan)
  const base = litColour(new Color(FLOOR), new Vector3(0, 1, 0))
  const texels = new Uint8Array(columns * rows * 4)
  const colour = new Color()
  for (let i = 0; i < columns * rows; i++) {
    const [r = 0, g = 0, b = 0] = light.subarray(i * 3, i * 3 + 3)
    const [sr = 0, sg = 0, sb = 0] = sheen.subarray(i * 3, i * 3 + 3)
    colour.setRGB(base.r * r + sr, base.g * g + sg, base.b * b + sb)
    forScreen(toneMapped(colour, colour))
    const texel = (rows - 1 - Math.floor(i / columns)) * columns + (i % columns)
    texels.set([colour.r * 255, colour.g * 255, colour.b * 255, 255], texel * 4)
  }
  const texture = new DataTexture(texels, columns, rows, RGBAFormat)
  texture.magFilter = LinearFilter
  texture.minFilter = LinearFilter
  texture.needsUpdate = true
  return texture
}

/**
 * Each room's floor, to the middle of its walls, its texture coordinates those of the pavilion's
 * light map. Where rooms meet (a hall's door), both floors have corners at the same points, the
 * lobby's cut at every hall's sides: a corner of one floor in the middle of the other's edge could
 * leave a crack of background along the threshold.
 */
function roomFloor(room: Room, pavilion: Rect, cuts: readonly number[]): BufferGeometry {
  const { minX, maxX, minZ, maxZ } = room.bounds
  const xs = [...new Set([minX, ...cuts.filter((x) => x > minX && x < maxX), maxX])].sort(
    (a, b) => a - b,
  )
  const width = pavilion.maxX - pavilion.minX
  const depth = pavilion.maxZ - pavilion.minZ
  const positions: number[] = []
  const uvs: number[] = []
  const index: number[] = []
  xs.forEach((x) => {
    for (const z of [maxZ, minZ]) {
      positions.push(x, 0, z)
      uvs.push((x - pavilion.minX) / width, (pavilion.maxZ - z) / depth)
    }
  })
  for (let i = 0; i + 1 < xs.length; i++) {
    const near = i * 2
    // Counter-clockwise seen from above: the face looks up.
    index.push(near, near + 2, near + 1, near + 1, near + 2, near + 3)
  }
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3))
  geometry.setAttribute('uv', new Float32BufferAttribute(uvs, 2))
  geometry.setIndex(index)
  geometry.computeBoundingSphere()
  return geometry
}

/**
 * The floor under every room, one mesh per room (another room's floor is drawn only where it is
 * seen: RoomCulling), with a faint grid that gives scale and motion cues; a click on it walks there.
 */
export function Floor({ plan }: FloorProps) {
  const { bounds } = plan.floorPlan
  const hover = useHoverCursor('crosshair')
  const light = useMemo(() => floorTexture(plan), [plan])
  useEffect(() => () => light.dispose(), [light])
  const floors = useMemo(() => {
    const cuts = plan.halls.flatMap((hall) => [hall.room.bounds.minX, hall.room.bounds.maxX])
    return plan.floorPlan.rooms.map((room) => ({
      id: room.id,
      geometry: roomFloor(room, bounds, cuts),
    }))
  }, [plan, bounds])
  useEffect(() => () => floors.forEach(({ geometry }) => geometry.dispose()), [floors])
  // Plain lines, a pixel wide, fading into the fog with distance: a grid shader over the whole
  // floor cost a sixth of a hall's frame on a software renderer.
  const grid = useMemo(() => {
    const { cells, sections } = floorGridLines(bounds, 1, 5, 0.005)
    const lines = (points: number[]) =>
      new BufferGeometry().setAttribute('position', new Float32BufferAttribute(points, 3))
    return { cells: lines(cells), sections: lines(sections) }
  }, [bounds])
  return (
    <group
      onClick={onTap((event) => {
        askToWalk(visitorInput, { x: event.point.x, z: event.point.z })
        wakeScene()
      })}
      {...hover}
    >
      {floors.map(({ id, geometry }) => (
        <mesh key={id} geometry={geometry} name="floor" renderOrder={1}>
          <meshBasicMaterial map={light} toneMapped={false} />
        </mesh>
      ))}
      {/* The lines take no clicks: the floor under them does, where it was clicked. */}
      <lineSegments geometry={grid.cells} raycast={noRaycast}>
        <lineBasicMaterial color={shownColour('#1d2a52')} toneMapped={false} />
      </lineSegments>
      <lineSegments geometry={grid.sections} raycast={noRaycast}>
        <lineBasicMaterial color={shownColour('#2b4a8a')} toneMapped={false} />
      </lineSegments>
    </group>
  )
}
