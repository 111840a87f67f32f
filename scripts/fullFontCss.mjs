// The whole of Noto Sans SC for the page, as @font-face rules by Unicode range: a reply opened in
// the page may hold characters the exhibition's own subset lacks, and the browser then loads only
// the slices that hold them, from this origin. Written from the @fontsource package's CSS (WOFF2
// only: every browser that runs the exhibition reads it, and the WOFF copies would double the
// files). Not precached for offline use (3.7 MB): kept by the service worker once loaded.
import { readFileSync, writeFileSync } from 'node:fs'

const ROOT = new URL('../', import.meta.url).pathname
const SOURCE = `${ROOT}node_modules/@fontsource/noto-sans-sc/400.css`
export const FULL_FONT_CSS = `${ROOT}src/ui/fullFont.css`
/** The family the page and the scene name the full typeface by. */
export const FULL_FAMILY = 'Exhibition Sans Full'

export function writeFullFontCss() {
  const css = readFileSync(SOURCE, 'utf8')
  const rules = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const woff2 = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1]
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1]
    if (!woff2 || !range) throw new Error(`${SOURCE}: a rule without a WOFF2 file or range`)
    return [
      '@font-face {',
      `  font-family: '${FULL_FAMILY}';`,
      '  font-style: normal;',
      '  font-weight: 400;',
      '  font-display: swap;',
      `  src: url('../../node_modules/@fontsource/noto-sans-sc/files/${woff2}') format('woff2');`,
      `  unicode-range: ${range.trim()};`,
      '}',
    ].join('\n')
  })
  const header =
    '/* Written by scripts/fullFontCss.mjs (npm run font) from @fontsource/noto-sans-sc: do not edit. */\n'
  writeFileSync(FULL_FONT_CSS, `${header}${rules.join('\n')}\n`)
  return rules.length
}
