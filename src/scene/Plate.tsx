import type { ThreeElements } from '@react-three/fiber'
import type { PanelPlacement } from '../plan'
import { LitMesh } from './LitMesh'
import { rectBounds, TextFrame } from './text/textFrame'
import { exactColour } from './displayColour'

type PlateProps = ThreeElements['group'] & {
  /** Where the plate stands in its parent; without it, at the origin facing +z. */
  placement?: PanelPlacement
  /** Width and height of the readable face, metres (the placement's when it has one). */
  width?: number
  height?: number
  /** Accent colour of the glowing top edge. */
  accent?: string
  /** Colour of the face. */
  colour?: string
}

/** A panel backing: a thin slab with a glowing top edge; its face looks along +z. */
export function Plate({
  placement,
  width = placement?.width ?? 1,
  height = placement?.height ?? 1,
  accent = '#35c2ff',
  colour = '#121a33',
  children,
  ...props
}: PlateProps) {
  return (
    <group
      {...(placement && { position: placement.center, 'rotation-y': placement.rotationY })}
      {...props}
    >
      <LitMesh position={[0, 0, -0.04]} albedo={colour}>
        <boxGeometry args={[width, height, 0.08]} />
      </LitMesh>
      <mesh position={[0, height / 2 - 0.03, 0.005]}>
        <planeGeometry args={[width, 0.06]} />
        <meshBasicMaterial color={exactColour(accent)} toneMapped={false} />
      </mesh>
      <TextFrame bounds={rectBounds(width, height)}>{children}</TextFrame>
    </group>
  )
}
