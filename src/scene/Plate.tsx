import type { ThreeElements } from '@react-three/fiber'

type PlateProps = ThreeElements['group'] & {
  /** Width and height of the readable face, metres. */
  width: number
  height: number
  /** Accent colour of the glowing top edge. */
  accent?: string
  /** Colour of the face. */
  colour?: string
}

/** A panel backing: a thin slab with a glowing top edge; its face looks along +z. */
export function Plate({
  width,
  height,
  accent = '#35c2ff',
  colour = '#121a33',
  children,
  ...props
}: PlateProps) {
  return (
    <group {...props}>
      <mesh position={[0, 0, -0.04]}>
        <boxGeometry args={[width, height, 0.08]} />
        <meshStandardMaterial color={colour} roughness={0.7} metalness={0.1} />
      </mesh>
      <mesh position={[0, height / 2 - 0.03, 0.005]}>
        <planeGeometry args={[width, 0.06]} />
        <meshBasicMaterial color={accent} toneMapped={false} />
      </mesh>
      {children}
    </group>
  )
}
