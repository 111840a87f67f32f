import { Color } from 'three'

// The scene's colours, made ready for the screen once instead of per pixel every frame. The
// canvas renders with no tone mapping and no output encoding (R3F's `flat` and `linear`): on a
// software renderer, ACES tone mapping and the sRGB encoding of every pixel cost more than all
// of the pavilion's surfaces together. So every colour the scene draws is given already
// tone-mapped (where three would have tone-mapped it) and sRGB-encoded: material colours
// through `shownColour` or `exactColour`, vertex colours through `forScreen(toneMapped(…))`.
// Blending happens on the encoded values, as it did before.

// three's ACES filmic tone mapping (tonemapping_pars_fragment), on the CPU, exposure 1.
function fit(v: number): number {
  const a = v * (v + 0.0245786) - 0.000090537
  const b = v * (0.983729 * v + 0.432951) + 0.238081
  return a / b
}
const clamp01 = (v: number) => Math.min(1, Math.max(0, v))

/** `colour` (linear) as ACES filmic tone mapping leaves it, into `out`. */
export function toneMapped(colour: Color, out = new Color()): Color {
  const r = colour.r / 0.6
  const g = colour.g / 0.6
  const b = colour.b / 0.6
  // The input matrix, then the fit, then the output matrix (rows of the GLSL's columns).
  const x = fit(0.59719 * r + 0.35458 * g + 0.04823 * b)
  const y = fit(0.076 * r + 0.90834 * g + 0.01566 * b)
  const z = fit(0.0284 * r + 0.13383 * g + 0.83777 * b)
  return out.setRGB(
    clamp01(1.60475 * x - 0.53108 * y - 0.07367 * z),
    clamp01(-0.10208 * x + 1.10813 * y - 0.00605 * z),
    clamp01(-0.00327 * x - 0.07276 * y + 1.07602 * z),
  )
}

/** `colour` (linear) sRGB-encoded for a canvas that writes colours as they are, in place. */
export function forScreen(colour: Color): Color {
  return colour.convertLinearToSRGB()
}

const shown = new Map<string, Color>()
const exact = new Map<string, Color>()

function cached(cache: Map<string, Color>, css: string, make: (linear: Color) => Color): Color {
  let colour = cache.get(css)
  if (!colour) {
    colour = make(new Color(css))
    cache.set(css, colour)
  }
  return colour
}

/**
 * The colour for a surface that three would have tone-mapped (a lit surface's flat colour, a
 * line, text): as it showed with tone mapping, on the flat, linear canvas. One Color per CSS
 * colour: never change it.
 */
export function shownColour(css: string): Color {
  return cached(shown, css, (linear) => forScreen(toneMapped(linear, linear)))
}

/**
 * The colour for a surface drawn exactly in `css` (glowing strips, accents, the background,
 * materials that had `toneMapped={false}`), on the flat, linear canvas.
 */
export function exactColour(css: string): Color {
  return cached(exact, css, forScreen)
}
