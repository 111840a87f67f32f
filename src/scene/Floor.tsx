import { Grid } from '@react-three/drei'
import { LitMesh } from './LitMesh'
import type { ExhibitionPlan } from '../plan'
import { rectCenter } from '../plan'
import { askToWalk, visitorInput } from '../controls/visitorInput'
import { wakeScene } from '../controls/wakeScene'
import { onTap, useHoverCursor } from './useHoverCursor'

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
      >
        <planeGeometry args={[width, depth]} />
      </LitMesh>
      <Grid
        position={[center.x, 0.005, center.z]}
        args={[width, depth]}
        cellSize={1}
        cellThickness={0.6}
        cellColor="#1d2a52"
        sectionSize={5}
        sectionThickness={1}
        sectionColor="#2b4a8a"
        fadeDistance={45}
        fadeStrength={1.5}
      />
    </group>
  )
}
