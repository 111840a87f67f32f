import { useEffect, useMemo } from 'react'
import { Float32BufferAttribute, PlaneGeometry, type BufferGeometry, type Color } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { ceilingLights, type ExhibitionPlan } from '../plan'
import { exactColour, shownColour } from './displayColour'

type CeilingProps = {
  plan: ExhibitionPlan
}

/** A horizontal plane facing down, every vertex of one colour. */
function plane(width: number, depth: number, at: [number, number, number], colour: Color) {
  // Cut every 2 m along its length: a light panel as two triangles 0.35 m by 16 m, partly behind
  // the camera, came out of a software renderer's clipping with depths wrong enough for a
  // neighbouring hall's light line to show through the wall between.
  const geometry = new PlaneGeometry(width, depth, 1, Math.max(1, Math.round(depth / 2)))
  geometry.rotateX(Math.PI / 2)
  geometry.translate(...at)
  const count = geometry.getAttribute('position').count
  const colours = new Float32Array(count * 3)
  for (let i = 0; i < count; i++) colours.set([colour.r, colour.g, colour.b], i * 3)
  geometry.setAttribute('color', new Float32BufferAttribute(colours, 3))
  return geometry
}

/**
 * Each room's ceiling with its long light panels, one mesh per room: another room's ceiling is
 * drawn only where it is seen (RoomCulling), not behind the walls across the view.
 */
export function Ceiling({ plan }: CeilingProps) {
  const rooms = useMemo(() => {
    const ceiling = shownColour('#0f1733')
    const light = exactColour('#5d7fcf')
    const lights = ceilingLights(plan)
    return plan.floorPlan.rooms.map(({ id, bounds: b, height }) => {
      const parts: BufferGeometry[] = [
        plane(
          b.maxX - b.minX,
          b.maxZ - b.minZ,
          [(b.minX + b.maxX) / 2, height, (b.minZ + b.maxZ) / 2],
          ceiling,
        ),
        // The light panels, where lighting.ts puts them: the pools on the floor lie below these.
        ...lights
          .filter((l) => l.room === id)
          .map(({ a, b: end, height: h }) =>
            plane(0.35, Math.abs(end.z - a.z), [a.x, h - 0.02, (a.z + end.z) / 2], light),
          ),
      ]
      const merged = mergeGeometries(parts)
      parts.forEach((part) => part.dispose())
      return { id, geometry: merged }
    })
  }, [plan])
  useEffect(() => () => rooms.forEach(({ geometry }) => geometry.dispose()), [rooms])
  return (
    <group>
      {rooms.map(({ id, geometry }) => (
        <mesh key={id} geometry={geometry} renderOrder={1}>
          <meshBasicMaterial vertexColors toneMapped={false} />
        </mesh>
      ))}
    </group>
  )
}
