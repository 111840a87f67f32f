import { registerSW } from 'virtual:pwa-register'

// A kiosk runs for days: it looks for a new build every hour, and takes it at once.
const UPDATE_CHECK_MS = 60 * 60 * 1000

/**
 * Registers the service worker that precaches the built app (production builds only), so that
 * the pavilion starts without network. When a new build is deployed, the new worker takes over
 * and the page reloads at the same URL, and with it the same place.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  registerSW({
    immediate: true,
    onRegisteredSW(_url, registration) {
      if (registration) setInterval(() => void registration.update(), UPDATE_CHECK_MS)
    },
  })
}
