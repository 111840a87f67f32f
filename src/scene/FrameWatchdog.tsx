import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { logError } from '../errorLog'
import { rendererStalled, waitingSince, WATCHDOG_CHECK_MS } from './watchdog'

/**
 * A kiosk's watchdog: when the scene asked for a frame and none has been drawn for a minute while
 * the page is in view (a hung GPU process, a renderer that stopped delivering frames), the page
 * reloads at the same URL, and so at the same place.
 */
export function FrameWatchdog() {
  const get = useThree((s) => s.get)
  const drawnAt = useRef(0)
  useFrame(() => {
    drawnAt.current = Date.now()
  })
  useEffect(() => {
    drawnAt.current = Date.now()
    let since: number | null = null
    const timer = window.setInterval(() => {
      const now = Date.now()
      since = waitingSince(since, {
        pending: get().internal.frames > 0,
        visible: document.visibilityState === 'visible',
        drawnAt: drawnAt.current,
        now,
      })
      if (!rendererStalled(since, now)) return
      logError('watchdog', new Error('No frame drawn for a minute: reloading'))
      window.location.reload()
    }, WATCHDOG_CHECK_MS)
    return () => window.clearInterval(timer)
  }, [get])
  return null
}
