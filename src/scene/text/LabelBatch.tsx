import { useThree } from '@react-three/fiber'
import { Suspense, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { Matrix4, type BufferGeometry, type Group, type Object3D } from 'three'
import { BatchContext, type BatchMember, type LabelBatchHandle } from './batchContext'
import { WaitingText } from './Label'
import { addGlyphQuads, emptyQuads, quadsGeometry } from './glyphQuads'
import { useSceneFontPromise, type SceneFont } from './sceneFont'
import { textGone, textSettled, textStarted, type SceneText } from './textReadiness'

const noRaycast = () => {}
const toBatch = new Matrix4()
const relative = new Matrix4()

/**
 * Draws every label inside it as one mesh (one draw call). Labels may sit anywhere below it in
 * the scene graph; their glyphs are baked into the batch's frame, so the batch's content must
 * not move relative to it (panels and signs do not). The mesh is rebuilt when a label changes,
 * once per change of the whole batch.
 */
export function LabelBatch({ children }: { children: ReactNode }) {
  const invalidate = useThree((s) => s.invalidate)
  const frame = useRef<Group>(null)
  const members = useRef(new Map<Object3D, BatchMember>())
  const [geometry, setGeometry] = useState<BufferGeometry | null>(null)
  const [font, setFont] = useState<SceneFont | null>(null)
  const pending = useRef(false)
  const fontPromise = useSceneFontPromise()
  // The batch's own readiness: the page's text is not ready while the batch's mesh is behind
  // its labels.
  const [token] = useState<SceneText>(() => ({ text: '' }))
  const handle = useMemo<LabelBatchHandle>(() => {
    // Rebuilt after the commit that changed members, once, whatever number changed.
    const rebuild = () => {
      pending.current = false
      const batch = frame.current
      void fontPromise.then((loaded) => {
        if (!batch || !loaded) {
          textSettled(token)
          return
        }
        batch.updateWorldMatrix(true, false)
        toBatch.copy(batch.matrixWorld).invert()
        const quads = emptyQuads()
        for (const [anchor, member] of members.current) {
          anchor.updateWorldMatrix(true, false)
          relative.multiplyMatrices(toBatch, anchor.matrixWorld)
          addGlyphQuads(
            quads,
            member.laidOut,
            loaded.atlas,
            member.fontSize,
            member.colour,
            relative,
          )
        }
        setFont(loaded)
        setGeometry(quadsGeometry(quads))
      })
    }
    const changed = () => {
      if (pending.current) return
      pending.current = true
      textStarted(token)
      queueMicrotask(rebuild)
    }
    return {
      join: (anchor, member) => {
        members.current.set(anchor, member)
        changed()
        return () => {
          members.current.delete(anchor)
          changed()
        }
      },
    }
  }, [token, fontPromise])
  useLayoutEffect(() => {
    invalidate()
    if (geometry && !pending.current) textSettled(token)
    return () => geometry?.dispose()
  }, [geometry, invalidate, token])
  useLayoutEffect(() => () => textGone(token), [token])
  return (
    <group ref={frame}>
      <BatchContext value={handle}>
        {/* Text laid out from the font's measures waits for it here, not the whole scene. */}
        <Suspense fallback={<WaitingText />}>{children}</Suspense>
      </BatchContext>
      {geometry && font && (
        <mesh geometry={geometry} material={font.material} raycast={noRaycast} />
      )}
    </group>
  )
}
