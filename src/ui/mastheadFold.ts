/** Narrower than this (a phone), the masthead is always folded. */
const PHONE_PX = 640
/** What the names beside the buttons need at least (the title on two or three lines), CSS px. */
const TITLES_PX = 240

/**
 * The width the masthead's buttons take on one row: their widths and the gaps between them,
 * measured unfolded. Whether it fits is then a matter of the masthead's width alone.
 */
export function rowWidth(buttonWidths: readonly number[], gap: number): number {
  return (
    buttonWidths.reduce((sum, width) => sum + width, 0) + gap * Math.max(0, buttonWidths.length - 1)
  )
}

/** Whether a masthead `width` wide folds its buttons of `row` width into a menu. */
export function foldsAt(width: number, row: number, padding: number): boolean {
  return width <= PHONE_PX || row + TITLES_PX + padding > width
}

/**
 * Sets `data-fold` on the masthead when its buttons would not fit on one row beside the names.
 * Call it (in a layout effect, before the browser paints) whenever what the row holds changes:
 * it measures the row unfolded, then follows the masthead's width as the window resizes.
 * Returns the function that stops following.
 */
export function watchMastheadFold(element: HTMLElement): () => void {
  const nav = element.querySelector<HTMLElement>('.hud__nav')
  if (!nav) return () => {}
  element.dataset.fold = 'false'
  const buttons = [...nav.children].filter(
    (child): child is HTMLElement => child instanceof HTMLElement && child.offsetParent !== null,
  )
  const row = rowWidth(
    buttons.map((button) => button.offsetWidth),
    parseFloat(getComputedStyle(nav).columnGap) || 0,
  )
  const style = getComputedStyle(element)
  const padding =
    (parseFloat(style.paddingLeft) || 0) +
    (parseFloat(style.paddingRight) || 0) +
    (parseFloat(style.columnGap) || 0)
  const update = () => {
    element.dataset.fold = String(foldsAt(element.clientWidth, row, padding))
  }
  update()
  const observer = new ResizeObserver(update)
  observer.observe(element)
  return () => observer.disconnect()
}
