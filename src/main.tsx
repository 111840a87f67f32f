import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import './ui/styles.css'
import { registerServiceWorker } from './serviceWorker'
import { currentExhibition } from './exhibition/shown'
import { logError, logUncaughtErrors } from './errorLog'
import { installFaultHooks } from './faults'
import { useExhibition } from './state/store'
import { RootBoundary } from './ui/RootBoundary'
import { watchLoading } from './ui/loadingScreen'

/** The first render waits this long at most for the English text, then starts in Chinese. */
const ENGLISH_WAIT_MS = 5000
/** A page that reloaded for a missing chunk this recently does not reload again (no loop). */
const CHUNK_RELOAD_GUARD_MS = 60_000
const CHUNK_RELOAD_KEY = 'exhibition-chunk-reload'

logUncaughtErrors()
installFaultHooks()
watchLoading(useExhibition.getState().language)

// After a deployment an open page may ask for a chunk that is gone: one reload fetches the new
// build. If that happened a moment ago, the import fails as usual and its caller gives a notice.
window.addEventListener('vite:preloadError', (event) => {
  logError('chunk', (event as Event & { payload?: unknown }).payload)
  try {
    const last = Number(sessionStorage.getItem(CHUNK_RELOAD_KEY) ?? 0)
    if (Date.now() - last < CHUNK_RELOAD_GUARD_MS) return
    sessionStorage.setItem(CHUNK_RELOAD_KEY, String(Date.now()))
  } catch {
    return
  }
  event.preventDefault()
  window.location.reload()
})

/** An English visit (?lang=en) starts in English, unless the translation cannot be had soon. */
async function englishFirst(): Promise<void> {
  if (useExhibition.getState().language !== 'en') return
  let timer: number | undefined
  const late = new Promise<'late'>((resolve) => {
    timer = window.setTimeout(() => resolve('late'), ENGLISH_WAIT_MS)
  })
  try {
    const english = currentExhibition()?.english
    if (!english) return
    if ((await Promise.race([english.load(), late])) !== 'late') return
    logError('English text', new Error(`not loaded within ${ENGLISH_WAIT_MS} ms`))
  } catch (error) {
    logError('English text', error)
  } finally {
    window.clearTimeout(timer)
  }
  const store = useExhibition.getState()
  store.setLanguage('zh')
  store.showNotice({ key: 'noticeEnglishFailed', params: {} })
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
await englishFirst()
createRoot(root, {
  onUncaughtError: (error) => logError('uncaught', error),
  onCaughtError: (error) => logError('caught', error),
  onRecoverableError: (error) => logError('recovered', error),
}).render(
  <StrictMode>
    <RootBoundary>
      <App />
    </RootBoundary>
  </StrictMode>,
)
registerServiceWorker()
