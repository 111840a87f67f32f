import { readdirSync, readFileSync } from 'node:fs'
import * as fontkit from 'fontkit'
import { describe, expect, it } from 'vitest'
import { charactersToCover, FONT_PATH } from '../../../scripts/fontChars.mjs'
import { replyNodes } from '../../../src/content'
import { b129 } from '../../support/b129'

const font = fontkit.openSync(FONT_PATH) as fontkit.Font
const covered = (c: string) => font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0)

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(`${dir}/${entry.name}`)
      : /\.tsx?$/.test(entry.name)
        ? [`${dir}/${entry.name}`]
        : [],
  )
}

describe('the self-hosted font', () => {
  it('has a glyph for every character the exhibition can show', () => {
    const missing = charactersToCover().filter((c) => !covered(c))
    expect(missing).toEqual([])
  })

  it('covers every node of the parsed reply, figures and titles included', () => {
    const doc = b129()
    const shown = [
      ...replyNodes(doc).map((n) => n.text),
      ...doc.figures.map((f) => f.label + f.unit + f.qualifier),
    ].join('')
    expect([...new Set(shown)].filter((c) => c.trim() !== '' && !covered(c))).toEqual([])
  })

  it('is the only source of shown text: scene and UI code holds no Chinese literal', () => {
    // Strings shown to visitors come from the reply or the UI dictionaries, which the font covers.
    const code = (file: string) =>
      readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')
    const files = [
      ...sourceFiles('src/scene'),
      ...sourceFiles('src/ui'),
      ...sourceFiles('src/i18n'),
    ]
    expect(files.filter((file) => /\p{Script=Han}/u.test(code(file)))).toEqual([])
    // Symbols written in code (› · × •, escapes such as \\u3000) must be in the font as well.
    const symbols = files.flatMap((file) => {
      const text = code(file).replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      )
      return [...text].filter((c) => c.charCodeAt(0) > 0x7e)
    })
    expect([...new Set(symbols)].filter((c) => !covered(c))).toEqual([])
  })

  it('stays within its 250 KB budget', () => {
    expect(readFileSync(FONT_PATH).length).toBeLessThanOrEqual(250 * 1024)
  })
})
