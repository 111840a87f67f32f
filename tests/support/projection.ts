import { PerspectiveCamera, Vector3 } from 'three'
import { verticalFovFor, type Viewpoint } from '../../src/plan'

/** Where a point of the scene appears on a page of the given size, seen from a viewpoint. */
export function screenPoint(
  viewpoint: Viewpoint,
  point: readonly [number, number, number],
  viewport: { width: number; height: number },
): { x: number; y: number } {
  const camera = new PerspectiveCamera(
    verticalFovFor(viewport.width / viewport.height),
    viewport.width / viewport.height,
    0.1,
    200,
  )
  camera.position.set(...viewpoint.position)
  camera.lookAt(...viewpoint.target)
  camera.updateMatrixWorld()
  const ndc = new Vector3(...point).project(camera)
  return { x: ((ndc.x + 1) / 2) * viewport.width, y: ((1 - ndc.y) / 2) * viewport.height }
}
