// The reply a build or dev server shows: B129 unless `--reply path/to/reply.txt` or
// `REPLY=path/to/reply.txt` names another. It is read and checked when the config loads (a reply
// that does not parse stops the build, with every problem as `file:line: message`, before anything
// is written), and handed to the app as the module `virtual:exhibition-reply`, with the side files
// found beside it: `<name>.meta.json` (the exhibition's name), `<name>.bodies.json` (name plaques)
// and `<name>.en.json` (the English translation; without it the language switch is hidden).
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import * as fontkit from 'fontkit'
import subsetFont from 'subset-font'
import type { Alias, Plugin } from 'vite'
import { charactersOf, FONT_SOURCE } from './fontChars.mjs'
import { buildGlyphAtlas, readAtlasHeader } from './glyphAtlas.mjs'
import { parseReply } from '../src/content/parseReply.ts'
import type { ReplyDocument } from '../src/content/types.ts'
import {
  bodyNames,
  checkSideData,
  figureTexts,
  nodeTexts,
  type BodyNames,
  type FigureText,
  type NodeText,
  type SideKind,
} from '../src/content/sideData.ts'
import { defaultName, type ExhibitionName } from '../src/content/exhibitionName.ts'

export { defaultName, type ExhibitionName }

export const DEFAULT_REPLY = 'assets/reply/B129.txt'
const VIRTUAL = 'virtual:exhibition-reply'
// The reply's English, a module of its own so that a Chinese visit never downloads it.
const VIRTUAL_ENGLISH = 'virtual:exhibition-english'

/** A reply's English side data, fingerprints checked and dropped. */
export interface ReplyEnglish {
  nodes: Record<string, string>
  figures: Record<string, { qualifier: string; text: string; label: string }>
  bodies: Record<string, string[]>
}

export interface ReplyInput {
  /** As given, for messages: relative to the project when inside it. */
  file: string
  source: string
  document: ReplyDocument
  name: ExhibitionName
  bodies: Record<string, string[]>
  /** The English translation beside it (`.en.json`, checked), else null. */
  english: ReplyEnglish | null
  /** What may be wrong in it, one `file:line: warning: message` each (the build prints them). */
  warnings: string[]
}

/** The reply path from `--reply <path>`, `--reply=<path>` or REPLY, else B129. */
export function replyPath(argv = process.argv, env = process.env): string {
  const at = argv.indexOf('--reply')
  const given =
    (at >= 0 ? argv[at + 1] : undefined) ??
    argv.find((arg) => arg.startsWith('--reply='))?.slice('--reply='.length) ??
    env.REPLY
  return given && given.trim() !== '' ? given : DEFAULT_REPLY
}

const sideFile = (path: string, suffix: string) =>
  join(dirname(path), `${basename(path, '.txt')}${suffix}`)

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`)
  }
}

/** Reads and checks the reply at `path`; throws with every problem, one `file:line: message` each. */
export function readReply(path: string, root = process.cwd()): ReplyInput {
  const absolute = resolve(root, path)
  const file = relative(root, absolute).startsWith('..') ? absolute : relative(root, absolute)
  if (!existsSync(absolute)) throw new Error(`${file}: no such file`)
  const source = readFileSync(absolute, 'utf8')
  const parsed = parseReply(source)
  if (!parsed.ok)
    throw new Error(
      parsed.errors
        .map(
          (error) =>
            `${file}${error.line > 0 ? `:${error.line}` : ''}: ${error.message.replace(/^line \d+: /, '')}`,
        )
        .join('\n'),
    )
  const metaPath = sideFile(absolute, '.meta.json')
  const meta = existsSync(metaPath)
    ? (readJson(metaPath) as { name?: Partial<ExhibitionName> })
    : {}
  const fallback = defaultName(parsed.document)
  // Side files, each checked against the reply: one stale or foreign entry stops the build.
  const problems: string[] = []
  const side = <T>(suffix: string, kind: SideKind): Record<string, T> | null => {
    const path = sideFile(absolute, suffix)
    if (!existsSync(path)) return null
    const data = readJson(path)
    const found = checkSideData(parsed.document, sideFile(file, suffix), kind, data)
    problems.push(...found)
    return found.length === 0 ? (data as Record<string, T>) : null
  }
  const bodies = side<BodyNames>('.bodies.json', 'bodies')
  const nodesEn = side<NodeText>('.en.json', 'nodes')
  const figuresEn = side<FigureText>('.figures.en.json', 'figures')
  const bodiesEn = side<BodyNames>('.bodies.en.json', 'bodies')
  if (problems.length > 0) throw new Error(problems.join('\n'))
  return {
    file,
    source,
    document: parsed.document,
    name: {
      zh: meta.name?.zh ?? fallback.zh,
      en: meta.name?.en ?? fallback.en,
      short: meta.name?.short ?? fallback.short,
    },
    bodies: bodies ? bodyNames(bodies) : {},
    english: nodesEn
      ? {
          nodes: nodeTexts(nodesEn),
          figures: figuresEn ? figureTexts(figuresEn) : {},
          bodies: bodiesEn ? bodyNames(bodiesEn) : {},
        }
      : null,
    warnings: parsed.document.warnings.map(
      (warning) =>
        `${file}:${warning.line}: warning: ${warning.message.replace(/^line \d+: /, '')}`,
    ),
  }
}

/** Every character an exhibition of `reply` shows: the committed font must have them all. */
export function replyCharacters(reply: ReplyInput): string[] {
  return charactersOf([
    reply.source,
    reply.name.zh,
    reply.name.en,
    reply.name.short,
    ...Object.values(reply.bodies).flat(),
    // The English side text is drawn by the same font (é, ā, ’ in names and quotations).
    ...Object.values(reply.english?.nodes ?? {}),
    ...Object.values(reply.english?.figures ?? {}).flatMap((f) => [f.qualifier, f.text, f.label]),
    ...Object.values(reply.english?.bodies ?? {}).flat(),
  ])
}

/**
 * The font and glyph atlas for a reply: the committed ones when they hold all its characters
 * (B129's do), else a subset and an atlas made for it from the full typeface (some 20 s, kept in
 * `node_modules/.cache` for the next build of the same characters). Throws naming any character
 * the typeface itself lacks.
 */
export async function replyFonts(
  reply: ReplyInput,
  cache = 'node_modules/.cache/exhibition-reply-fonts',
): Promise<{ woff: string; atlas: string } | null> {
  const characters = replyCharacters(reply)
  const committed = readAtlasHeader()
  if (committed && characters.every((c) => committed.characters.includes(c))) return null
  const typeface = fontkit.openSync(FONT_SOURCE) as unknown as {
    hasGlyphForCodePoint: (code: number) => boolean
  }
  const lacking = characters.filter((c) => !typeface.hasGlyphForCodePoint(c.codePointAt(0) ?? 0))
  if (lacking.length > 0)
    throw new Error(
      `${reply.file}: the exhibition's typeface (Noto Sans SC) has no glyph for ${lacking.length} character(s): ${lacking.join(' ')}`,
    )
  const key = createHash('sha256').update(characters.join('')).digest('hex').slice(0, 16)
  const folder = resolve(cache, key)
  const woff = join(folder, 'exhibition-sans.woff')
  const atlas = join(folder, 'exhibition-glyphs.bin')
  if (existsSync(woff) && existsSync(atlas)) return { woff, atlas }
  mkdirSync(folder, { recursive: true })
  const subset = await subsetFont(readFileSync(FONT_SOURCE), characters.join(''), {
    targetFormat: 'woff',
  })
  writeFileSync(`${woff}.part`, subset)
  writeFileSync(`${atlas}.part`, buildGlyphAtlas(characters, `${woff}.part`))
  // Whole files or none: a build stopped half way leaves nothing that looks finished.
  renameSync(`${woff}.part`, woff)
  renameSync(`${atlas}.part`, atlas)
  return { woff, atlas }
}

/** Hands the reply to the app as `virtual:exhibition-reply`, and its names to the page. */
export function exhibitionReply(reply: ReplyInput): Plugin {
  const input = () => reply
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  return {
    name: 'exhibition-reply',
    // A reply with characters the committed font lacks gets its own font and atlas, in place of
    // the committed ones wherever the app imports them.
    async config() {
      // Printed once, before the build's own output: the exhibition is built all the same.
      for (const warning of input().warnings) console.warn(warning)
      const fonts = await replyFonts(input())
      if (!fonts) return undefined
      const alias: Alias[] = [
        { find: /^.*\/assets\/fonts\/exhibition-sans\.woff$/, replacement: fonts.woff },
        {
          find: /^.*\/assets\/fonts\/exhibition-glyphs\.bin(\?url)?$/,
          replacement: `${fonts.atlas}$1`,
        },
      ]
      return { resolve: { alias } }
    },
    resolveId: (id) => (id === VIRTUAL || id === VIRTUAL_ENGLISH ? `\0${id}` : null),
    load(id) {
      const { file, source, name, bodies, english } = input()
      if (id === `\0${VIRTUAL_ENGLISH}`) return `export default ${JSON.stringify(english)}`
      if (id !== `\0${VIRTUAL}`) return null
      this.addWatchFile(resolve(file))
      const translated = english !== null
      return `export default ${JSON.stringify({ file: basename(file), source, name, bodies, translated })}`
    },
    transformIndexHtml: (html) => {
      const { document, name, file } = input()
      // The share picture (assets/public/preview.png) is B129's lobby: another reply's page
      // shows none rather than the wrong one.
      const own = resolve(file) === resolve(DEFAULT_REPLY)
      const pictured = own
        ? html
        : html
            .replace(/\s*<meta property="og:image[^>]*>/g, '')
            .replace('content="summary_large_image"', 'content="summary"')
      return pictured
        .replaceAll('%REPLY_TITLE%', escape(document.meta.title.value))
        .replaceAll('%REPLY_ISSUER%', escape(document.meta.issuer.value))
        .replaceAll('%EXHIBITION_NAME%', escape(name.zh))
        .replaceAll('%HALL_COUNT%', String(document.recommendations.length))
        .replaceAll(
          '%EXHIBIT_COUNT%',
          String(document.recommendations.reduce((sum, r) => sum + r.measures.length, 0)),
        )
    },
  }
}
