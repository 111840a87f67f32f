import { gunzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeGlyphAtlas, GlyphAtlasError } from '../../../src/scene/text/glyphAtlas'
import { charactersToCover } from '../../../scripts/fontChars.mjs'
import { ATLAS_PATH, glyphAtlas } from '../../support/glyphs'

const bytes = new Uint8Array(gunzipSync(readFileSync(ATLAS_PATH)))

function withHeader(header: object, texels = 0): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header))
  const out = new Uint8Array(4 + json.length + texels)
  new DataView(out.buffer).setUint32(0, json.length, true)
  out.set(json, 4)
  return out
}

describe('the glyph atlas', () => {
  const atlas = glyphAtlas()

  it('holds an advance for every character the exhibition shows and a cell for every visible one', () => {
    for (const character of charactersToCover()) {
      expect(atlas.advances.get(character), character).toBeGreaterThan(0)
      if (character.trim() !== '') expect(atlas.cells.has(character), character).toBe(true)
    }
  })

  it('decodes to distance fields: inside a glyph near 255, far outside 0, cells in the texture', () => {
    const cell = atlas.cells.get('一')!
    const at = (u: number, v: number) =>
      atlas.texels[Math.floor(v * atlas.height) * atlas.width + Math.floor(u * atlas.width)]!
    // The middle of 一's stroke is inside, its cell's corner far outside.
    const middleU = (cell.u0 + cell.u1) / 2
    const strokeV = cell.v0 + ((0.38 - cell.y0) / (cell.y1 - cell.y0)) * (cell.v1 - cell.v0)
    expect(at(middleU, strokeV)).toBeGreaterThan(128)
    expect(at(cell.u0 + 0.0001, cell.v0 + 0.0001)).toBeLessThan(20)
    for (const c of atlas.cells.values()) {
      expect(c.u1).toBeLessThanOrEqual(1)
      expect(c.v1).toBeLessThanOrEqual(1)
    }
    // The em box the lines are centred on.
    expect(atlas.ascender - atlas.descender).toBeCloseTo(1, 2)
  })

  it('rejects a broken file with a message that says what is wrong', () => {
    expect(() => decodeGlyphAtlas(new Uint8Array(2))).toThrow(/empty/)
    expect(() => decodeGlyphAtlas(bytes.subarray(0, 100))).toThrow(/cut short/)
    expect(() => decodeGlyphAtlas(bytes.subarray(0, bytes.length - 1))).toThrow(/texels/)
    const bad = withHeader({})
    bad[4] = 0x7b
    bad[5] = 0x7b
    expect(() => decodeGlyphAtlas(bad)).toThrow(/not JSON/)
    expect(() => decodeGlyphAtlas(withHeader({ version: 2 }))).toThrow(GlyphAtlasError)
  })
})
