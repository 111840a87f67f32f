import { describe, expect, it } from 'vitest'
import { extendAtlas, fallbackRoom, type DrawnGlyph } from '../../../src/scene/text/fallbackGlyphs'
import type { GlyphAtlas } from '../../../src/scene/text/glyphAtlas'

const atlas: GlyphAtlas = {
  ascender: 0.88,
  descender: -0.12,
  distance: 0.1,
  width: 8,
  height: 4,
  texels: new Uint8Array(32).fill(7),
  advances: new Map([
    ['一', 1],
    [' ', 0.25],
  ]),
  cells: new Map([['一', { u0: 0, v0: 0, u1: 0.5, v1: 1, x0: 0, y0: 0.3, x1: 1, y1: 0.5 }]]),
}

/** A field whose top row is 200 and every other row 100, so that flips show. */
function glyph(character: string): DrawnGlyph {
  const field = new Uint8ClampedArray(6 * 6).fill(100)
  field.fill(200, 0, 6)
  return { character, advance: 1, field, width: 6, height: 6, box: [-0.1, -0.2, 1.1, 0.9] }
}

describe('extendAtlas', () => {
  const extended = extendAtlas(atlas, [glyph('袋'), glyph('窗'), glyph('燕')], 4)

  it('adds rows of cells below the atlas and keeps its texels', () => {
    // Two cells a row (8 / 4): three glyphs take two rows of 4 texels.
    expect(extended.height).toBe(12)
    expect([...extended.texels.subarray(0, 32)]).toEqual([...atlas.texels])
    expect(extended.width).toBe(8)
  })

  it('keeps the old cells where they are, in the taller texture', () => {
    expect(extended.cells.get('一')).toMatchObject({ v0: 0, v1: 4 / 12, u1: 0.5 })
  })

  it('places each new glyph in its cell, bottom row first, with its box and advance', () => {
    expect(extended.cells.get('窗')).toEqual({
      u0: 0.5,
      v0: 4 / 12,
      u1: 1,
      v1: 8 / 12,
      x0: -0.1,
      y0: -0.2,
      x1: 1.1,
      y1: 0.9,
    })
    expect(extended.cells.get('燕')).toMatchObject({ u0: 0, v0: 8 / 12, v1: 1 })
    expect(extended.advances.get('燕')).toBe(1)
    // 袋's cell: columns 0-3, rows 4-7; its top row (row 7) holds the field's top row.
    const row = (r: number) => [...extended.texels.subarray(r * 8, r * 8 + 4)]
    expect(row(7)).toEqual([200, 200, 200, 200])
    expect(row(4)).toEqual([100, 100, 100, 100])
  })

  it('gives a space an advance and no cell', () => {
    const space: DrawnGlyph = {
      character: '\u3000',
      advance: 1,
      field: new Uint8ClampedArray(0),
      width: 0,
      height: 0,
      box: [0, 0, 0, 0],
    }
    const withSpace = extendAtlas(atlas, [space], 4)
    expect(withSpace.height).toBe(atlas.height)
    expect(withSpace.advances.get('\u3000')).toBe(1)
    expect(withSpace.cells.has('\u3000')).toBe(false)
  })
})

describe('fallbackRoom', () => {
  it('counts the cells that fit below the atlas under the height limit', () => {
    // 8 texels wide, cells of 4: two to a row; 4 texels tall, up to 12: two more rows.
    expect(fallbackRoom(atlas, 12, 4)).toBe(4)
    expect(fallbackRoom(atlas, 4, 4)).toBe(0)
    expect(fallbackRoom(atlas, 2, 4)).toBe(0)
    // The built atlas, 2048 x 1536, under 4096: 40 rows of 32.
    expect(fallbackRoom({ ...atlas, width: 2048, height: 1536 }, 4096)).toBe(1280)
  })
})
