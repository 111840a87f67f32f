import { useLayoutEffect, useRef } from 'react'
import { Object3D, type InstancedMesh } from 'three'
import { bakeLight } from './bakedLight'
import { LitMesh } from './LitMesh'
import { RING_LIFT, RING_TUBE, type FigureShape } from '../plan'
import { exactColour } from './displayColour'

type FigureDisplayProps = {
  shape: FigureShape
  /** Floor area of the cell on the plinth, metres. */
  width: number
  depth: number
  colour: string
}

const placer = new Object3D()

/** One key figure made tangible: 77 cubes for 77 universities, a bar for money, a ring for a year; its caption is on the panel above. */
export function FigureDisplay({ shape, width, depth, colour }: FigureDisplayProps) {
  const cubes = useRef<InstancedMesh>(null)
  useLayoutEffect(() => {
    const mesh = cubes.current
    if (!mesh || shape.kind !== 'cubes') return
    shape.cubes.forEach((at, i) => {
      placer.position.set(...at)
      placer.updateMatrix()
      mesh.setMatrixAt(i, placer.matrix)
    })
    mesh.instanceMatrix.needsUpdate = true
    mesh.computeBoundingSphere()
    // The cubes are not turned, so the light on each face is the same for all of them.
    bakeLight(mesh, colour, { colour, intensity: 0.55 })
  }, [shape, colour])
  return (
    <group>
      {shape.kind === 'cubes' && (
        <instancedMesh ref={cubes} args={[undefined, undefined, shape.cubes.length]}>
          <boxGeometry args={[shape.size, shape.size, shape.size]} />
          <meshBasicMaterial vertexColors toneMapped={false} />
        </instancedMesh>
      )}
      {shape.kind === 'bar' && (
        <LitMesh
          position={[0, shape.height / 2, 0]}
          albedo={colour}
          glow={{ colour, intensity: 0.7 }}
          opacity={0.9}
        >
          <boxGeometry args={[width * 0.4, shape.height, depth * 0.4]} />
        </LitMesh>
      )}
      {shape.kind === 'disc' && (
        <mesh position={[0, RING_LIFT, 0]} rotation-x={Math.PI / 2}>
          <torusGeometry args={[Math.min(width, depth) * 0.32, RING_TUBE, 8, 40]} />
          <meshBasicMaterial color={exactColour(colour)} toneMapped={false} />
        </mesh>
      )}
    </group>
  )
}
