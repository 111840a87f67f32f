import { Canvas } from '@react-three/fiber'
import type { ReplyDocument } from '../content'

type ExhibitionProps = {
  /** The parsed reply the exhibition is built from. */
  document: ReplyDocument
}

/** The one canvas of the visit. */
export function Exhibition({ document }: ExhibitionProps) {
  return (
    <Canvas
      className="exhibition"
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ position: [0, 1.6, 6], fov: 55 }}
      aria-label={`展区：${document.meta.title.value}`}
    >
      <color attach="background" args={['#0b1020']} />
      <ambientLight intensity={0.6} />
      <mesh rotation-x={-Math.PI / 2}>
        <planeGeometry args={[20, 20]} />
        <meshBasicMaterial color="#18223d" />
      </mesh>
      <mesh position={[0, 1.2, 0]}>
        <boxGeometry args={[1, 1, 1]} />
        <meshBasicMaterial color="#35c2ff" />
      </mesh>
    </Canvas>
  )
}
