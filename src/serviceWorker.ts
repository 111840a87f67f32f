import { registerSW } from 'virtual:pwa-register'
import { useExhibition } from './state/store'

// A kiosk runs for days: it looks for a new build every hour.
const UPDATE_CHECK_MS = 60 * 60 * 1000

let applyUpdate: (() => void) | null = null

/**
 * Applies a new version that is waiting (the page reloads at the same URL); false when there is
 * none. A kiosk calls it at its idle reset, between visitors.
 */
export function applyPendingUpdate(): boolean {
  if (!applyUpdate) return false
  applyUpdate()
  applyUpdate = null
  return true
}

/**
 * Registers the service worker that precaches the built app (production builds only), so that
 * the pavilion starts without network. A new build waits: a browser visit takes it at once (the
 * page reloads at the same URL, and with it the same place); a kiosk takes it at its next idle
 * reset, never in the middle of a visit.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh() {
      applyUpdate = () => void updateSW(true)
      if (!useExhibition.getState().kiosk) applyPendingUpdate()
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return
      setInterval(() => {
        // Offline, or the server gone for a while: the kiosk keeps its version and asks again later.
        registration.update().catch((error: unknown) => console.warn('Update check failed:', error))
      }, UPDATE_CHECK_MS)
    },
    onRegisterError(error: unknown) {
      console.warn('The service worker could not be registered:', error)
    },
  })
}
