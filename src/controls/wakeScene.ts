// R3F is loaded with the scene, in a chunk of its own, so that the page's text and controls
// come first; the devices that wake the scene must not pull it into the first chunk.
let fiber: Promise<typeof import('@react-three/fiber')> | undefined

/**
 * Asks the on-demand frame loop for a frame. Devices call it after writing the shared input, so
 * the scene needs to hand nothing to them (R3F's own `invalidate` reaches every mounted canvas).
 * Before the scene has loaded there is nothing to wake; once it has, the module is at hand and
 * the frame is asked for within the same task.
 */
export function wakeScene(): void {
  fiber ??= import('@react-three/fiber')
  void fiber.then((module) => module.invalidate())
}
