// Fails the build when the committed font or glyph atlas lacks a character the exhibition
// shows, or the atlas was made from another font: the page would show gaps in its text.
import * as fontkit from 'fontkit'
import { charactersToCover, FONT_PATH } from './fontChars.mjs'
import { fontFingerprint, readAtlasHeader } from './glyphAtlas.mjs'

const characters = charactersToCover()
const font = fontkit.openSync(FONT_PATH)
const missing = characters.filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)))
const atlas = readAtlasHeader()
const atlasMissing = atlas ? characters.filter((c) => !atlas.characters.includes(c)) : characters
const problems = []
if (missing.length > 0)
  problems.push(`assets/fonts/exhibition-sans.woff lacks ${missing.length}: ${missing.join('')}`)
if (!atlas) problems.push('assets/fonts/exhibition-glyphs.bin is missing')
else if (atlas.font !== fontFingerprint())
  problems.push('assets/fonts/exhibition-glyphs.bin was made from another font')
else if (atlasMissing.length > 0)
  problems.push(
    `assets/fonts/exhibition-glyphs.bin lacks ${atlasMissing.length}: ${atlasMissing.join('')}`,
  )
if (problems.length > 0) {
  for (const problem of problems) console.error(problem)
  console.error('Run `npm run font` to rebuild them.')
  process.exit(1)
}
console.log(`font and glyph atlas cover all ${characters.length} characters`)
