import { useEffect, useId, useRef, useState } from 'react'
import type { ParseError } from '../content'
import type { SourceEncoding } from '../content/decodeSource'
import type { Exhibition } from '../exhibition/exhibition'
import { dismissOpening, openReplyFile, PROBLEMS_SHOWN, useOpening } from '../exhibition/openReply'
import { showExhibition } from '../exhibition/shown'
import { logError } from '../errorLog'
import { translate } from '../i18n'
import { loadFullFont } from './fullFont'
import { useExhibition } from '../state/store'
import { useDialogFocus } from './dialogFocus'

/** Shows an opened reply and says what was opened (and how it was read, when not UTF-8). */
function show(file: string) {
  return (exhibition: Exhibition, encoding: SourceEncoding) => {
    // The page's text falls back to the full typeface for characters the built subset lacks.
    void loadFullFont('').catch((error: unknown) => logError('full font', error))
    showExhibition(exhibition)
    const { showNotice } = useExhibition.getState()
    const { plan, source } = exhibition
    showNotice({
      key: 'noticeOpened',
      params: {
        file,
        halls: plan.halls.length,
        exhibits: plan.halls.reduce((sum, hall) => sum + hall.stands.length, 0),
      },
    })
    if (encoding !== 'utf-8')
      showNotice({
        key: 'noticeOpenedEncoding',
        params: { file, encoding: encoding.toUpperCase() },
      })
    if (source.warnings.length > 0)
      showNotice({ key: 'noticeOpenedWarnings', params: { count: source.warnings.length } })
  }
}

function open(file: File): void {
  void openReplyFile(file, show(file.name))
}

/** 打开答复: a file picker for a reply text (not offered in a kiosk). */
export function OpenReplyButton({ className }: { className: string }) {
  const language = useExhibition((s) => s.language)
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <button
        type="button"
        className={className}
        title={translate(language, 'openReplyTitle')}
        onClick={() => input.current?.click()}
      >
        {translate(language, 'openReply')}
      </button>
      <input
        ref={input}
        className="open-reply__input"
        type="file"
        accept=".txt,text/plain"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="open-reply-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0]
          // The same file chosen again must fire again.
          event.currentTarget.value = ''
          if (file) open(file)
        }}
      />
    </>
  )
}

/**
 * A reply file dropped anywhere on the page is opened; while one is dragged over it, the page says
 * so. Other things dragged (links, text) are left to the browser.
 */
export function ReplyDropZone() {
  const language = useExhibition((s) => s.language)
  const [over, setOver] = useState(false)
  useEffect(() => {
    let depth = 0
    const carriesFile = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false
    const enter = (event: DragEvent) => {
      if (!carriesFile(event)) return
      depth++
      setOver(true)
    }
    const leave = (event: DragEvent) => {
      if (!carriesFile(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setOver(false)
    }
    const overPage = (event: DragEvent) => {
      if (!carriesFile(event)) return
      // Without this the browser would open the file itself, leaving the exhibition.
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    const drop = (event: DragEvent) => {
      if (!carriesFile(event)) return
      event.preventDefault()
      depth = 0
      setOver(false)
      const file = event.dataTransfer?.files[0]
      if (file) open(file)
    }
    // One signal takes every listener off again (as in useKioskHardening).
    const listening = new AbortController()
    const { signal } = listening
    window.addEventListener('dragenter', enter, { signal })
    window.addEventListener('dragleave', leave, { signal })
    window.addEventListener('dragover', overPage, { signal })
    window.addEventListener('drop', drop, { signal })
    return () => listening.abort()
  }, [])
  return over ? (
    <div className="reply-drop" aria-hidden="true">
      <p>{translate(language, 'dropReply')}</p>
    </div>
  ) : null
}

/** While a file is read, a status line; when it cannot be shown, its problems, with their lines. */
export function OpeningStatus() {
  const language = useExhibition((s) => s.language)
  const opening = useOpening((s) => s.opening)
  if (opening.status === 'reading')
    return (
      <p className="opening-status" role="status" data-opening="reading">
        {translate(language, 'readingReply', { file: opening.file })}
      </p>
    )
  if (opening.status === 'failed') return <OpeningProblems {...opening} />
  return null
}

function OpeningProblems({ file, errors }: { file: string; errors: ParseError[] }) {
  const language = useExhibition((s) => s.language)
  const titleId = useId()
  const close = useRef<HTMLButtonElement>(null)
  useDialogFocus(close)
  const shown = errors.slice(0, PROBLEMS_SHOWN)
  const more = errors.length - shown.length
  return (
    <div
      className="opening-problems"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      data-opening="failed"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.stopPropagation()
        dismissOpening()
      }}
    >
      <h2 id={titleId}>{translate(language, 'openFailed', { file })}</h2>
      <p>{translate(language, 'openFailedHint')}</p>
      <ol>
        {shown.map((error, i) => (
          <li key={i}>
            <code>{error.line > 0 ? `${file}:${error.line}` : file}</code>{' '}
            {error.message.replace(/^line \d+: /, '')}
          </li>
        ))}
      </ol>
      {more > 0 && <p>{translate(language, 'openMoreProblems', { count: more })}</p>}
      <button ref={close} type="button" className="hud__button" onClick={dismissOpening}>
        {translate(language, 'close')}
      </button>
    </div>
  )
}
