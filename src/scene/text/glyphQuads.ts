import { BufferAttribute, BufferGeometry, Matrix4, Vector3 } from 'three'
import { shownColour } from '../displayColour'
import type { Typeset } from '../../plan/typesetting'
import type { GlyphAtlas } from './glyphAtlas'

/** Glyph quads gathered from one or more labels, ready to become one geometry. */
export interface GlyphQuads {
  positions: number[]
  uvs: number[]
  colours: number[]
}

export function emptyQuads(): GlyphQuads {
  return { positions: [], uvs: [], colours: [] }
}

const corner = new Vector3()

/**
 * How much of a glyph's stored distance margin its quad keeps around the outline, ems. The field
 * reaches `atlas.distance` (0.1 em) past the outline, but the edge is smoothed over one screen
 * pixel only: 0.05 em holds that down to text 10 px tall, and drawing less margin leaves a software
 * renderer a fifth fewer blended pixels per glyph.
 */
const KEPT_MARGIN = 0.05

/**
 * Adds the quads of a typeset label, `fontSize` high, in `colour` (any CSS colour), moved by
 * `matrix` into the frame of the geometry they join (none: the label's own frame).
 */
export function addGlyphQuads(
  quads: GlyphQuads,
  laidOut: Typeset,
  atlas: GlyphAtlas,
  fontSize: number,
  cssColour: string,
  matrix?: Matrix4,
): void {
  // Tone-mapped here once, not per pixel (the text material does not).
  const colour = shownColour(cssColour)
  for (const glyph of laidOut.glyphs) {
    const cell = atlas.cells.get(glyph.character)
    if (!cell) continue
    const trim = Math.max(0, atlas.distance - KEPT_MARGIN)
    const across = trim / (cell.x1 - cell.x0)
    const up = trim / (cell.y1 - cell.y0)
    const left = glyph.x + (cell.x0 + trim) * fontSize
    const right = glyph.x + (cell.x1 - trim) * fontSize
    const bottom = glyph.y + (cell.y0 + trim) * fontSize
    const top = glyph.y + (cell.y1 - trim) * fontSize
    const u0 = cell.u0 + across * (cell.u1 - cell.u0)
    const u1 = cell.u1 - across * (cell.u1 - cell.u0)
    const v0 = cell.v0 + up * (cell.v1 - cell.v0)
    const v1 = cell.v1 - up * (cell.v1 - cell.v0)
    for (const [x, y] of [
      [left, bottom],
      [right, bottom],
      [right, top],
      [left, top],
    ] as const) {
      corner.set(x, y, 0)
      if (matrix) corner.applyMatrix4(matrix)
      quads.positions.push(corner.x, corner.y, corner.z)
      quads.colours.push(colour.r, colour.g, colour.b)
    }
    quads.uvs.push(u0, v0, u1, v0, u1, v1, u0, v1)
  }
}

/** One indexed geometry of the quads (two triangles each), bounds computed for culling. */
export function quadsGeometry(quads: GlyphQuads): BufferGeometry {
  const geometry = new BufferGeometry()
  const count = quads.positions.length / 3
  const index = new (count > 65535 ? Uint32Array : Uint16Array)((count / 4) * 6)
  for (let quad = 0, i = 0; quad < count; quad += 4, i += 6) {
    index.set([quad, quad + 1, quad + 2, quad, quad + 2, quad + 3], i)
  }
  geometry.setIndex(new BufferAttribute(index, 1))
  geometry.setAttribute('position', new BufferAttribute(new Float32Array(quads.positions), 3))
  geometry.setAttribute('uv', new BufferAttribute(new Float32Array(quads.uvs), 2))
  geometry.setAttribute('glyphColour', new BufferAttribute(new Float32Array(quads.colours), 3))
  geometry.computeBoundingSphere()
  return geometry
}
