import { create } from 'zustand'
import { MAX_SOURCE_BYTES, type ParseError } from '../content'
import type { SourceEncoding } from '../content/decodeSource'
import { logError } from '../errorLog'
import type { Exhibition } from './exhibition'

// Opening a reply file in the page (a file picker or a drop): the file is read in a worker, and
// either shown as the exhibition, or its problems are listed while the exhibition shown stays.

/** What the worker answers. */
export type OpenedMessage =
  | { ok: true; exhibition: Exhibition; encoding: SourceEncoding }
  | { ok: false; errors: ParseError[] }

export type Opening =
  | { status: 'idle' }
  | { status: 'reading'; file: string }
  | { status: 'failed'; file: string; errors: ParseError[] }

/** The state of the last file opened, for the page to show. */
export const useOpening = create<{ opening: Opening }>(() => ({ opening: { status: 'idle' } }))

/** How many of a file's problems are listed; the rest are counted. */
export const PROBLEMS_SHOWN = 20

const fail = (file: string, errors: ParseError[]) =>
  useOpening.setState({ opening: { status: 'failed', file, errors } })

const problem = (code: ParseError['code'], found: string, expected: string): ParseError => ({
  code,
  line: 0,
  found,
  expected,
  message: `expected ${expected}; found ${found}`,
})

let worker: Worker | null = null
// Each file opened gets the next number: only the latest one's answer is shown.
let opened = 0

/** Parses `bytes` in a worker of its own (a file opened while another is read replaces it). */
function parseInWorker(bytes: ArrayBuffer): Promise<OpenedMessage> {
  worker?.terminate()
  const own = new Worker(new URL('./replyWorker.ts', import.meta.url), { type: 'module' })
  worker = own
  return new Promise((resolve, reject) => {
    own.onmessage = (event: MessageEvent<OpenedMessage>) => resolve(event.data)
    own.onerror = (event) => reject(new Error(event.message || 'the reply reader stopped'))
    // Handed over, not copied: the page has no more use for them.
    own.postMessage(bytes, [bytes])
  }).finally(() => {
    own.terminate()
    if (worker === own) worker = null
  }) as Promise<OpenedMessage>
}

/**
 * Reads a file a visitor opened and, when it is a reply, hands its exhibition to `show`. A file
 * too large or empty is refused before it is read; anything else is read off the page's thread.
 */
export async function openReplyFile(
  file: File,
  show: (exhibition: Exhibition, encoding: SourceEncoding) => void,
): Promise<void> {
  const name = file.name || 'reply.txt'
  opened++
  if (file.size > MAX_SOURCE_BYTES) {
    const size = `${(file.size / 1024 / 1024).toFixed(1)} MB (${file.size} bytes)`
    fail(name, [problem('too-large', size, `a reply of at most 1 MB (${MAX_SOURCE_BYTES} bytes)`)])
    return
  }
  if (file.size === 0) {
    fail(name, [problem('empty', 'an empty file', 'the text of a reply')])
    return
  }
  const serial = ++opened
  useOpening.setState({ opening: { status: 'reading', file: name } })
  let result: OpenedMessage
  try {
    result = await parseInWorker(await file.arrayBuffer())
  } catch (error) {
    if (serial !== opened) return
    logError('open reply', error)
    const message = error instanceof Error ? error.message : String(error)
    fail(name, [problem('internal', `an error while reading it: ${message}`, 'a readable file')])
    return
  }
  // Another file was opened meanwhile: its answer is the one that counts.
  if (serial !== opened) return
  if (!result.ok) {
    fail(name, result.errors)
    return
  }
  useOpening.setState({ opening: { status: 'idle' } })
  show(result.exhibition, result.encoding)
}

/** The file's problems have been read: the list closes, the exhibition shown stays. */
export function dismissOpening(): void {
  useOpening.setState({ opening: { status: 'idle' } })
}
