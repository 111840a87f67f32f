import { translate } from '../i18n'
import { useExhibition } from '../state/store'

/** A short, dismissable message: why a link led to the lobby instead of where it pointed. */
export function NoticeBanner() {
  const language = useExhibition((s) => s.language)
  const notice = useExhibition((s) => s.notice)
  const dismiss = useExhibition((s) => s.dismissNotice)
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice && (
        <div className="notice">
          <span>{translate(language, notice.key, notice.params)}</span>
          <button type="button" className="notice__dismiss" onClick={dismiss}>
            {translate(language, 'dismiss')}
          </button>
        </div>
      )}
    </div>
  )
}
