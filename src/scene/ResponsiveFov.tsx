import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { PerspectiveCamera } from 'three'
import { visitorInput } from '../controls/visitorInput'
import { verticalFovFor } from '../plan'
import { useExhibition } from '../state/store'

/** Widens the view on tall screens, so an upright phone sees a panel whole; applies the pinch zoom. */
export function ResponsiveFov() {
  const get = useThree((s) => s.get)
  const size = useThree((s) => s.size)
  // A kiosk's fresh visit puts the pinch zoom back to 1: the view is widened again with it.
  const visitSerial = useExhibition((s) => s.visitSerial)
  useEffect(() => {
    const { camera, invalidate } = get()
    const perspective = camera as PerspectiveCamera
    perspective.fov = verticalFovFor(size.width / size.height) / visitorInput.zoom
    perspective.updateProjectionMatrix()
    invalidate()
  }, [get, size, visitSerial])
  return null
}
