import type { ThreeElements } from '@react-three/fiber'
import { useLayoutEffect, useRef } from 'react'
import type { Mesh, Vector3 } from 'three'
import { bakeLight, type Glow } from './bakedLight'

type LitMeshProps = ThreeElements['mesh'] & {
  /** The surface's own colour, lit by the pavilion's light when the mesh is placed. */
  albedo: string
  glow?: Glow
  /** Below 1: seen through. */
  opacity?: number
  /** Shade where surfaces meet (see bakeLight); must keep its identity between renders. */
  shade?: (point: Vector3) => number
}

/**
 * A solid surface in the pavilion's light: its geometry (a child element, as for `<mesh>`) gets
 * the light baked into its vertices, and it is drawn unlit. It must not move once placed.
 */
export function LitMesh({ albedo, glow, opacity = 1, shade, children, ...props }: LitMeshProps) {
  const mesh = useRef<Mesh>(null)
  // After every render: a new geometry (changed sizes) or a new place is baked again, and an
  // unchanged one is skipped by bakeLight itself.
  useLayoutEffect(() => {
    if (mesh.current) bakeLight(mesh.current, albedo, glow, shade)
  })
  return (
    <mesh ref={mesh} {...props}>
      {children}
      <meshBasicMaterial
        vertexColors
        toneMapped={false}
        transparent={opacity < 1}
        opacity={opacity}
      />
    </mesh>
  )
}
