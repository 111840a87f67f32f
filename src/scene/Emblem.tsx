import type { Emblem as EmblemKind } from '../plan'
import { exactColour } from './displayColour'

type EmblemProps = {
  kind: EmblemKind
  colour: string
  position: [number, number, number]
  size?: number
}

/** A hall's emblem: a glowing wireframe solid in the hall's colour. */
export function Emblem({ kind, colour, position, size = 0.6 }: EmblemProps) {
  return (
    <mesh position={position} rotation={[0.4, 0.6, 0]}>
      {kind === 'icosahedron' && <icosahedronGeometry args={[size, 0]} />}
      {kind === 'torusKnot' && <torusKnotGeometry args={[size * 0.6, size * 0.18, 64, 8]} />}
      {kind === 'octahedron' && <octahedronGeometry args={[size, 0]} />}
      {kind === 'dodecahedron' && <dodecahedronGeometry args={[size, 0]} />}
      {kind === 'torus' && <torusGeometry args={[size * 0.7, size * 0.22, 12, 32]} />}
      {kind === 'tetrahedron' && <tetrahedronGeometry args={[size, 0]} />}
      <meshBasicMaterial color={exactColour(colour)} wireframe toneMapped={false} />
    </mesh>
  )
}
