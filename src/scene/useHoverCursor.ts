import type { ThreeEvent } from '@react-three/fiber'

/** A press that moved further than this many pixels was a drag to look, not a click. */
const TAP_SLOP = 8

/** Pointer handlers that show what is clickable: a hand over exhibits and signs. */
export function useHoverCursor(cursor = 'pointer') {
  return {
    onPointerOver: (event: ThreeEvent<PointerEvent>) => {
      event.stopPropagation()
      document.body.style.cursor = cursor
    },
    onPointerOut: () => {
      document.body.style.cursor = ''
    },
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
