/** What went wrong during this page's life, newest last, for whoever diagnoses a kiosk. */
export interface LoggedError {
  at: string
  source: string
  message: string
}

const MAX_KEPT = 50
const kept: LoggedError[] = []

function messageOf(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`
  try {
    return typeof error === 'string' ? error : JSON.stringify(error)
  } catch {
    return String(error)
  }
}

/** Logs an error with where it was caught: to the console, and to a short list kept on the page. */
export function logError(source: string, error: unknown): void {
  kept.push({ at: new Date().toISOString(), source, message: messageOf(error) })
  if (kept.length > MAX_KEPT) kept.shift()
  console.error(`[exhibition] ${source}:`, error)
}

/** The errors kept so far (newest last). */
export function loggedErrors(): readonly LoggedError[] {
  return kept
}

/** Errors nothing else caught (a failed promise, a throwing listener) are logged, not lost. */
export function logUncaughtErrors(): void {
  window.addEventListener('error', (event) =>
    logError('window error', event.error ?? event.message),
  )
  window.addEventListener('unhandledrejection', (event) =>
    logError('unhandled rejection', event.reason),
  )
  Object.defineProperty(window, 'exhibitionErrors', { value: loggedErrors, configurable: true })
}
