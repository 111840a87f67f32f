import { useEffect } from 'react'
import { useExhibition } from '../state/store'

/** The mouse pointer hides after this long without moving, so it never sits on a kiosk's picture. */
export const CURSOR_HIDE_MS = 3000
const ZOOM_KEYS = new Set(['Equal', 'Minus', 'NumpadAdd', 'NumpadSubtract', 'Digit0', 'Numpad0'])

/** Whether a link stays inside the app: same page, only another hash. */
export function linkStaysInApp(href: string, page: string): boolean {
  try {
    const to = new URL(href, page)
    const here = new URL(page)
    return to.origin === here.origin && to.pathname === here.pathname && to.search === here.search
  } catch {
    return false
  }
}

/**
 * An unattended screen that nobody can take out of the exhibition: no context menu, selection,
 * page zoom, scroll bounce or drag-and-drop; links never leave the app; the cursor hides when
 * still; fullscreen is asked for on the first touch. Only with `?kiosk`.
 */
export function useKioskHardening(): void {
  useEffect(() => {
    if (!useExhibition.getState().kiosk) return
    const root = document.documentElement
    const signal = new AbortController()
    const options = { capture: true, signal: signal.signal }
    const prevent = (event: Event) => event.preventDefault()
    root.classList.add('kiosk')
    // No "translate this page?" bubble over an unattended screen: the exhibition is bilingual.
    root.translate = false

    // Pinch zoom off for the page (the scene takes two fingers itself).
    const viewport = document.querySelector<HTMLMetaElement>('meta[name="viewport"]')
    const viewportBefore = viewport?.content
    if (viewport)
      viewport.content = 'width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no'

    window.addEventListener('contextmenu', prevent, options)
    window.addEventListener('dragstart', prevent, options)
    window.addEventListener('dragover', prevent, options)
    window.addEventListener('drop', prevent, options)
    // Safari's own pinch gesture.
    window.addEventListener('gesturestart', prevent, options)
    window.addEventListener(
      'wheel',
      (event) => {
        if (event.ctrlKey || event.metaKey) event.preventDefault()
      },
      { ...options, passive: false },
    )
    window.addEventListener(
      'keydown',
      (event) => {
        if ((event.ctrlKey || event.metaKey) && ZOOM_KEYS.has(event.code)) event.preventDefault()
      },
      options,
    )
    const guardLink = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]')
      if (!(link instanceof HTMLAnchorElement)) return
      const leaves = !linkStaysInApp(link.href, window.location.href) || link.target === '_blank'
      if (leaves || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey)
        event.preventDefault()
    }
    window.addEventListener('click', guardLink, options)
    window.addEventListener('auxclick', guardLink, options)

    let hideTimer: number | undefined
    let last = { x: NaN, y: NaN }
    const showCursor = (event: PointerEvent) => {
      // Layout changes under a still mouse send moves to the same spot; those are not a visitor.
      if (event.clientX === last.x && event.clientY === last.y) return
      last = { x: event.clientX, y: event.clientY }
      root.classList.remove('cursor-hidden')
      window.clearTimeout(hideTimer)
      hideTimer = window.setTimeout(() => root.classList.add('cursor-hidden'), CURSOR_HIDE_MS)
    }
    root.classList.add('cursor-hidden')
    window.addEventListener('pointermove', showCursor, { ...options, passive: true })

    const askFullscreen = () => {
      if (!document.fullscreenElement)
        root.requestFullscreen?.().catch(() => {
          // A browser already in kiosk mode, or one that refuses, is full screen enough.
        })
    }
    window.addEventListener('pointerdown', askFullscreen, { ...options, once: true })
    window.addEventListener('keydown', askFullscreen, { ...options, once: true })

    return () => {
      signal.abort()
      window.clearTimeout(hideTimer)
      root.classList.remove('kiosk', 'cursor-hidden')
      root.translate = true
      if (viewport && viewportBefore !== undefined) viewport.content = viewportBefore
    }
  }, [])
}
