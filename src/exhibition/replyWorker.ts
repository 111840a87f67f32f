import { decodeSource } from '../content/decodeSource'
import { buildExhibition } from './exhibition'
import type { OpenedMessage } from './openReply'

// Reads a reply file off the page's thread: decoding, parsing and planning a megabyte take
// a moment, and the page (and the exhibition shown meanwhile) must not freeze for it.

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null
  postMessage: (message: OpenedMessage) => void
}

scope.onmessage = (event) => {
  const bytes = new Uint8Array(event.data)
  const decoded = decodeSource(bytes)
  if ('error' in decoded) {
    scope.postMessage({ ok: false, errors: [decoded.error] })
    return
  }
  const result = buildExhibition(bytes)
  // A file opened in the page comes without side data: no translation, no plaques.
  scope.postMessage(
    result.ok
      ? {
          ok: true,
          exhibition: { ...result.exhibition, english: null },
          encoding: decoded.encoding,
        }
      : result,
  )
}
