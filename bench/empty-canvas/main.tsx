// The benchmark's baseline: an empty React Three Fiber canvas with R3F's defaults, measured in
// the same run on the same machine. With `?plane`, one lit plane fills the view: the least a 3D
// room costs, which tells a slow renderer's fill rate from the scene's own cost.
import { Canvas } from '@react-three/fiber'
import { createRoot } from 'react-dom/client'
import { BenchProbe } from '../../src/scene/BenchProbe'
// The pavilion's page styles, so that the canvas fills the page exactly as the pavilion's does.
import '../../src/ui/styles.css'

const plane = new URLSearchParams(window.location.search).has('plane')
const root = document.getElementById('root')
if (root)
  createRoot(root).render(
    <Canvas frameloop="demand" camera={{ fov: 55, position: [0, 0, 5] }}>
      <color attach="background" args={['#070b18']} />
      {plane && (
        <>
          <directionalLight position={[2, 3, 4]} />
          <mesh>
            <planeGeometry args={[40, 40]} />
            <meshLambertMaterial color="#243463" />
          </mesh>
        </>
      )}
      <BenchProbe />
    </Canvas>,
  )
