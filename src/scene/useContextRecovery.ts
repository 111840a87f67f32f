import type { RootState } from '@react-three/fiber'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ExhibitionPlan } from '../plan'
import { placeFromHash } from '../state/placeHash'
import { useExhibition } from '../state/store'

/** How long a lost context may take to come back before the canvas is replaced. */
export const RESTORE_WAIT_MS = 5000

/**
 * Survives a lost WebGL context (a GPU reset, a driver update, too many tabs): the visitor is
 * told, and when the browser restores the context the same place is simply drawn again. If it
 * does not come back in time, the canvas is replaced by a new one (`generation` is its key) and
 * the visitor put back where the URL says.
 */
export function useContextRecovery(plan: ExhibitionPlan): {
  generation: number
  onCreated: (state: RootState) => void
} {
  const [generation, setGeneration] = useState(0)
  const timer = useRef<number | undefined>(undefined)
  // Listeners of the current canvas only: a replaced canvas is force-lost as it goes, and that
  // loss must not count as a new one.
  const listening = useRef<AbortController | null>(null)
  useEffect(
    () => () => {
      window.clearTimeout(timer.current)
      listening.current?.abort()
    },
    [],
  )

  const onCreated = useCallback(
    (state: RootState) => {
      const canvas = state.gl.domElement
      const { showNotice, dismissNotice, goTo } = useExhibition.getState()
      listening.current?.abort()
      const controller = new AbortController()
      listening.current = controller
      canvas.addEventListener(
        'webglcontextlost',
        () => {
          showNotice({ key: 'noticeContextLost', params: {} })
          window.clearTimeout(timer.current)
          timer.current = window.setTimeout(() => {
            controller.abort()
            setGeneration((g) => g + 1)
          }, RESTORE_WAIT_MS)
        },
        { signal: controller.signal },
      )
      canvas.addEventListener(
        'webglcontextrestored',
        () => {
          window.clearTimeout(timer.current)
          dismissNotice('noticeContextLost')
          state.invalidate()
        },
        { signal: controller.signal },
      )
      canvas.dataset.generation = String(generation)
      if (generation > 0) {
        dismissNotice('noticeContextLost')
        const reading = placeFromHash(window.location.hash, plan)
        if (reading.view === 'place') goTo(reading.place, 'jump')
      }
    },
    [generation, plan],
  )
  return { generation, onCreated }
}
