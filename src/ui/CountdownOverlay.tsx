import { useEffect, useRef, useState } from 'react'
import { translate } from '../i18n'
import { useExhibition } from '../state/store'

/** A kiosk left alone says it is about to start over, and offers to stay. */
export function CountdownOverlay() {
  const endsAt = useExhibition((s) => s.countdownEndsAt)
  // Each countdown is a new one: its clock starts with it.
  return endsAt === null ? null : <Countdown key={endsAt} endsAt={endsAt} />
}

function Countdown({ endsAt }: { endsAt: number }) {
  const language = useExhibition((s) => s.language)
  const cancel = useExhibition((s) => s.cancelCountdown)
  const [now, setNow] = useState(() => Date.now())
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    button.current?.focus()
    const timer = window.setInterval(() => setNow(Date.now()), 250)
    return () => window.clearInterval(timer)
  }, [])
  const seconds = Math.max(0, Math.ceil((endsAt - now) / 1000))
  return (
    <div
      className="countdown"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="countdown-title"
      aria-describedby="countdown-seconds"
    >
      <div className="countdown__panel">
        <h2 id="countdown-title">{translate(language, 'countdownTitle')}</h2>
        <p id="countdown-seconds" data-seconds={seconds}>
          {translate(language, 'countdownSeconds', { seconds })}
        </p>
        <button ref={button} type="button" className="hud__button countdown__stay" onClick={cancel}>
          {translate(language, 'keepExploring')}
        </button>
      </div>
    </div>
  )
}
