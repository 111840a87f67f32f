import { useEffect, useState, type ComponentType } from 'react'
import { logError } from '../errorLog'
import { translate } from '../i18n'
import { retryableImport } from '../retryableImport'
import { useExhibition } from '../state/store'

type TextViewProps = { standalone: boolean }

// The text view is read by few and needed late: a chunk of its own, tried again after a failure.
const loadTextView = retryableImport(() => import('./TextView'))
let loaded: ComponentType<TextViewProps> | null = null

/**
 * The text view, loaded on first use. If its chunk cannot be had, the visitor is told and taken
 * back to the exhibition; the next visit to the text view tries again. Where the text is all
 * there is (no WebGL, a failed scene), a button tries again in place.
 */
export function TextViewLoader(props: TextViewProps) {
  const language = useExhibition((s) => s.language)
  const [view, setView] = useState<ComponentType<TextViewProps> | null>(() => loaded)
  const [failed, setFailed] = useState(false)
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    if (view) return
    let live = true
    loadTextView()
      .then((module) => {
        loaded = module.TextView
        if (live) setView(() => module.TextView)
      })
      .catch((error: unknown) => {
        logError('text view', error)
        if (!live) return
        const store = useExhibition.getState()
        store.showNotice({ key: 'noticeTextViewFailed', params: {} })
        if (props.standalone) setFailed(true)
        else store.showText(false)
      })
    return () => {
      live = false
    }
  }, [view, attempt, props.standalone])
  const View = view
  if (View) return <View {...props} />
  if (!failed) return null
  return (
    <main className="text-view-failed">
      <button
        type="button"
        className="hud__button"
        onClick={() => {
          setFailed(false)
          setAttempt((n) => n + 1)
        }}
      >
        {translate(language, 'reload')}
      </button>
    </main>
  )
}
