import { lazy, Suspense, type ReactNode } from 'react'
import { useSceneText } from './useSceneText'

// With the text engine, in the chunk loaded after the first frame.
const TextBatch = lazy(() => import('./TextBatch').then((m) => ({ default: m.TextBatch })))

/**
 * Labels drawn together in one draw call; see TextBatch. Until the text engine has loaded, the
 * batch counts as one pending text, so the page does not report its text ready too early.
 */
export function LabelBatch({ children }: { children: ReactNode }) {
  const onMounted = useSceneText('')
  return (
    <Suspense fallback={null}>
      <TextBatch onMounted={onMounted}>{children}</TextBatch>
    </Suspense>
  )
}
