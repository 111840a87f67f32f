/** The vertical field of view on a landscape screen, degrees. */
export const BASE_FOV = 55
/** The narrowest horizontal field of view a visitor gets, degrees: a phone held upright still sees a panel whole. */
const MIN_HORIZONTAL_FOV = 60
const MAX_FOV = 105

const radians = (degrees: number) => (degrees * Math.PI) / 180
const degrees = (radians: number) => (radians * 180) / Math.PI

/** Vertical field of view for a viewport's aspect (width / height): wider on tall screens. */
export function verticalFovFor(aspect: number): number {
  if (!(aspect > 0)) return BASE_FOV
  const needed = degrees(2 * Math.atan(Math.tan(radians(MIN_HORIZONTAL_FOV) / 2) / aspect))
  return Math.min(MAX_FOV, Math.max(BASE_FOV, needed))
}
