import { useEffect, useRef, useState } from 'react'
import { releaseAll, visitorInput } from '../controls/visitorInput'
import { translate } from '../i18n'
import { useExhibition } from '../state/store'
import { wakeScene } from '../controls/wakeScene'
import { logError } from '../errorLog'
import { retryableImport } from '../retryableImport'

// Loaded only on touch screens: a mouse-and-keyboard visit never downloads it.
const loadJoystick = retryableImport(() => import('nipplejs'))

const coarsePointer = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches

/** An on-screen joystick for walking on touch screens (nipplejs handles the touch tracking). */
export function TouchJoystick() {
  const language = useExhibition((s) => s.language)
  const zone = useRef<HTMLDivElement>(null)
  const [touch] = useState(coarsePointer)
  useEffect(() => {
    const area = zone.current
    if (!touch || !area) return
    let cancelled = false
    let destroy = () => {}
    const attach = () =>
      loadJoystick().then(({ create }) => {
        if (cancelled) return
        const joystick = create({
          zone: area,
          mode: 'static',
          position: { left: '50%', top: '50%' },
          size: 120,
          color: { front: 'rgba(127, 216, 255, 0.85)', back: 'rgba(53, 194, 255, 0.18)' },
        })
        joystick.on('move', (event) => {
          visitorInput.stick = { forward: event.data.vector.y, strafe: event.data.vector.x }
          wakeScene()
        })
        joystick.on('end', () => {
          visitorInput.stick = { forward: 0, strafe: 0 }
        })
        destroy = () => joystick.destroy()
      })
    const load = () =>
      attach().catch((error: unknown) => {
        if (cancelled) return
        logError('joystick', error)
        useExhibition.getState().showNotice({ key: 'noticeJoystickFailed', params: {} })
        // The next touch on the joystick's corner tries again.
        area.addEventListener('pointerdown', () => void load(), { once: true })
      })
    void load()
    return () => {
      cancelled = true
      releaseAll(visitorInput)
      destroy()
    }
  }, [touch])
  if (!touch) return null
  return (
    <div
      ref={zone}
      className="touch-joystick"
      role="group"
      aria-label={translate(language, 'joystickLabel')}
    />
  )
}
