import type { Page } from 'playwright-core'

/** Where the minimap's you-are-here marker puts the visitor: floor x, z and heading. */
export async function visitorAt(page: Page): Promise<{ x: number; z: number; heading: number }> {
  const transform = await page.locator('.minimap__you').getAttribute('transform')
  const match = /translate\(([-\d.]+) ([-\d.]+)\) rotate\(([-\d.]+)\)/.exec(transform ?? '')
  if (!match) throw new Error(`no visitor marker on the minimap (transform: ${transform})`)
  return { x: Number(match[1]), z: Number(match[2]), heading: Number(match[3]) }
}
