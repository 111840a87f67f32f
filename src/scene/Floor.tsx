import { useMemo } from 'react'
import { Float32BufferAttribute, BufferGeometry } from 'three'
import { shownColour } from './displayColour'
import { LitMesh } from './LitMesh'
import type { ExhibitionPlan } from '../plan'
import { floorGridLines, rectCenter } from '../plan'
import { askToWalk, visitorInput } from '../controls/visitorInput'
import { wakeScene } from '../controls/wakeScene'
import { onTap, useHoverCursor } from './useHoverCursor'

const noRaycast = () => {}

type FloorProps = {
  /** The plan whose floor to draw. */
  plan: ExhibitionPlan
}

/** One floor under every room, with a faint grid that gives scale and motion cues; a click on it walks there. */
export function Floor({ plan }: FloorProps) {
  const { bounds } = plan.floorPlan
  const center = rectCenter(bounds)
  const width = bounds.maxX - bounds.minX
  const depth = bounds.maxZ - bounds.minZ
  const hover = useHoverCursor('crosshair')
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
      <LitMesh
        rotation-x={-Math.PI / 2}
        position={[center.x, 0, center.z]}
        name="floor"
        albedo="#0d1429"
        renderOrder={1}
      >
        <planeGeometry args={[width, depth]} />
      </LitMesh>
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
