/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

interface ImportMetaEnv {
  /** The public base URL that a kiosk's QR codes point to, set when building (`?share` wins). */
  readonly VITE_SHARE_URL?: string
}
