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

/** The worker reading the latest file, and how to settle its answer when it is replaced. */
let reading: { worker: Worker; stop: () => void } | null = null
// Each file opened gets the next number: only the latest one's answer is shown.
let opened = 0

/** A file opened after this one: its answer no longer matters. */
class Superseded extends Error {
  override name = 'Superseded'
}

/** Parses `bytes` in a worker of its own; a file opened meanwhile stops it (and settles it). */
function parseInWorker(bytes: ArrayBuffer): Promise<OpenedMessage> {
  reading?.stop()
  const own = new Worker(new URL('./replyWorker.ts', import.meta.url), { type: 'module' })
  return new Promise<OpenedMessage>((resolve, reject) => {
    reading = { worker: own, stop: () => reject(new Superseded('another file was opened')) }
    own.onmessage = (event: MessageEvent<OpenedMessage>) => resolve(event.data)
    own.onerror = (event) => reject(new Error(event.message || 'the reply reader stopped'))
    // Handed over, not copied: the page has no more use for them.
    own.postMessage(bytes, [bytes])
  }).finally(() => {
    own.terminate()
    if (reading?.worker === own) reading = null
  })
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
  // Even a file refused at once supersedes one still being read.
  const serial = ++opened
  if (file.size > MAX_SOURCE_BYTES) {
    const size = `${(file.size / 1024 / 1024).toFixed(1)} MB (${file.size} bytes)`
    fail(name, [problem('too-large', size, `a reply of at most 1 MB (${MAX_SOURCE_BYTES} bytes)`)])
    return
  }
  if (file.size === 0) {
    fail(name, [problem('empty', 'an empty file', 'the text of a reply')])
    return
  }
  useOpening.setState({ opening: { status: 'reading', file: name } })
  let result: OpenedMessage
  try {
    const bytes = await file.arrayBuffer()
    // A file opened while this one was read from disk is the one that counts.
    if (serial !== opened) return
    result = await parseInWorker(bytes)
  } catch (error) {
    if (serial !== opened || error instanceof Superseded) return
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
