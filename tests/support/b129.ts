import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseReply, type ReplyDocument } from '../../src/content'

export const B129_PATH = fileURLToPath(new URL('../../assets/reply/B129.txt', import.meta.url))
export const B129_TEXT = readFileSync(B129_PATH, 'utf8')

/** The B129 model; throws with the parser's messages when it does not parse. */
export function b129(): ReplyDocument {
  const result = parseReply(B129_TEXT)
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'))
  return result.document
}
