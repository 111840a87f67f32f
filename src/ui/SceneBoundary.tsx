import { Component, type ReactNode } from 'react'
import { logError } from '../errorLog'
import { probeWebgl } from '../scene/webgl'
import { useExhibition } from '../state/store'

/** A kiosk tries the scene again this long after it failed, a few times at most. */
export const SCENE_RETRY_MS = 30_000
export const SCENE_RETRIES = 5

type SceneBoundaryProps = {
  /** The 3D visit: the canvas and the overlay that steers it. */
  children: ReactNode
  /** What stands in for it after an error: the reply as text. */
  fallback: ReactNode
}

type SceneBoundaryState = { failed: boolean; retries: number }

/**
 * Catches an error anywhere in the 3D visit (a scene component, a renderer that cannot be
 * created after a GPU reset) and shows the reply as text with a notice instead of a dark page.
 * A kiosk tries the scene again after 30 s, as long as the browser can still draw.
 */
export class SceneBoundary extends Component<SceneBoundaryProps, SceneBoundaryState> {
  override state: SceneBoundaryState = { failed: false, retries: 0 }
  private retryTimer: number | undefined

  static getDerivedStateFromError(): Partial<SceneBoundaryState> {
    return { failed: true }
  }

  override componentDidCatch(error: unknown): void {
    logError('scene', error)
    const store = useExhibition.getState()
    const canDraw = probeWebgl().available
    const willRetry = store.kiosk && canDraw && this.state.retries < SCENE_RETRIES
    store.showNotice({
      key: !canDraw ? 'noticeRendererFailed' : willRetry ? 'noticeSceneRetry' : 'noticeSceneFailed',
      params: {},
    })
    document.documentElement.dataset.sceneFailed = 'true'
    if (!willRetry) return
    window.clearTimeout(this.retryTimer)
    this.retryTimer = window.setTimeout(() => {
      useExhibition.getState().dismissNotice('noticeSceneRetry')
      delete document.documentElement.dataset.sceneFailed
      this.setState((state) => ({ failed: false, retries: state.retries + 1 }))
    }, SCENE_RETRY_MS)
  }

  override componentWillUnmount(): void {
    window.clearTimeout(this.retryTimer)
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
