import { useCallback, useLayoutEffect, useRef } from 'react'
import { textGone, textSettled, textStarted, type SceneText } from './textReadiness'

/**
 * Registers a piece of scene text from mount to unmount, pending again whenever `text` changes.
 * Returns the call that settles it, once the text is laid out.
 */
export function useSceneText(text: string): () => void {
  const token = useRef<SceneText>({ text })
  useLayoutEffect(() => {
    token.current.text = text
    textStarted(token.current)
  }, [text])
  useLayoutEffect(() => {
    const mounted = token.current
    return () => textGone(mounted)
  }, [])
  return useCallback(() => textSettled(token.current), [])
}
