import { DataTexture, LinearFilter, RedFormat, UnsignedByteType } from 'three'
import type { GlyphMeasures } from '../../plan/typesetting'

// The glyph atlas made at build time (scripts/glyphAtlas.mjs): every character's signed distance
// field in one single-channel texture, with its advance and box. The scene's text waits for this
// one file and is then laid out and drawn at once, whole.

/** Where a character's distance field is in the atlas, and the box it covers (ems). */
export interface GlyphCell {
  /** Texture coordinates of the cell: left, bottom, right, top (row 0 is the glyph's bottom). */
  u0: number
  v0: number
  u1: number
  v1: number
  /** The box the cell covers around the pen position, ems: left, bottom, right, top. */
  x0: number
  y0: number
  x1: number
  y1: number
}

export interface GlyphAtlas extends GlyphMeasures {
  cells: ReadonlyMap<string, GlyphCell>
  width: number
  height: number
  /** Texels of the atlas, row by row, one byte each. */
  texels: Uint8Array
  /** How far from an outline the stored distance reaches, ems (0 and 255 are that far). */
  distance: number
}

interface AtlasHeader {
  version: number
  cell: number
  width: number
  height: number
  ascender: number
  descender: number
  distance: number
  characters: string
  advances: number[]
  boxes: number[]
}

/** Why the atlas could not be read, for the page's error log and the text's absence. */
export class GlyphAtlasError extends Error {
  override name = 'GlyphAtlasError'
}

/** Reads the atlas file once it is unpacked: header, then the row-delta-coded texels. */
export function decodeGlyphAtlas(bytes: Uint8Array): GlyphAtlas {
  if (bytes.length < 4) throw new GlyphAtlasError('the glyph atlas is empty')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const headerLength = view.getUint32(0, true)
  if (4 + headerLength > bytes.length) throw new GlyphAtlasError('the glyph atlas is cut short')
  let header: AtlasHeader
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength)))
  } catch {
    throw new GlyphAtlasError('the glyph atlas header is not JSON')
  }
  if (header.version !== 1) throw new GlyphAtlasError(`glyph atlas version ${header.version}`)
  const { width, height, cell } = header
  const coded = bytes.subarray(4 + headerLength)
  if (coded.length !== width * height)
    throw new GlyphAtlasError(`the glyph atlas holds ${coded.length} texels, not ${width * height}`)
  const texels = new Uint8Array(width * height)
  for (let row = 0; row < height; row++) {
    let value = 0
    for (let i = row * width, end = i + width; i < end; i++) {
      value = (value + coded[i]!) & 255
      texels[i] = value
    }
  }
  const columns = width / cell
  const advances = new Map<string, number>()
  const cells = new Map<string, GlyphCell>()
  ;[...header.characters].forEach((character, index) => {
    advances.set(character, header.advances[index]!)
    const [x0, y0, x1, y1] = header.boxes.slice(index * 4, index * 4 + 4) as [
      number,
      number,
      number,
      number,
    ]
    if (x1 <= x0) return
    const left = (index % columns) * cell
    const bottom = Math.floor(index / columns) * cell
    // The cell's edges are the box's edges: the generator spread the box over the whole cell.
    cells.set(character, {
      u0: left / width,
      v0: bottom / height,
      u1: (left + cell) / width,
      v1: (bottom + cell) / height,
      x0,
      y0,
      x1,
      y1,
    })
  })
  return {
    ascender: header.ascender,
    descender: header.descender,
    distance: header.distance,
    advances,
    cells,
    width,
    height,
    texels,
  }
}

/** Unpacks the file's gzip in the browser (a server may also have unpacked it on the way). */
async function unpack(response: Response): Promise<Uint8Array> {
  const packed = new Uint8Array(await response.arrayBuffer())
  if (packed[0] !== 0x1f || packed[1] !== 0x8b) return packed
  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** The texture of an atlas: one byte a texel, no mipmaps (the distance field smooths itself). */
export function atlasTexture(atlas: GlyphAtlas): DataTexture {
  const texture = new DataTexture(
    atlas.texels,
    atlas.width,
    atlas.height,
    RedFormat,
    UnsignedByteType,
  )
  texture.minFilter = LinearFilter
  texture.magFilter = LinearFilter
  texture.generateMipmaps = false
  texture.unpackAlignment = 1
  texture.needsUpdate = true
  return texture
}

/** Fetches and decodes the atlas at `url`. */
export async function loadGlyphAtlas(url: string): Promise<GlyphAtlas> {
  const response = await fetch(url)
  if (!response.ok) throw new GlyphAtlasError(`the glyph atlas answered ${response.status}`)
  return decodeGlyphAtlas(await unpack(response))
}
