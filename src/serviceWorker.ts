import { registerSW } from 'virtual:pwa-register'
import { useExhibition } from './state/store'

// A kiosk runs for days: it looks for a new build every hour.
const UPDATE_CHECK_MS = 60 * 60 * 1000

/** A page not yet controlled by a service worker is not reloaded by it: it reloads itself after this. */
const UPDATE_RELOAD_FALLBACK_MS = 5000

let applyUpdate: (() => void) | null = null

/** Whether a new version waits to be applied. */
export function updateWaiting(): boolean {
  return applyUpdate !== null
}

/**
 * Applies a new version that is waiting: the page reloads at the same URL, or at `hash` when
 * given (a kiosk starts its fresh visit in the lobby). False when there is none. A kiosk calls it
 * between visitors: at its idle reset, or between two rounds of its attract loop.
 */
export function applyPendingUpdate(hash?: string): boolean {
  if (!applyUpdate) return false
  if (hash !== undefined)
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`)
  applyUpdate()
  applyUpdate = null
  // The worker reloads only pages it already controlled; a kiosk on its very first visit is not.
  window.setTimeout(() => window.location.reload(), UPDATE_RELOAD_FALLBACK_MS)
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
