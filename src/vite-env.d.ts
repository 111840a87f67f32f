/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

interface ImportMetaEnv {
  /** The public base URL that a kiosk's QR codes point to, set when building (`?share` wins). */
  readonly VITE_SHARE_URL?: string
}

declare module 'virtual:exhibition-reply' {
  /** The reply the build shows, with its side data (scripts/replyInput.ts). */
  const reply: {
    file: string
    source: string
    name: { zh: string; en: string; short: string }
    bodies: Record<string, string[]>
    translated: boolean
  }
  export default reply
}

declare module 'virtual:exhibition-english' {
  /** The reply's English, keyed by node, figure and measure id; null without a translation. */
  const english: {
    nodes: Record<string, string>
    figures: Record<string, { qualifier: string; text: string; label: string }>
    bodies: Record<string, string[]>
  } | null
  export default english
}
