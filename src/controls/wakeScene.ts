import { invalidate } from '@react-three/fiber'

/**
 * Asks the on-demand frame loop for a frame. Devices call it after writing the shared input, so
 * the scene needs to hand nothing to them (R3F's own `invalidate` reaches every mounted canvas).
 */
export function wakeScene(): void {
  invalidate()
}
