// The one Chromium set-up of the browser tests, the benchmark, the soak test and the screenshots.
import { existsSync } from 'node:fs'

/**
 * Software WebGL on a machine without a GPU, as root in a container; nothing phones home.
 * (--use-angle=swiftshader is left out: with it, this Chromium stops delivering animation frames
 * a few seconds after load, and nothing that moves can be measured or tested.)
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
]

/** Debian's Chromium, or the one named by CHROME_PATH. */
export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  const found = candidates.find((path) => !!path && existsSync(path))
  if (!found) {
    throw new Error(
      'No Chromium found: install Debian/Ubuntu `chromium` or set CHROME_PATH to a Chromium binary',
    )
  }
  return found
}
