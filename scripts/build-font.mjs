// Cuts Noto Sans SC down to exactly the characters the exhibition shows, as WOFF for the page's
// own text, and makes the scene's glyph atlas from it (scripts/glyphAtlas.mjs). Run with
// `npm run font` after changing any reply or UI string.
import { readFileSync, writeFileSync } from 'node:fs'
import subsetFont from 'subset-font'
import { charactersToCover, FONT_PATH, FONT_SOURCE } from './fontChars.mjs'
import { writeGlyphAtlas } from './glyphAtlas.mjs'
import { writeFullFontCss } from './fullFontCss.mjs'

const characters = charactersToCover()
const subset = await subsetFont(readFileSync(FONT_SOURCE), characters.join(''), {
  targetFormat: 'woff',
})
writeFileSync(FONT_PATH, subset)
console.log(
  `assets/fonts/exhibition-sans.woff: ${characters.length} characters, ${(subset.length / 1024).toFixed(1)} KiB`,
)
const started = performance.now()
const atlasBytes = writeGlyphAtlas()
console.log(
  `assets/fonts/exhibition-glyphs.bin: ${(atlasBytes / 1024).toFixed(1)} KiB in ${Math.round(performance.now() - started)} ms`,
)
console.log(`src/ui/fullFont.css: ${writeFullFontCss()} ranges of the full typeface`)
