import TinySDF from '@mapbox/tiny-sdf'
import type { GlyphAtlas, GlyphCell } from './glyphAtlas'

// Characters the exhibition's own atlas lacks (a reply opened in the page may hold any) are drawn
// from the full Noto Sans SC, loaded from this origin by Unicode range (ui/fullFont.css): each is
// rasterised with the canvas and turned into a distance field on the same scale as the atlas's,
// then appended to a copy of the atlas. No gap, no blank label, whatever the reply says.

/** A distance field drawn in the page, in the atlas's terms. */
export interface DrawnGlyph {
  character: string
  /** Advance, ems. */
  advance: number
  /** Field texels, row 0 at the top, `width` x `height`; empty for a space. */
  field: Uint8ClampedArray
  width: number
  height: number
  /** The box the field covers around the pen position, ems: left, bottom, right, top. */
  box: [number, number, number, number]
}

/** Pixels per em the fallback glyphs are rasterised at: their cells are 64 texels, as the atlas's. */
const RASTER = 48

/**
 * Rasterises `characters` in `family` as distance fields matching an atlas whose fields reach
 * `distance` ems from the outline (0.5 on it; `0.5 - d / (2 distance)` at `d` ems outside).
 */
export function drawGlyphs(
  characters: readonly string[],
  family: string,
  distance: number,
): DrawnGlyph[] {
  const radius = 2 * distance * RASTER
  const buffer = Math.ceil(distance * RASTER) + 1
  const sdf = new TinySDF({
    fontSize: RASTER,
    buffer,
    radius,
    cutoff: 0.5,
    fontFamily: `'${family}'`,
  })
  return characters.map((character) => {
    const glyph = sdf.draw(character)
    const left = (glyph.glyphLeft - buffer) / RASTER
    const top = (glyph.glyphTop + buffer) / RASTER
    return {
      character,
      advance: glyph.glyphAdvance / RASTER,
      field: glyph.glyphWidth > 0 ? glyph.data : new Uint8ClampedArray(0),
      width: glyph.width,
      height: glyph.height,
      box: [left, top - glyph.height / RASTER, left + glyph.width / RASTER, top],
    }
  })
}

/** How many glyphs `atlas` can take in new rows of cells before it is taller than `maxHeight`. */
export function fallbackRoom(atlas: GlyphAtlas, maxHeight: number, cell = 64): number {
  const columns = Math.floor(atlas.width / cell)
  return Math.max(0, Math.floor((maxHeight - atlas.height) / cell)) * columns
}

/**
 * A copy of `atlas` with `glyphs` added in rows of cells below its own: each field is resampled
 * into a square cell, bottom row first, as the build lays out its own.
 */
export function extendAtlas(
  atlas: GlyphAtlas,
  glyphs: readonly DrawnGlyph[],
  cell = 64,
): GlyphAtlas {
  const columns = Math.floor(atlas.width / cell)
  const drawn = glyphs.filter((g) => g.field.length > 0)
  const rows = Math.ceil(drawn.length / columns)
  const height = atlas.height + rows * cell
  const texels = new Uint8Array(atlas.width * height)
  texels.set(atlas.texels)
  const rescale = atlas.height / height
  const cells = new Map<string, GlyphCell>()
  for (const [character, c] of atlas.cells)
    cells.set(character, { ...c, v0: c.v0 * rescale, v1: c.v1 * rescale })
  const advances = new Map(atlas.advances)
  for (const glyph of glyphs) advances.set(glyph.character, glyph.advance)
  drawn.forEach((glyph, index) => {
    const left = (index % columns) * cell
    const bottom = atlas.height + Math.floor(index / columns) * cell
    for (let row = 0; row < cell; row++) {
      // Cell row 0 is the field's bottom row; sample at texel centres, nearest source texel.
      const sy = Math.min(
        glyph.height - 1,
        Math.floor(((cell - 1 - row + 0.5) / cell) * glyph.height),
      )
      for (let column = 0; column < cell; column++) {
        const sx = Math.min(glyph.width - 1, Math.floor(((column + 0.5) / cell) * glyph.width))
        texels[(bottom + row) * atlas.width + left + column] =
          glyph.field[sy * glyph.width + sx] ?? 0
      }
    }
    const [x0, y0, x1, y1] = glyph.box
    cells.set(glyph.character, {
      u0: left / atlas.width,
      v0: bottom / height,
      u1: (left + cell) / atlas.width,
      v1: (bottom + cell) / height,
      x0,
      y0,
      x1,
      y1,
    })
  })
  return { ...atlas, height, texels, cells, advances }
}
