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
  /** With `maxLines`: shown instead of the text when the text would have to shrink to fit. */
  shorter?: string
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
  shorter,
  ...options
}: LabelProps) {
  // Registered once laid out (while the font loads, the font itself is what is pending).
  const settled = useSceneText(children)
  const font = useSceneFont()
  const batch = useContext(BatchContext)
  const frame = useContext(TextFrameContext)
  const invalidate = useThree((s) => s.invalidate)
  const anchor = useRef<Object3D>(null)
  // The size the text fits its lines and box at; with `shorter`, that text instead when the
  // whole one would have to shrink.
  const [shown, size] = useMemo(() => {
    const fitted = (text: string) => {
      if (!font || !maxLines || !options.maxWidth) return fontSize
      if (maxHeight === undefined)
        return fitToLines(
          text,
          font.atlas,
          options.maxWidth,
          maxLines,
          fontSize,
          fontSize / 3,
          options.letterSpacing,
        )
      return fitToBox(
        text,
        font.atlas,
        { maxWidth: options.maxWidth, maxHeight, maxLines },
        fontSize,
        lineHeight,
        options.letterSpacing,
      )
    }
    const whole = fitted(children)
    if (shorter === undefined || whole >= fontSize) return [children, whole] as const
    return [shorter, fitted(shorter)] as const
  }, [
    font,
    children,
    shorter,
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
      typeset(shown, font.atlas, { ...options, fontSize: size, lineHeight, anchorX, anchorY }),
    // The options object is new each render; its fields are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      font,
      shown,
      size,
      lineHeight,
      anchorX,
      anchorY,
      options.maxWidth,
      options.letterSpacing,
      options.textAlign,
    ],
  )
  // The inked block, in the label's own frame.
  const ink = useMemo(() => {
    if (!laidOut || !font) return null
    const em = (font.atlas.ascender - font.atlas.descender) * size
    return inkBox(laidOut, { x: anchorX, y: anchorY }, em, size * lineHeight)
  }, [laidOut, font, size, lineHeight, anchorX, anchorY])
  // Whether the text stays on what it sits on (positions are tuples throughout the scene).
  const fit = useMemo<TextFit | null>(() => {
    if (!ink) return null
    if (!frame || !Array.isArray(position)) return { text: shown, overrun: null }
    const at = [position[0] as number, position[1] as number] as const
    return { text: shown, overrun: overrun(ink, at, frame) }
  }, [ink, frame, position, shown])
  useTextFit(fit)
  const mark = useMemo(() => ink && { object: anchor, box: ink, text: size }, [ink, size])
  useLandmark(landmark, mark)
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
