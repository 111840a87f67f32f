// The benchmark's baseline: an empty React Three Fiber canvas with R3F's defaults, measured in
// the same run on the same machine: what clearing the screen costs ("clear only"). The floors
// a view is read against (one plane filling it, unlit and lit) are drawn in the pavilion's own
// page by its probe, interleaved with the view's frames.
import { Canvas } from '@react-three/fiber'
import { createRoot } from 'react-dom/client'
import { BenchProbe } from '../../src/scene/BenchProbe'
// The pavilion's page styles, so that the canvas fills the page exactly as the pavilion's does.
import '../../src/ui/styles.css'

const root = document.getElementById('root')
if (root)
  createRoot(root).render(
    <Canvas frameloop="demand" camera={{ fov: 55, position: [0, 0, 5] }}>
      <color attach="background" args={['#070b18']} />
      <BenchProbe />
    </Canvas>,
  )
