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
import type { ExhibitionPlan } from '../plan'
import { floorGridLines, floorLightMap, rectCenter } from '../plan'
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

/** One floor under every room, with a faint grid that gives scale and motion cues; a click on it walks there. */
export function Floor({ plan }: FloorProps) {
  const { bounds } = plan.floorPlan
  const center = rectCenter(bounds)
  const width = bounds.maxX - bounds.minX
  const depth = bounds.maxZ - bounds.minZ
  const hover = useHoverCursor('crosshair')
  const light = useMemo(() => floorTexture(plan), [plan])
  useEffect(() => () => light.dispose(), [light])
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
      <mesh
        rotation-x={-Math.PI / 2}
        position={[center.x, 0, center.z]}
        name="floor"
        renderOrder={1}
      >
        <planeGeometry args={[width, depth]} />
        <meshBasicMaterial map={light} toneMapped={false} />
      </mesh>
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
