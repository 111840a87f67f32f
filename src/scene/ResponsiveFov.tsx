import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { PerspectiveCamera } from 'three'
import { visitorInput } from '../controls/visitorInput'
import { verticalFovFor } from '../plan'

/** Widens the view on tall screens, so an upright phone sees a panel whole. */
export function ResponsiveFov() {
  const get = useThree((s) => s.get)
  const size = useThree((s) => s.size)
  useEffect(() => {
    const { camera, invalidate } = get()
    const perspective = camera as PerspectiveCamera
    perspective.fov = verticalFovFor(size.width / size.height) / visitorInput.zoom
    perspective.updateProjectionMatrix()
    invalidate()
  }, [get, size])
  return null
}
