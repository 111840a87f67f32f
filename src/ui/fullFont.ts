import { retryableImport } from '../retryableImport'

/** The family of the full typeface (scripts/fullFontCss.mjs writes its rules by that name). */
export const FULL_FAMILY = 'Exhibition Sans Full'

const loadRules = retryableImport(() => import('./fullFont.css'))

/**
 * Makes the full Noto Sans SC available to the page, and the slices that hold `characters`
 * loaded: the page's own text falls back to it for characters the built subset lacks, and the
 * scene draws such characters with it. Loaded from this origin only, and only when needed.
 */
export async function loadFullFont(characters: string): Promise<void> {
  await loadRules()
  if (characters !== '') await document.fonts.load(`48px '${FULL_FAMILY}'`, characters)
}
