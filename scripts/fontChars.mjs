// The characters the exhibition can show: every reply, every UI string, ASCII and a few symbols.
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const FONT_SOURCE = `${ROOT}node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff`
export const FONT_PATH = `${ROOT}assets/fonts/exhibition-sans.woff`

// Characters that code puts together: Chinese numerals for hall names, separators, arrows.
const SYMBOLS =
  '\u00A0\u3000一二三四五六七八九十百千万亿·•…—–‹›«»×、，。：；！？“”‘’（）《》〔〕【】％'

function stringsOf(value) {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsOf)
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf)
  return []
}

/** Every string of the UI dictionaries. */
function uiTexts() {
  const texts = []
  for (const name of readdirSync(`${ROOT}assets/i18n`).sort()) {
    if (name.endsWith('.json'))
      texts.push(...stringsOf(JSON.parse(readFileSync(`${ROOT}assets/i18n/${name}`, 'utf8'))))
  }
  return texts
}

/** Every text file of the reply folder (and its side data) and every string of the UI. */
export function textsToCover() {
  const texts = []
  for (const name of readdirSync(`${ROOT}assets/reply`).sort()) {
    if (name.endsWith('.txt')) texts.push(readFileSync(`${ROOT}assets/reply/${name}`, 'utf8'))
    if (name.endsWith('.json'))
      texts.push(...stringsOf(JSON.parse(readFileSync(`${ROOT}assets/reply/${name}`, 'utf8'))))
  }
  return [...texts, ...uiTexts()]
}

/**
 * The sorted, distinct characters of `texts` with ASCII, the symbols code puts together and
 * every UI string; control whitespace left out, spaces kept.
 */
export function charactersOf(texts) {
  let ascii = ''
  for (let c = 0x20; c < 0x7f; c++) ascii += String.fromCharCode(c)
  const all = new Set([...ascii, ...SYMBOLS, ...uiTexts().join(''), ...texts.join('')])
  return [...all].filter((c) => !/[\n\r\t\f\v]/.test(c)).sort()
}

/** The characters the committed font and atlas cover: every reply in the folder. */
export function charactersToCover() {
  return charactersOf(textsToCover())
}
