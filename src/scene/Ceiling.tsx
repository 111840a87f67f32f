import { useMemo } from 'react'
import { PlaneGeometry, type BufferGeometry } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { ceilingLights, type ExhibitionPlan, type Room } from '../plan'
import { exactColour, shownColour } from './displayColour'

type CeilingProps = {
  plan: ExhibitionPlan
}

function plane(width: number, depth: number, x: number, y: number, z: number): BufferGeometry {
  const geometry = new PlaneGeometry(width, depth)
  geometry.rotateX(Math.PI / 2)
  geometry.translate(x, y, z)
  return geometry
}

/** Ceilings of every room with long light panels, merged: two draw calls in all. */
export function Ceiling({ plan }: CeilingProps) {
  const [ceilings, lights] = useMemo(() => {
    const rooms: Room[] = plan.floorPlan.rooms
    const ceilingPlanes = rooms.map(({ bounds: b, height }) =>
      plane(b.maxX - b.minX, b.maxZ - b.minZ, (b.minX + b.maxX) / 2, height, (b.minZ + b.maxZ) / 2),
    )
    // The light panels, where lighting.ts puts them: the pools on the floor lie below these.
    const lightPlanes = ceilingLights(plan).map(({ a, b, height }) =>
      plane(0.35, Math.abs(b.z - a.z), a.x, height - 0.02, (a.z + b.z) / 2),
    )
    const merge = (parts: BufferGeometry[]) => {
      const merged = mergeGeometries(parts)
      parts.forEach((part) => part.dispose())
      return merged
    }
    return [merge(ceilingPlanes), merge(lightPlanes)]
  }, [plan])
  return (
    <group>
      <mesh geometry={ceilings} renderOrder={1}>
        <meshBasicMaterial color={shownColour('#0f1733')} toneMapped={false} />
      </mesh>
      <mesh geometry={lights}>
        <meshBasicMaterial color={exactColour('#5d7fcf')} toneMapped={false} />
      </mesh>
    </group>
  )
}
