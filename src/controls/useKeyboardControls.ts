import { useEffect } from 'react'
import type { ExhibitionPlan } from '../plan'
import { useExhibition } from '../state/store'
import { actionForKey, isTypingTarget } from './actions'
import { performAction } from './performAction'
import { isHeldAction, releaseAll, visitorInput } from './visitorInput'
import { wakeScene } from './wakeScene'

/** Keys the page must not also act on (scrolling, the browser's own find and back). */
const SWALLOWED = new Set([
  'Space',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'PageUp',
  'PageDown',
  'Home',
  'Backspace',
])

/**
 * The keyboard, read through the action map: held keys walk and turn, single presses go places
 * and toggle panels. Typing in a field never moves the visitor; a native button keeps Enter and
 * Space; Tab is left to the browser, whose focus order runs through the exhibits.
 */
export function useKeyboardControls(plan: ExhibitionPlan): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return
      // The text view is a document: its keys scroll and follow links.
      if (event.code === 'Tab' || useExhibition.getState().textView) return
      const { tour, blanked, toggleBlank } = useExhibition.getState()
      const found = actionForKey(event, tour.status !== 'off')
      // A blanked screen comes back with any key, as a presentation's does; only that.
      if (blanked && found?.action !== 'toggleBlank') {
        event.preventDefault()
        if (!event.repeat) toggleBlank(false)
        return
      }
      if (!found) return
      const target = event.target as HTMLElement | null
      const onControl = target?.closest?.('button, a, [role="button"]') ?? null
      // Enter and Space on a focused button or link are its own click.
      if ((event.code === 'Enter' || event.code === 'Space') && onControl) return
      const dialogOpen = useExhibition.getState().place.kind === 'exhibit'
      // Inside the open dialog, arrows and Space scroll its text.
      if (dialogOpen && target?.closest?.('[role="dialog"]') && isHeldAction(found.action)) return
      if (SWALLOWED.has(event.code) && !onControl) event.preventDefault()
      if (isHeldAction(found.action)) {
        if (!visitorInput.held.has(found.action)) {
          visitorInput.held.add(found.action)
          wakeScene()
        }
        return
      }
      if (event.repeat) return
      performAction(found.action, plan, found.hall)
    }
    const onKeyUp = (event: KeyboardEvent) => {
      const found = actionForKey({ code: event.code, shiftKey: false })
      if (found && isHeldAction(found.action)) visitorInput.held.delete(found.action)
    }
    // A key released while the window had no focus would otherwise walk on forever.
    const onBlur = () => releaseAll(visitorInput)
    const listening = new AbortController()
    const { signal } = listening
    window.addEventListener('keydown', onKeyDown, { signal })
    window.addEventListener('keyup', onKeyUp, { signal })
    window.addEventListener('blur', onBlur, { signal })
    return () => listening.abort()
  }, [plan])
}
