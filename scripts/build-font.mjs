// Cuts Noto Sans SC down to exactly the characters the exhibition shows, as WOFF (the scene's
// text engine cannot read WOFF2). Run with `npm run font` after changing any reply or UI string.
import { readFileSync, writeFileSync } from 'node:fs'
import subsetFont from 'subset-font'
import { charactersToCover, FONT_PATH, FONT_SOURCE } from './fontChars.mjs'

const characters = charactersToCover()
const subset = await subsetFont(readFileSync(FONT_SOURCE), characters.join(''), {
  targetFormat: 'woff',
})
writeFileSync(FONT_PATH, subset)
console.log(
  `assets/fonts/exhibition-sans.woff: ${characters.length} characters, ${(subset.length / 1024).toFixed(1)} KiB`,
)
