/** The exhibits opened in this browser session, kept across reloads (not across sessions). */
const KEY = 'exhibition-visited'

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage
  } catch {
    // Storage can be refused (private modes, locked-down kiosks): progress then lasts a page.
    return null
  }
}

export function rememberedVisited(): string[] {
  try {
    const value: unknown = JSON.parse(storage()?.getItem(KEY) ?? '[]')
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []
  } catch {
    return []
  }
}

export function rememberVisited(visited: readonly string[]): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(visited))
  } catch {
    // A full or refused storage only costs the memory of progress.
  }
}

export function forgetVisited(): void {
  try {
    storage()?.removeItem(KEY)
  } catch {
    // Nothing kept, nothing to forget.
  }
}
