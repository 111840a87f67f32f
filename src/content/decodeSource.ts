import type { ParseError } from './types'

/** Replies are a few kilobytes; anything over this is not a reply and would stall the page. */
export const MAX_SOURCE_BYTES = 1024 * 1024

// C0 controls other than tab, line feed, carriage return and form feed mean binary data.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BINARY = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/

function wholeTextError(code: ParseError['code'], found: string, expected: string): ParseError {
  return { code, line: 0, found, expected, message: `${expected}; found ${found}` }
}

/** Turns bytes or a string into checked text, or says why it cannot be a reply. */
export function decodeSource(input: string | Uint8Array): { text: string } | { error: ParseError } {
  let text: string
  if (typeof input === 'string') {
    text = input
    const bytes = new TextEncoder().encode(text).length
    if (bytes > MAX_SOURCE_BYTES) {
      return {
        error: wholeTextError(
          'too-large',
          `${bytes} bytes`,
          `a reply of at most ${MAX_SOURCE_BYTES} bytes`,
        ),
      }
    }
    if (text.includes('\uFFFD')) {
      return {
        error: wholeTextError(
          'not-utf8',
          'U+FFFD replacement characters (bytes that were not UTF-8)',
          'text decoded from UTF-8',
        ),
      }
    }
  } else {
    if (input.length > MAX_SOURCE_BYTES) {
      return {
        error: wholeTextError(
          'too-large',
          `${input.length} bytes`,
          `a reply of at most ${MAX_SOURCE_BYTES} bytes`,
        ),
      }
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input)
    } catch {
      return {
        error: wholeTextError('not-utf8', 'bytes that are not valid UTF-8', 'a UTF-8 text file'),
      }
    }
  }
  const binary = BINARY.exec(text)
  if (binary) {
    const line = text.slice(0, binary.index).split('\n').length
    const code = binary[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()
    return {
      error: {
        code: 'binary',
        line,
        found: `control character U+${code}`,
        expected: 'plain text',
        message: `line ${line}: control character U+${code} means this is binary data, not a reply text`,
      },
    }
  }
  text = text.replace(/^\uFEFF/, '')
  if (text.trim() === '') {
    return { error: wholeTextError('empty', 'no text', 'the text of a reply') }
  }
  return { text }
}
