import type { Language } from '../i18n'
import type { Place } from '../plan'
import { hashOfPlace } from './placeHash'

/**
 * The public address of the exhibition that a kiosk's "continue on your phone" code points to.
 * `base` is an http(s) folder or file URL with no query and no hash, or null when there is none
 * to show; `refused` says a configured value was turned down (the caller shows a notice that
 * does not repeat it); `source` says where the base came from.
 */
export interface ShareBaseReading {
  base: string | null
  refused: boolean
  source: 'query' | 'build' | 'page' | null
}

/** Longer than any real exhibition address, and short enough that the link still fits a QR code. */
export const MAX_SHARE_BASE_LENGTH = 2000

// Whitespace, control and invisible (bidi, zero-width) characters could hide where a code leads.
const HIDDEN_CHARACTERS = /[\s\p{Cc}\p{Cf}]/u
// The scheme is checked on the raw text: `new URL` would also read `http:host` and `http:\\host`.
const WEB_ADDRESS = /^https?:\/\//i

/**
 * A base URL as the code will carry it: same scheme, host and port, the hash and query dropped,
 * and the path made a folder (`/expo` → `/expo/`) unless its last segment names a file
 * (`/expo/index.html`); the build's relative asset paths only resolve from the folder.
 */
function normalisedBase(url: URL): string | null {
  const path = url.pathname
  const last = path.slice(path.lastIndexOf('/') + 1)
  const folder = last === '' || last.includes('.') ? path : `${path}/`
  const base = `${url.protocol}//${url.host}${folder}`
  // Percent-encoding can lengthen a path ninefold; past the limit the code would not fit.
  return base.length > MAX_SHARE_BASE_LENGTH ? null : base
}

/** An explicitly configured base, or null when it must be refused. */
function acceptedBase(value: string): string | null {
  if (value.length > MAX_SHARE_BASE_LENGTH) return null
  if (HIDDEN_CHARACTERS.test(value) || !WEB_ADDRESS.test(value)) return null
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  // Credentials in the code would be handed to every visitor who scans it.
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null
  return normalisedBase(url)
}

/** Whether a host name only ever means the machine itself, so a phone would reach nothing (or itself). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  if (host === 'localhost' || host.endsWith('.localhost')) return true
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) || host === '0.0.0.0') return true
  // `new URL` writes IPv6 hosts in brackets, compressed, and IPv4-mapped loopback as ::ffff:7fxx:xxxx.
  return (
    host === '[::1]' || host === '[::]' || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(host)
  )
}

/** The page's own address as a base, unless it is not on the web or only reachable from the kiosk. */
function pageBase(pageUrl: string): string | null {
  let url: URL
  try {
    url = new URL(pageUrl)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  if (isLoopbackHost(url.hostname)) return null
  return normalisedBase(url)
}

/**
 * Where shared links start: `?share=URL` first, then the build's `VITE_SHARE_URL`, then the page's
 * own address. An empty value counts as not given; a refused value falls back to the next source.
 */
export function readShareBase(
  search: string,
  buildValue: string | undefined,
  pageUrl: string,
): ShareBaseReading {
  let refused = false
  const given: Array<['query' | 'build', string | null | undefined]> = [
    ['query', new URLSearchParams(search).get('share')],
    ['build', buildValue],
  ]
  for (const [source, value] of given) {
    if (value === null || value === undefined || value === '') continue
    const base = acceptedBase(value)
    if (base !== null) return { base, refused, source }
    refused = true
  }
  const base = pageBase(pageUrl)
  return { base, refused, source: base === null ? null : 'page' }
}

/**
 * The deep link to a place: the base, `?lang=en` for English only, and the place's hash. Nothing
 * else the kiosk was started with (`kiosk`, `idle`, `share`) is passed on to the visitor's phone.
 */
export function shareLinkFor(base: string, place: Place, language: Language): string {
  const bare = base.replace(/[?#][\s\S]*$/, '')
  return `${bare}${language === 'en' ? '?lang=en' : ''}${hashOfPlace(place)}`
}
