import { createContext, useLayoutEffect, type ReactNode } from 'react'
import type { Typeset } from '../../plan/typesetting'

// What a label sits on (a plate, a sign, a plaque, a map room), as a rectangle in the frame its
// position is given in. A label reports whether its text stays inside; automation reads the
// reports (`window.exhibitionTextFits()`), and a test requires every label to fit, in every
// place and both languages.

export interface Bounds {
  minX: number
  maxX: number
  minY: number
  maxY: number
}

/** A `width` x `height` rectangle centred on (x, y). */
export function rectBounds(width: number, height: number, x = 0, y = 0): Bounds {
  return { minX: x - width / 2, maxX: x + width / 2, minY: y - height / 2, maxY: y + height / 2 }
}

export const TextFrameContext = createContext<Bounds | null>(null)

/** Labels inside sit on `bounds` (in the frame their positions are given in). */
export function TextFrame({ bounds, children }: { bounds: Bounds; children: ReactNode }) {
  return <TextFrameContext value={bounds}>{children}</TextFrameContext>
}

/**
 * The inked block of a typeset label in its own frame (anchored at the origin): its lines' em
 * boxes, side to side.
 */
export function inkBox(
  laidOut: Typeset,
  anchor: { x: 'left' | 'center' | 'right'; y: 'top' | 'middle' | 'bottom' },
  emHeight: number,
  pitch: number,
): Bounds {
  const left = anchor.x === 'left' ? 0 : anchor.x === 'center' ? -laidOut.width / 2 : -laidOut.width
  const top = anchor.y === 'top' ? 0 : anchor.y === 'middle' ? laidOut.height / 2 : laidOut.height
  // The first line's em box starts half a leading below the block's top; the last ends as far
  // above its bottom.
  const leading = (pitch - emHeight) / 2
  return {
    minX: left,
    maxX: left + laidOut.width,
    minY: top - laidOut.height + leading,
    maxY: top - leading,
  }
}

/** How far (metres) an ink box placed at `at` runs past `frame`, 0 when inside. */
export function overrun(ink: Bounds, at: readonly [number, number], frame: Bounds): number {
  return Math.max(
    0,
    frame.minX - (at[0] + ink.minX),
    at[0] + ink.maxX - frame.maxX,
    at[1] + ink.maxY - frame.maxY,
    frame.minY - (at[1] + ink.minY),
  )
}

export interface TextFit {
  text: string
  /** Metres past its frame; null for a label on nothing known. */
  overrun: number | null
}

const fits = new Map<object, TextFit>()

declare global {
  interface Window {
    /** For tests: every label's text and how far it runs past what it sits on. */
    exhibitionTextFits?: () => TextFit[]
  }
}
if (typeof window !== 'undefined') window.exhibitionTextFits = () => [...fits.values()]

/** Keeps `fit` on record while the label that measured it is mounted. */
export function useTextFit(fit: TextFit | null): void {
  useLayoutEffect(() => {
    if (!fit) return undefined
    const key = {}
    fits.set(key, fit)
    return () => {
      fits.delete(key)
    }
  }, [fit])
}
