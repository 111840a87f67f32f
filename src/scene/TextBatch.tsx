import { useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useState, type ReactNode } from 'react'
import { BatchedText } from 'troika-three-text'
import fontUrl from '../../assets/fonts/exhibition-sans.woff?url'

type TextBatchProps = {
  children: ReactNode
  /** Called once the batch has mounted with its labels (they have registered by then). */
  onMounted: () => void
}

/**
 * Draws every label placed directly inside it in one draw call (troika's BatchedText). Labels
 * must be its direct children in three's sense: their positions are read in its frame. Labels
 * that take clicks stay outside, since batched members are not in the scene graph.
 */
export function TextBatch({ children, onMounted }: TextBatchProps) {
  const invalidate = useThree((s) => s.invalidate)
  const [batch] = useState(() => {
    const created = new BatchedText()
    created.font = fontUrl
    // Nothing to draw until the members are packed (the default count is Infinity).
    created.geometry.instanceCount = 0
    return created
  })
  useLayoutEffect(onMounted, [onMounted])
  useEffect(() => {
    // The batch repacks its members after they lay out, asynchronously: draw again when done.
    const redraw = () => {
      // The packed glyphs are the instances; three counts (and draws) what this says.
      const glyphs = Object.values(batch.geometry.attributes).find(
        (attribute) => 'isInstancedBufferAttribute' in attribute,
      )
      batch.geometry.instanceCount = glyphs?.count ?? 0
      invalidate()
    }
    batch.addEventListener('synccomplete', redraw)
    return () => {
      batch.removeEventListener('synccomplete', redraw)
      batch.dispose()
    }
  }, [batch, invalidate])
  return <primitive object={batch}>{children}</primitive>
}
