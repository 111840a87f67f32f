import { useEffect } from 'react'
import { translate } from '../i18n'
import type { Notice } from '../state/placeHash'
import { useExhibition } from '../state/store'

/** On a kiosk nobody is there to dismiss a notice: each goes by itself after this long. */
export const KIOSK_NOTICE_MS = 10_000
// When each notice was first shown; a notice is its own key, so a new one does not reset the old.
const shownAt = new WeakMap<Notice, number>()

/** Short, dismissable messages: what went wrong (a link, a parameter, the GPU) and what happened instead. */
export function NoticeBanner() {
  const language = useExhibition((s) => s.language)
  const notices = useExhibition((s) => s.notices)
  const dismiss = useExhibition((s) => s.dismissNotice)
  const kiosk = useExhibition((s) => s.kiosk)
  useEffect(() => {
    if (!kiosk || notices.length === 0) return
    const now = Date.now()
    for (const notice of notices) if (!shownAt.has(notice)) shownAt.set(notice, now)
    const due = Math.min(...notices.map((notice) => (shownAt.get(notice) ?? now) + KIOSK_NOTICE_MS))
    const timer = window.setTimeout(
      () => {
        const expired = (notice: Notice) =>
          (shownAt.get(notice) ?? 0) + KIOSK_NOTICE_MS <= Date.now()
        useExhibition.setState((state) => ({ notices: state.notices.filter((n) => !expired(n)) }))
      },
      Math.max(0, due - now),
    )
    return () => window.clearTimeout(timer)
  }, [kiosk, notices])
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div
          className="notice"
          key={`${notice.key}:${JSON.stringify(notice.params)}`}
          data-notice={notice.key}
        >
          <span>{translate(language, notice.key, notice.params)}</span>
          <button type="button" className="notice__dismiss" onClick={() => dismiss(notice.key)}>
            {translate(language, 'dismiss')}
          </button>
        </div>
      ))}
    </div>
  )
}
