import { useThree, type ThreeElements } from '@react-three/fiber'
import { Suspense, useContext, useLayoutEffect, useMemo, useRef } from 'react'
import type { Object3D } from 'three'
import {
  fitToBox,
  fitToLines,
  typeset,
  type Typeset,
  type TypesetOptions,
} from '../../plan/typesetting'
import { BatchContext } from './batchContext'
import { addGlyphQuads, emptyQuads, quadsGeometry } from './glyphQuads'
import { useSceneFont } from './sceneFont'
import { textMissing } from './textReadiness'
import { overrun, TextFrameContext, useTextFit, type TextFit } from './textFrame'
import { useSceneText } from './useSceneText'
import { inkBox } from './textFrame'
import { useLandmark } from '../landmarks'

export type LabelProps = Omit<TypesetOptions, 'fontSize'> & {
  children: string
  fontSize?: number
  /** With `maxWidth`: the font size shrinks from `fontSize` until the text fits these lines. */
  maxLines?: number
  /** With `maxLines`: and until those lines' ink fits this height (metres). */
  maxHeight?: number
  /** Any CSS colour. */
  color?: string
  position?: ThreeElements['group']['position']
  rotation?: ThreeElements['group']['rotation']
  /** Registers the label as a landmark a visitor must be able to read (landmarks.tsx). */
  landmark?: string
}

const noRaycast = () => {}

/**
 * A piece of scene text in the exhibition's font. It appears whole once the glyph atlas has
 * loaded (until then it is not drawn at all), laid out with the exhibition's line-break rules.
 * Inside a `LabelBatch` it joins the batch's one mesh; elsewhere it is a mesh of its own.
 * Text takes no clicks: the panel or sign behind it does.
 */
export function Label(props: LabelProps) {
  return (
    <Suspense fallback={<WaitingText />}>
      <LaidOutLabel {...props} />
    </Suspense>
  )
}

/** While the font loads, a label counts as pending text: the page is not ready without it. */
export function WaitingText() {
  useSceneText('')
  return null
}

function LaidOutLabel({
  children,
  fontSize = 0.2,
  color = '#eef4ff',
  position,
  rotation,
  lineHeight = 1.45,
  anchorX = 'center',
  anchorY = 'middle',
  maxLines,
  maxHeight,
  landmark,
  ...options
}: LabelProps) {
  // Registered once laid out (while the font loads, the font itself is what is pending).
  const settled = useSceneText(children)
  const font = useSceneFont()
  const batch = useContext(BatchContext)
  const frame = useContext(TextFrameContext)
  const invalidate = useThree((s) => s.invalidate)
  const anchor = useRef<Object3D>(null)
  const size = useMemo(() => {
    if (!font || !maxLines || !options.maxWidth) return fontSize
    if (maxHeight === undefined)
      return fitToLines(
        children,
        font.atlas,
        options.maxWidth,
        maxLines,
        fontSize,
        fontSize / 3,
        options.letterSpacing,
      )
    return fitToBox(
      children,
      font.atlas,
      { maxWidth: options.maxWidth, maxHeight, maxLines },
      fontSize,
      lineHeight,
      options.letterSpacing,
    )
  }, [
    font,
    children,
    maxLines,
    maxHeight,
    fontSize,
    lineHeight,
    options.maxWidth,
    options.letterSpacing,
  ])
  const laidOut = useMemo<Typeset | null>(
    () =>
      font &&
      typeset(children, font.atlas, { ...options, fontSize: size, lineHeight, anchorX, anchorY }),
    // The options object is new each render; its fields are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      font,
      children,
      size,
      lineHeight,
      anchorX,
      anchorY,
      options.maxWidth,
      options.letterSpacing,
      options.textAlign,
    ],
  )
  // Whether the text stays on what it sits on (positions are tuples throughout the scene).
  const fit = useMemo<TextFit | null>(() => {
    if (!laidOut || !font) return null
    if (!frame || !Array.isArray(position)) return { text: children, overrun: null }
    const at = [position[0] as number, position[1] as number] as const
    const em = (font.atlas.ascender - font.atlas.descender) * size
    return {
      text: children,
      overrun: overrun(laidOut, at, { x: anchorX, y: anchorY }, em, size * lineHeight, frame),
    }
  }, [laidOut, font, frame, position, children, size, lineHeight, anchorX, anchorY])
  useTextFit(fit)
  const ink = useMemo(() => {
    if (!landmark || !laidOut || !font) return null
    const em = (font.atlas.ascender - font.atlas.descender) * size
    return inkBox(laidOut, [0, 0], { x: anchorX, y: anchorY }, em, size * lineHeight)
  }, [landmark, laidOut, font, size, lineHeight, anchorX, anchorY])
  useLandmark(landmark, ink && { object: anchor, box: ink, text: size })
  // A label of its own: its geometry, replaced (and the old one freed) when the text changes.
  const geometry = useMemo(() => {
    if (batch || !font || !laidOut) return null
    const quads = emptyQuads()
    addGlyphQuads(quads, laidOut, font.atlas, size, color)
    return quadsGeometry(quads)
  }, [batch, font, laidOut, size, color])
  useLayoutEffect(() => () => geometry?.dispose(), [geometry])
  useLayoutEffect(() => {
    if (laidOut) textMissing(laidOut.missing)
    if (batch && anchor.current && laidOut && font)
      return batch.join(anchor.current, { laidOut, fontSize: size, colour: color })
    invalidate()
    return undefined
  }, [batch, laidOut, font, size, color, invalidate])
  useLayoutEffect(settled, [settled, laidOut])
  if (batch || !geometry || !font)
    return <group ref={anchor} position={position} rotation={rotation} />
  return (
    <mesh
      ref={anchor}
      geometry={geometry}
      material={font.material}
      position={position}
      rotation={rotation}
      raycast={noRaycast}
    />
  )
}
