import jsQR from 'jsqr'
import { PNG } from 'pngjs'

/** An RGBA picture, as jsqr reads it and pngjs writes it. */
export interface Raster {
  data: Uint8ClampedArray
  width: number
  height: number
}

/** What a phone's camera would read from the picture: the code's text, or null when there is none. */
export function decodeQrFromRgba(
  data: Uint8ClampedArray,
  width: number,
  height: number,
): string | null {
  // The kiosk draws dark on light, so the inverted reading is never needed and only slows the search.
  return jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null
}

/** The code's text in a PNG, such as a screenshot of the kiosk's share figure. */
export function decodeQrFromPng(png: Buffer): string | null {
  const { data, width, height } = PNG.sync.read(png)
  return decodeQrFromRgba(
    new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
    width,
    height,
  )
}

/** The picture as a PNG file. */
export function pngOfRaster({ data, width, height }: Raster): Buffer {
  const png = new PNG({ width, height })
  png.data = Buffer.from(data.buffer, data.byteOffset, data.length)
  return PNG.sync.write(png)
}

/** Squares of `side` × `side` units, dark where `isDark`, white elsewhere, `scale` pixels to the unit. */
export function rasteriseSquares(
  side: number,
  isDark: (x: number, y: number) => boolean,
  scale = 8,
): Raster {
  const width = side * scale
  const data = new Uint8ClampedArray(width * width * 4)
  for (let py = 0; py < width; py++)
    for (let px = 0; px < width; px++) {
      const shade = isDark(Math.floor(px / scale), Math.floor(py / scale)) ? 0 : 255
      data.set([shade, shade, shade, 255], (py * width + px) * 4)
    }
  return { data, width, height: width }
}

/** A module matrix (as `qrcode` gives it) with its quiet zone, drawn as a camera would see it. */
export function rasteriseModules(
  modules: { size: number; get(row: number, col: number): number },
  quietZone = 4,
  scale = 8,
): Raster {
  const { size } = modules
  const inside = (i: number) => i >= quietZone && i < quietZone + size
  return rasteriseSquares(
    size + 2 * quietZone,
    (x, y) => inside(x) && inside(y) && modules.get(y - quietZone, x - quietZone) === 1,
    scale,
  )
}

const RUN = /M(\d+) (\d+)h(\d+)v1h-\3z/g

/**
 * The dark unit squares of a share code's path (`M x y h n v1 h-n z`, one per run), as "x,y" keys;
 * throws on anything else in the path, so a drawing the reader would not understand fails loudly.
 */
export function squaresOfPath(path: string): Set<string> {
  const dark = new Set<string>()
  let read = 0
  for (const match of path.matchAll(RUN)) {
    if (match.index !== read) throw new Error(`unexpected path text at ${read}`)
    read += match[0].length
    const [x, y, run] = [Number(match[1]), Number(match[2]), Number(match[3])]
    for (let i = 0; i < run; i++) dark.add(`${x + i},${y}`)
  }
  if (read !== path.length) throw new Error(`unexpected path text at ${read}`)
  return dark
}
