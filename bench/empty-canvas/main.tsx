// The benchmark's baseline: an empty React Three Fiber canvas, as the pavilion creates its own,
// so that frame costs are compared within one run on one machine.
import { Canvas } from '@react-three/fiber'
import { createRoot } from 'react-dom/client'
import { BenchProbe } from '../../src/scene/BenchProbe'

const root = document.getElementById('root')
if (root)
  createRoot(root).render(
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: 55, near: 0.1, far: 200 }}
      gl={{ antialias: true, powerPreference: 'high-performance' }}
    >
      <color attach="background" args={['#070b18']} />
      <BenchProbe />
    </Canvas>,
  )
