import type { ParseError } from './types'

/** Replies are a few kilobytes; anything over this is not a reply and would stall the page. */
export const MAX_SOURCE_BYTES = 1024 * 1024

// C0 controls other than tab, line feed, carriage return and form feed mean binary data.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BINARY = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/

function wholeTextError(code: ParseError['code'], found: string, expected: string): ParseError {
  return { code, line: 0, found, expected, message: `expected ${expected}; found ${found}` }
}

/** How a reply file's bytes were read. */
export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

// Files that are not text at all, recognised by their first bytes, named in the message.
const FORMATS: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (a .docx, .xlsx or .zip file)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an Office 97–2003 document (.doc, .xls)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'],
]

function formatOf(bytes: Uint8Array): string | null {
  const found = FORMATS.find(([magic]) => magic.every((byte, i) => bytes[i] === byte))
  return found ? found[1] : null
}

/** UTF-16 by its byte order mark, or by the zero bytes that ASCII characters leave in it. */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  const sample = bytes.subarray(0, 4096)
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue
    if (i % 2 === 1) oddZeros++
    else evenZeros++
  }
  // UTF-8 text has no zero bytes at all; Chinese UTF-16 has them in the high byte of each ASCII
  // character (line ends, digits: a few in a hundred) and almost never in the other.
  const half = sample.length / 2
  if (oddZeros > half * 0.02 && evenZeros < oddZeros / 8) return 'utf-16le'
  if (evenZeros > half * 0.02 && oddZeros < evenZeros / 8) return 'utf-16be'
  return null
}

/**
 * Whether bytes that are not valid UTF-8 are mostly UTF-8 all the same (a damaged file, not
 * another encoding): GB18030 text holds almost no valid UTF-8 sequences of two bytes or more.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0
  let invalid = 0
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0
    let ok = length > 0
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80
    if (length > 1 && ok) valid++
    if (!ok) invalid++
    i += ok ? length : 1
  }
  return valid > invalid * 4
}

function decodeAs(encoding: SourceEncoding, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** Reads a file's bytes as text in the encoding it is in, or says what it is instead. */
function decodeBytes(
  input: Uint8Array,
): { text: string; encoding: SourceEncoding } | { error: ParseError } {
  const format = formatOf(input)
  if (format)
    return {
      error: {
        code: 'binary',
        line: 0,
        found: format,
        expected: 'a plain text file',
        message: `this is ${format}, not a text file: save the reply as plain text (.txt) and open that`,
      },
    }
  const utf16 = utf16Of(input)
  if (utf16) {
    const text = decodeAs(utf16, input)
    if (text !== null) return { text, encoding: utf16 }
    return {
      error: wholeTextError('not-utf8', `broken ${utf16.toUpperCase()} text`, 'a UTF-8 text file'),
    }
  }
  const utf8 = decodeAs('utf-8', input)
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' }
  if (mostlyUtf8(input))
    return {
      error: wholeTextError('not-utf8', 'UTF-8 text with damaged bytes', 'a UTF-8 text file'),
    }
  // A reply saved by an older Chinese editor: GB18030 (GBK, GB2312) is read as such.
  const gb = decodeAs('gb18030', input)
  if (gb !== null && !BINARY.test(gb)) return { text: gb, encoding: 'gb18030' }
  return {
    error: wholeTextError(
      'not-utf8',
      'bytes that are neither UTF-8 nor GB18030',
      'a text file in UTF-8 (or GB18030)',
    ),
  }
}

/**
 * Turns bytes or a string into checked text, or says why it cannot be a reply: too large, not
 * text (and what it is, when its first bytes say), an encoding it cannot be read in, binary data
 * or nothing at all. Bytes may be UTF-8, UTF-16 or GB18030; `encoding` says which they were.
 */
export function decodeSource(
  input: string | Uint8Array,
): { text: string; encoding: SourceEncoding } | { error: ParseError } {
  let text: string
  let encoding: SourceEncoding = 'utf-8'
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
    const decoded = decodeBytes(input)
    if ('error' in decoded) return decoded
    ;({ text, encoding } = decoded)
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
  return { text, encoding }
}
