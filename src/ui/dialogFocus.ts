import { useEffect, type RefObject } from 'react'

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])'

/**
 * Keeps Tab inside a modal dialog: from its last control Tab goes to its first, and Shift+Tab
 * from its first to its last (and from the dialog itself, should it hold the focus). Called from
 * the dialog's keydown handler.
 */
export function keepTabInside(event: React.KeyboardEvent, dialog: HTMLElement | null) {
  if (event.key !== 'Tab' || !dialog) return
  const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)]
  const first = focusable[0]
  const last = focusable[focusable.length - 1]
  if (!first || !last) return
  const active = document.activeElement
  const outside = !dialog.contains(active) || active === dialog
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault()
    first.focus()
  }
}

/**
 * While a dialog is open, the focus is on `target` (its close button); when it closes, the focus
 * goes back to whatever opened it (a button, a link), or to the scene when that is gone.
 */
export function useDialogFocus(target: RefObject<HTMLElement | null>, open = true) {
  useEffect(() => {
    if (!open) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    target.current?.focus()
    return () => {
      const back =
        opener && opener.isConnected && opener !== document.body
          ? opener
          : document.querySelector<HTMLElement>('.exhibition')
      back?.focus()
    }
  }, [target, open])
}
