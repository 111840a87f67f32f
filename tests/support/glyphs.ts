import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { decodeGlyphAtlas, type GlyphAtlas } from '../../src/scene/text/glyphAtlas'

export const ATLAS_PATH = fileURLToPath(
  new URL('../../assets/fonts/exhibition-glyphs.bin', import.meta.url),
)

let atlas: GlyphAtlas | undefined

/** The committed glyph atlas, decoded as the browser decodes it. */
export function glyphAtlas(): GlyphAtlas {
  atlas ??= decodeGlyphAtlas(new Uint8Array(gunzipSync(readFileSync(ATLAS_PATH))))
  return atlas
}
