import type { ThreeEvent } from '@react-three/fiber'

/** Pointer handlers that show a hand over something clickable in the scene. */
export function useHoverCursor() {
  return {
    onPointerOver: (event: ThreeEvent<PointerEvent>) => {
      event.stopPropagation()
      document.body.style.cursor = 'pointer'
    },
    onPointerOut: () => {
      document.body.style.cursor = ''
    },
  }
}
