// Fails the build when the committed font lacks a character the exhibition shows: the text
// engine would then fetch a fallback font from another origin, and offline the text goes blank.
import * as fontkit from 'fontkit'
import { charactersToCover, FONT_PATH } from './fontChars.mjs'

const font = fontkit.openSync(FONT_PATH)
const missing = charactersToCover().filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)))
if (missing.length > 0) {
  console.error(
    `assets/fonts/exhibition-sans.woff lacks ${missing.length} characters: ${missing.join('')}`,
  )
  console.error('Run `npm run font` to rebuild it.')
  process.exit(1)
}
console.log(`font covers all ${charactersToCover().length} characters`)
