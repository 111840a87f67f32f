import { useCursor } from '@react-three/drei'
import type { ThreeEvent } from '@react-three/fiber'
import { useState } from 'react'

/** A press that moved further than this many pixels was a drag to look, not a click. */
const TAP_SLOP = 8

/**
 * Pointer handlers that show what is clickable: a hand over exhibits and signs. drei's
 * `useCursor` puts the cursor back when the hovered thing goes away (unmounted, or hidden by a
 * language switch) as well as when the pointer leaves it.
 */
export function useHoverCursor(cursor = 'pointer') {
  const [hovered, setHovered] = useState(false)
  useCursor(hovered, cursor, '')
  return {
    onPointerOver: (event: ThreeEvent<PointerEvent>) => {
      event.stopPropagation()
      setHovered(true)
    },
    onPointerOut: () => setHovered(false),
  }
}

/** A click handler that runs only for a click or tap, not at the end of a drag. */
export function onTap(action: (event: ThreeEvent<MouseEvent>) => void) {
  return (event: ThreeEvent<MouseEvent>) => {
    event.stopPropagation()
    if (event.delta > TAP_SLOP) return
    action(event)
  }
}
