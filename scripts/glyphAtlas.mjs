// The scene's glyph atlas, made at build time: one signed distance field per character the
// exhibition shows, from the exhibition's own font, packed into one single-channel image, with
// each character's advance and box. The scene draws its text from it as soon as it has loaded,
// so no glyph is ever computed in the browser (a software renderer took 20 s and more for it).
//
// File layout (gzip of): u32 LE header length | header JSON (UTF-8) | atlas rows, each byte
// stored as its difference from the byte before it in the row (it compresses a quarter better).
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { gunzipSync, gzipSync } from 'node:zlib'
import * as fontkit from 'fontkit'
import SDFGenerator from 'webgl-sdf-generator'
import { charactersToCover, FONT_PATH } from './fontChars.mjs'

export const ATLAS_PATH = FONT_PATH.replace(/exhibition-sans\.woff$/, 'exhibition-glyphs.bin')
/** Texels along a glyph cell's side. */
export const CELL = 64
export const ATLAS_WIDTH = 2048
/** Distances are stored up to this far from an outline (em); farther is stored as this. */
export const DISTANCE = 0.1

/** The font file's fingerprint: the atlas is rebuilt whenever the font changes. */
export function fontFingerprint(path = FONT_PATH) {
  return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16)
}

const round4 = (n) => Math.round(n * 1e4) / 1e4

/** Builds the atlas of `characters` from the font at `fontPath`; returns the file's bytes. */
export function buildGlyphAtlas(characters = charactersToCover(), fontPath = FONT_PATH) {
  const font = fontkit.openSync(fontPath)
  const em = font.unitsPerEm
  const pad = DISTANCE * em
  const generate = SDFGenerator().javascript.generate
  const columns = ATLAS_WIDTH / CELL
  const rows = Math.ceil(characters.length / columns)
  const height = rows * CELL
  const texels = new Uint8Array(ATLAS_WIDTH * height)
  const advances = []
  const boxes = []
  characters.forEach((character, index) => {
    const glyph = font.glyphForCodePoint(character.codePointAt(0))
    advances.push(round4(glyph.advanceWidth / em))
    const { minX, minY, maxX, maxY } = glyph.bbox
    if (!(maxX > minX && maxY > minY)) {
      // A space: an advance and nothing to draw.
      boxes.push(0, 0, 0, 0)
      return
    }
    const box = [minX - pad, minY - pad, maxX + pad, maxY + pad]
    boxes.push(...box.map((v) => round4(v / em)))
    // Row 0 of a cell is the bottom of the glyph's box (font units grow upwards).
    const field = generate(CELL, CELL, glyph.path.toSVG(), box, pad, 1)
    const x = (index % columns) * CELL
    const y = Math.floor(index / columns) * CELL
    for (let row = 0; row < CELL; row++)
      texels.set(field.subarray(row * CELL, (row + 1) * CELL), (y + row) * ATLAS_WIDTH + x)
  })
  const header = {
    version: 1,
    font: fontFingerprint(fontPath),
    cell: CELL,
    width: ATLAS_WIDTH,
    height,
    // The ideographic em box (OS/2 typo metrics): lines are centred on it.
    ascender: round4(font['OS/2'].typoAscender / em),
    descender: round4(font['OS/2'].typoDescender / em),
    distance: DISTANCE,
    characters: characters.join(''),
    advances,
    boxes,
  }
  const json = Buffer.from(JSON.stringify(header), 'utf8')
  const filtered = new Uint8Array(texels.length)
  for (let i = 0; i < texels.length; i++)
    filtered[i] = i % ATLAS_WIDTH === 0 ? texels[i] : (texels[i] - texels[i - 1]) & 255
  const length = Buffer.alloc(4)
  length.writeUInt32LE(json.length)
  return gzipSync(Buffer.concat([length, json, filtered]), { level: 9 })
}

/** The header of the committed atlas, or null when there is none. */
export function readAtlasHeader(path = ATLAS_PATH) {
  let bytes
  try {
    bytes = readFileSync(path)
  } catch {
    return null
  }
  const data = gunzipSync(bytes)
  const length = data.readUInt32LE(0)
  return JSON.parse(data.subarray(4, 4 + length).toString('utf8'))
}

export function writeGlyphAtlas() {
  const bytes = buildGlyphAtlas()
  writeFileSync(ATLAS_PATH, bytes)
  return bytes.length
}
