import { createContext } from 'react'
import type { Object3D } from 'three'
import type { Typeset } from '../../plan/typesetting'

/** What a label hands its batch: its glyphs, where they are drawn from, and how. */
export interface BatchMember {
  laidOut: Typeset
  fontSize: number
  colour: string
}

export interface LabelBatchHandle {
  /** Adds the label placed at `anchor`; returns the call that takes it out again. */
  join: (anchor: Object3D, member: BatchMember) => () => void
}

/** The batch a label is drawn in, if any. */
export const BatchContext = createContext<LabelBatchHandle | null>(null)
