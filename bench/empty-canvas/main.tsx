// The benchmark's baseline: an empty React Three Fiber canvas with R3F's defaults, measured in
// the same run on the same machine. With `?plane=unlit` or `?plane=lit`, one plane fills the view,
// drawn unlit (MeshBasicMaterial) or lit per pixel (Lambert and a sun): the floors of what a view
// can cost at the screen's size, which tell a slow renderer's fill rate from the scene's own cost.
import { Canvas } from '@react-three/fiber'
import { createRoot } from 'react-dom/client'
import { BenchProbe } from '../../src/scene/BenchProbe'
// The pavilion's page styles, so that the canvas fills the page exactly as the pavilion's does.
import '../../src/ui/styles.css'

const plane = new URLSearchParams(window.location.search).get('plane')
const root = document.getElementById('root')
if (root)
  createRoot(root).render(
    <Canvas frameloop="demand" camera={{ fov: 55, position: [0, 0, 5] }}>
      <color attach="background" args={['#070b18']} />
      {plane === 'lit' && (
        <>
          <directionalLight position={[2, 3, 4]} />
          <mesh>
            <planeGeometry args={[40, 40]} />
            <meshLambertMaterial color="#243463" />
          </mesh>
        </>
      )}
      {plane === 'unlit' && (
        <mesh>
          <planeGeometry args={[40, 40]} />
          <meshBasicMaterial color="#243463" />
        </mesh>
      )}
      <BenchProbe />
    </Canvas>,
  )
