import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { PerspectiveCamera } from 'three'
import { useExhibition } from '../state/store'

/**
 * Shifts the picture away from the open dialog (left of a side panel, above a bottom sheet), so
 * the exhibit stays in view beside its text instead of under it.
 */
export function DialogViewOffset() {
  const camera = useThree((s) => s.camera) as PerspectiveCamera
  const size = useThree((s) => s.size)
  const invalidate = useThree((s) => s.invalidate)
  const inset = useExhibition((s) => s.dialogInset)
  useEffect(() => {
    if (inset.right === 0 && inset.bottom === 0) camera.clearViewOffset()
    else
      camera.setViewOffset(
        size.width,
        size.height,
        inset.right / 2,
        inset.bottom / 2,
        size.width,
        size.height,
      )
    invalidate()
  }, [camera, size, inset, invalidate])
  return null
}
