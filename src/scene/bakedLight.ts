import { BufferAttribute, Color, Matrix3, Vector3, type BufferGeometry, type Object3D } from 'three'
import { forScreen, toneMapped } from './displayColour'

// The pavilion's light, computed once per vertex when a surface is built, instead of per pixel
// every frame: every lit surface is flat or box-shaped, and its light comes from a sky-and-
// ground hemisphere and two distant suns, which depend on nothing but the surface's direction.
// The result is what three's Lambert material gives for the same lights (diffuse / π times the
// light falling on it, plus the surface's own glow), made ready for the screen once per vertex
// (displayColour.ts), drawn with an unlit material: a software renderer's pixels then cost what
// a plain fill costs.

const direction = (x: number, y: number, z: number) => new Vector3(x, y, z).normalize()

export const PAVILION_LIGHT = {
  sky: new Color('#d6e4ff'),
  ground: new Color('#26304f'),
  hemisphere: 1.6,
  suns: [
    { towards: direction(10, 20, 15), colour: new Color('#ffffff'), intensity: 1.4 },
    { towards: direction(-12, 10, -20), colour: new Color('#9fb8ff'), intensity: 0.5 },
  ],
} as const

const falling = new Color()
const part = new Color()

/**
 * The colour a surface of `albedo` shows when it faces `normal` (unit, world frame), glowing
 * with `glow` (its own light, already scaled), in linear working colour.
 */
export function litColour(
  albedo: Color,
  normal: Vector3,
  glow: Color | null = null,
  out = new Color(),
): Color {
  const { sky, ground, hemisphere, suns } = PAVILION_LIGHT
  falling
    .copy(ground)
    .lerp(sky, 0.5 * normal.y + 0.5)
    .multiplyScalar(hemisphere)
  for (const sun of suns) {
    const facing = Math.max(0, normal.dot(sun.towards))
    falling.add(part.copy(sun.colour).multiplyScalar(sun.intensity * facing))
  }
  out
    .copy(albedo)
    .multiply(falling)
    .multiplyScalar(1 / Math.PI)
  if (glow) out.add(glow)
  return out
}

const normalMatrix = new Matrix3()
const normal = new Vector3()
const point = new Vector3()
const albedoColour = new Color()
const glowColour = new Color()
const lit = new Color()

/** A surface's own glow: its colour and how strongly it glows (three's emissive intensity). */
export interface Glow {
  colour: string
  intensity: number
}

/**
 * Writes the light falling on each vertex of `object`'s geometry, ready for the screen, into its
 * `color` attribute, for a material with `vertexColors` and `toneMapped={false}`. The object must be where it stays (its world matrix is read
 * now); its geometry must be its own. Baking the same surface again in the same place is free.
 */
export function bakeLight(
  object: Object3D & { geometry: BufferGeometry },
  albedo: string,
  glow?: Glow,
  /** How much of the light reaches a point (world frame), 0..1: shade where surfaces meet. */
  shade?: (point: Vector3) => number,
): void {
  object.updateWorldMatrix(true, false)
  const key = `${albedo} ${glow?.colour} ${glow?.intensity} ${shade ? 'shaded' : ''} ${object.matrixWorld.elements.join()}`
  if (object.geometry.userData.bakedLight === key) return
  object.geometry.userData.bakedLight = key
  normalMatrix.getNormalMatrix(object.matrixWorld)
  albedoColour.set(albedo)
  const glowing = glow ? glowColour.set(glow.colour).multiplyScalar(glow.intensity) : null
  const normals = object.geometry.getAttribute('normal')
  const positions = object.geometry.getAttribute('position')
  const colours = new Float32Array(normals.count * 3)
  for (let i = 0; i < normals.count; i++) {
    normal.fromBufferAttribute(normals, i).applyMatrix3(normalMatrix).normalize()
    litColour(albedoColour, normal, glowing, lit)
    if (shade)
      lit.multiplyScalar(
        shade(point.fromBufferAttribute(positions, i).applyMatrix4(object.matrixWorld)),
      )
    forScreen(toneMapped(lit, lit)).toArray(colours, i * 3)
  }
  object.geometry.setAttribute('color', new BufferAttribute(colours, 3))
}
