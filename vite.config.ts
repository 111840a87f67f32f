import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'
// Extensions written out: Vite's native config loader (its future default) needs them.
import { exhibitionReply, readReply, replyPath } from './scripts/replyInput.ts'

/** The reply this build shows (B129 unless --reply or REPLY names another): read once, checked. */
const REPLY = readReply(replyPath())

/**
 * What the built page may load: only its own files (the service worker among them). No inline
 * script, no eval, no worker or script from a blob: URL (the scene's text needs no worker).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

/** The policy goes into the built page only: the dev server injects inline scripts of its own. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'exhibition-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
  }
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    exhibitionReply(REPLY),
    // The built app is precached, so a kiosk restarts without network. A new build waits until
    // the page says (at once in a browser, at the idle reset on a kiosk) and then reloads it.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: REPLY.name.zh,
        short_name: REPLY.name.short,
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'fullscreen',
        background_color: '#070b18',
        theme_color: '#070b18',
        description: `${REPLY.document.meta.issuer.value}《${REPLY.document.meta.title.value}》的三维展览`,
        icons: [
          { src: 'pavilion.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,woff,bin,svg,webmanifest}', 'icons/*.png'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        navigateFallback: 'index.html',
        // The full typeface (for replies opened in the page) is not precached, 3.7 MB of which a
        // reply needs a few slices: each slice is kept once it has been loaded.
        runtimeCaching: [
          {
            urlPattern: /\.woff2$/,
            handler: 'CacheFirst',
            options: { cacheName: 'full-typeface', expiration: { maxEntries: 120 } },
          },
        ],
      },
    }),
  ],
  // Relative asset paths let the build be served from any folder, a kiosk's file share included.
  base: './',
  // Files copied as they are: the icon the web app manifest names.
  publicDir: 'assets/public',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // Fonts are never inlined as data: URLs, which the page's policy (font-src 'self') refuses.
    assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Software WebGL takes seconds for what a GPU does at once: polls wait on the page's signals.
          expect: { poll: { timeout: 20_000 } },
          // One Chromium at a time: two cores, and software WebGL is heavy.
          fileParallelism: false,
        },
      },
    ],
  },
})
