import { useEffect, useMemo } from 'react'
import { BoxGeometry, BufferGeometry } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { LitMesh } from './LitMesh'
import { RING_LIFT, RING_TUBE, visibleCubes, type FigureShape } from '../plan'
import { exactColour } from './displayColour'

type FigureDisplayProps = {
  shape: FigureShape
  /** Floor area of the cell on the plinth, metres. */
  width: number
  depth: number
  colour: string
}

/** BoxGeometry's faces come in the order +x, -x, +y, -y, +z, -z, six indices each. */
const BOTTOM_FACE = { start: 18, count: 6 }

/**
 * A figure's cubes as one mesh: one draw instead of one per cube (a software renderer pays for
 * every instance of an instanced draw on its own), only the cubes on the outside of the block
 * (`visibleCubes`), and no bottom faces, which stand on the plinth or on the cube below and face
 * away from an eye that is always above them.
 */
function cubeBlock(shape: Extract<FigureShape, { kind: 'cubes' }>): BufferGeometry {
  const cube = new BoxGeometry(shape.size, shape.size, shape.size)
  const index = [...(cube.index?.array ?? [])].filter(
    (_, i) => i < BOTTOM_FACE.start || i >= BOTTOM_FACE.start + BOTTOM_FACE.count,
  )
  cube.setIndex(index)
  cube.clearGroups()
  const cubes = visibleCubes(shape).map(([x, y, z]) => cube.clone().translate(x, y, z))
  const block = mergeGeometries(cubes) ?? new BufferGeometry()
  cubes.forEach((c) => c.dispose())
  cube.dispose()
  return block
}

/** One key figure made tangible: 77 cubes for 77 universities, a bar for money, a ring for a year; its caption is on the panel above. */
export function FigureDisplay({ shape, width, depth, colour }: FigureDisplayProps) {
  const block = useMemo(() => (shape.kind === 'cubes' ? cubeBlock(shape) : null), [shape])
  useEffect(() => () => block?.dispose(), [block])
  return (
    <group>
      {block && (
        // The cubes are not turned, so the light on each face is the same for all of them.
        <LitMesh geometry={block} albedo={colour} glow={{ colour, intensity: 0.55 }} />
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
