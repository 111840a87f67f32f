import { Component, type ReactNode } from 'react'
import { logError } from '../errorLog'
import { translate } from '../i18n'
import { TEXT_HASH } from '../state/placeHash'
import { useExhibition } from '../state/store'

/** A kiosk whose whole page failed reloads itself after this long. */
export const ROOT_RELOAD_MS = 60_000

type RootBoundaryProps = { children: ReactNode }
type RootBoundaryState = { failed: boolean; reloadAt: number | null; now: number }

/**
 * The last net: an error that escapes everything else shows a message with a way out (reload,
 * the text view) instead of a blank page; a kiosk reloads by itself after a minute.
 */
export class RootBoundary extends Component<RootBoundaryProps, RootBoundaryState> {
  override state: RootBoundaryState = { failed: false, reloadAt: null, now: 0 }
  private ticker: number | undefined

  static getDerivedStateFromError(): Partial<RootBoundaryState> {
    return { failed: true }
  }

  override componentDidCatch(error: unknown): void {
    logError('page', error)
    document.documentElement.dataset.pageFailed = 'true'
    if (!useExhibition.getState().kiosk) return
    const reloadAt = Date.now() + ROOT_RELOAD_MS
    this.setState({ reloadAt, now: Date.now() })
    this.ticker = window.setInterval(() => {
      if (Date.now() >= reloadAt) window.location.reload()
      else this.setState({ now: Date.now() })
    }, 1000)
  }

  override componentWillUnmount(): void {
    window.clearInterval(this.ticker)
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children
    const { language } = useExhibition.getState()
    const { reloadAt, now } = this.state
    return (
      <main className="page-failed" role="alert">
        <h1>{translate(language, 'rootFailed')}</h1>
        <p>{translate(language, 'rootFailedHint')}</p>
        {reloadAt !== null && (
          <p data-reload-in={Math.max(0, Math.ceil((reloadAt - now) / 1000))}>
            {translate(language, 'rootReloading', {
              seconds: Math.max(0, Math.ceil((reloadAt - now) / 1000)),
            })}
          </p>
        )}
        <p>
          <button type="button" className="hud__button" onClick={() => window.location.reload()}>
            {translate(language, 'reload')}
          </button>{' '}
          <a
            className="hud__button"
            href={TEXT_HASH}
            onClick={(event) => {
              event.preventDefault()
              window.location.hash = TEXT_HASH
              window.location.reload()
            }}
          >
            {translate(language, 'textView')}
          </a>
        </p>
      </main>
    )
  }
}
