import { translate } from '../i18n'
import { useExhibition } from '../state/store'

/** Short, dismissable messages: what went wrong (a link, a parameter, the GPU) and what happened instead. */
export function NoticeBanner() {
  const language = useExhibition((s) => s.language)
  const notices = useExhibition((s) => s.notices)
  const dismiss = useExhibition((s) => s.dismissNotice)
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
