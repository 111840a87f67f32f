// Serves a built dist/ folder for a kiosk PC, offline, with nothing but Node's standard library:
// correct content types, cache headers the service worker can rely on, the page's
// Content-Security-Policy as a header (with frame-ancestors, which a meta tag cannot carry),
// and /healthz for monitoring.
//
//   npm run serve -- [--dir dist] [--port 8080] [--host 127.0.0.1] [--verbose]
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { networkInterfaces } from 'node:os'
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export const DEFAULT_PORT = 8080
export const DEFAULT_HOST = '127.0.0.1'

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

/** The Content-Type for a file name; unknown kinds are sent as bytes (and nosniff keeps them so). */
export function contentTypeFor(path) {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

// Vite names emitted files `name-HASH.ext` (8 URL-safe base64 characters).
const HASHED_NAME = /-[A-Za-z0-9_-]{8,}\.[A-Za-z0-9]+$/
// Files whose name stays the same from build to build: always revalidated.
const UNHASHED_ENTRY =
  /^(index\.html|sw\.js|workbox-[^/]*\.js|registerSW\.js|manifest\.webmanifest)$/

/**
 * Cache-Control for a path relative to the served folder (`assets/index-AbCd1234.js`):
 * hashed assets never change, so they are kept for a year; the entry files that name them are
 * revalidated on every use; anything else is kept for an hour.
 */
export function cacheControlFor(path) {
  const rel = path.replace(/\\/g, '/').replace(/^\/+/, '')
  const name = rel.slice(rel.lastIndexOf('/') + 1)
  if (rel.startsWith('assets/') && HASHED_NAME.test(name))
    return 'public, max-age=31536000, immutable'
  if (UNHASHED_ENTRY.test(name)) return 'no-cache'
  return 'public, max-age=3600'
}

/**
 * The file a request path names under root, or null when the path is refused: not absolute,
 * badly percent-encoded, holding NUL, a backslash, an encoded slash, a `..` segment or a
 * dot-file segment, or resolving outside root. The query string, if any, is ignored.
 */
export function safePath(root, urlPath) {
  if (typeof urlPath !== 'string') return null
  const raw = urlPath.split(/[?#]/, 1)[0] ?? ''
  if (!raw.startsWith('/') || raw.startsWith('//')) return null
  if (/%2f|%5c|%00/i.test(raw) || raw.includes('\\') || raw.includes('\0')) return null
  let decoded
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const segments = decoded.split('/').filter((s) => s !== '')
  if (segments.some((s) => s === '..' || s.startsWith('.'))) return null
  const base = resolve(root)
  const file = resolve(base, ...segments)
  const rel = relative(base, file)
  if (rel.startsWith('..') || isAbsolute(rel)) return null
  return file
}

/** The policy of the page's `<meta http-equiv="Content-Security-Policy" content="…">`, or null. */
export function readMetaCsp(html) {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["'\s/>]/i.test(tag)) continue
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag)
    if (content) return (content[1] ?? content[2] ?? '').trim()
  }
  return null
}

/** The header form of the page's policy: the same directives plus `frame-ancestors 'none'`. */
export function cspHeader(metaPolicy) {
  const directives = (metaPolicy ?? '')
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '' && !/^frame-ancestors\b/i.test(d))
  return [...directives, "frame-ancestors 'none'"].join('; ')
}

/** writeHead with setHeader, so the headers can be read back (for the request log). */
function respond(res, status, headers) {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
  res.writeHead(status)
}

function countFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length
}

function formatHost(host) {
  return host.includes(':') ? `[${host}]` : host
}

/** How to show the served folder in messages: relative to the working folder when inside it. */
export function shownDir(root) {
  const rel = relative(process.cwd(), root)
  const shown = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? root : rel
  return `${shown.replace(/\\/g, '/').replace(/\/$/, '')}/`
}

/** Throws an Error with a message for the technician when root holds no build. */
export function checkBuild(root) {
  const index = join(root, 'index.html')
  let ok = false
  try {
    ok = statSync(index).isFile()
  } catch {
    ok = false
  }
  if (!ok) {
    const error = new Error(`no build in ${shownDir(root)}: run npm run build first`)
    error.code = 'ENOBUILD'
    throw error
  }
}

/**
 * The request handler for a built folder. The folder is looked up again on every request, so
 * a new build renamed into its place is served without a restart.
 */
export function createHandler({ root, verbose = false, log = console.log }) {
  const base = resolve(root)
  let cspCache = { key: '', value: cspHeader(null) }

  function currentCsp() {
    try {
      const index = join(base, 'index.html')
      const info = statSync(index)
      const key = `${info.mtimeMs}:${info.size}`
      if (cspCache.key !== key)
        cspCache = { key, value: cspHeader(readMetaCsp(readFileSync(index, 'utf8'))) }
    } catch {
      // No index.html: keep the last policy (or frame-ancestors alone).
    }
    return cspCache.value
  }

  function baseHeaders() {
    return {
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': currentCsp(),
    }
  }

  function sendText(req, res, status, text, extra = {}) {
    const body = Buffer.from(`${text}\n`)
    respond(res, status, {
      ...baseHeaders(),
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      ...extra,
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  function sendHealth(req, res) {
    let body
    let status = 200
    try {
      const info = statSync(join(base, 'index.html'))
      if (!info.isFile()) throw new Error('index.html is not a file')
      body = { ok: true, dir: shownDir(base).replace(/\/$/, ''), files: countFiles(base) }
      body.build = info.mtime.toISOString()
    } catch {
      status = 503
      body = { ok: false, dir: shownDir(base).replace(/\/$/, ''), error: 'index.html missing' }
    }
    const data = Buffer.from(JSON.stringify(body))
    respond(res, status, {
      ...baseHeaders(),
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': data.length,
      'Cache-Control': 'no-store',
    })
    res.end(req.method === 'HEAD' ? undefined : data)
  }

  /** The file a safe path stands for, following links only when they stay in the folder. */
  async function findFile(file) {
    try {
      const [realBase, realFile] = await Promise.all([realpath(base), realpath(file)])
      const rel = relative(realBase, realFile)
      if (rel.startsWith('..') || isAbsolute(rel)) return null
      const info = await stat(realFile)
      return info.isFile() ? { path: realFile, rel, info } : null
    } catch {
      return null
    }
  }

  async function sendFile(req, res, found) {
    const { path, rel, info } = found
    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`
    const headers = {
      ...baseHeaders(),
      'Content-Type': contentTypeFor(path),
      'Cache-Control': cacheControlFor(rel),
      'Last-Modified': info.mtime.toUTCString(),
      ETag: etag,
    }
    const since = Date.parse(req.headers['if-modified-since'] ?? '')
    const fresh = req.headers['if-none-match']
      ? req.headers['if-none-match'].split(',').some((t) => t.trim() === etag)
      : !Number.isNaN(since) && Math.floor(info.mtimeMs / 1000) <= Math.floor(since / 1000)
    if (fresh) {
      respond(res, 304, headers)
      res.end()
      return
    }
    headers['Content-Length'] = info.size
    if (req.method === 'HEAD') {
      respond(res, 200, headers)
      res.end()
      return
    }
    const stream = createReadStream(path)
    stream.once('open', () => {
      respond(res, 200, headers)
      stream.pipe(res)
    })
    stream.once('error', () => {
      if (!res.headersSent) sendText(req, res, 500, 'Internal Server Error')
      else res.destroy()
    })
  }

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(req, res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' })
      return
    }
    const url = req.url ?? ''
    const pathOnly = url.split(/[?#]/, 1)[0] ?? ''
    if (pathOnly === '/healthz') {
      sendHealth(req, res)
      return
    }
    const file = safePath(base, url)
    if (file === null) {
      sendText(req, res, 403, 'Forbidden')
      return
    }
    const found = await findFile(file)
    if (found) {
      await sendFile(req, res, found)
      return
    }
    // A missing file with an extension is missing; any other path is a route of the app.
    const last = relative(base, file).split(/[\\/]/).pop() ?? ''
    if (extname(last) !== '') {
      sendText(req, res, 404, 'Not Found')
      return
    }
    const index = await findFile(join(base, 'index.html'))
    if (index) await sendFile(req, res, index)
    else sendText(req, res, 503, `no build in ${shownDir(base)}: run npm run build first`)
  }

  return (req, res) => {
    const started = process.hrtime.bigint()
    if (verbose) {
      res.once('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6
        const length = res.getHeader('Content-Length') ?? '-'
        log(
          `${new Date().toISOString()} ${req.socket.remoteAddress ?? '-'} ${req.method} ${req.url} ${res.statusCode} ${length} ${ms.toFixed(1)}ms`,
        )
      })
    }
    handle(req, res).catch(() => {
      if (!res.headersSent) sendText(req, res, 500, 'Internal Server Error')
      else res.destroy()
    })
  }
}

/**
 * Starts serving root on host:port (port 0: any free port). Rejects with code ENOBUILD when
 * root holds no build, or with the listen error (EADDRINUSE, EACCES…).
 */
export async function startServer({
  root,
  port = DEFAULT_PORT,
  host = DEFAULT_HOST,
  verbose = false,
  log = console.log,
}) {
  const base = resolve(root)
  checkBuild(base)
  const server = createServer(createHandler({ root: base, verbose, log }))
  server.keepAliveTimeout = 5_000
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolvePromise(server)
    })
  })
}

/** The URLs to print: the one served, and for a wildcard host the machine's LAN addresses. */
export function urlsFor(host, port) {
  const wildcard = host === '0.0.0.0' || host === '::'
  const local = wildcard ? (host === '::' ? '[::1]' : '127.0.0.1') : formatHost(host)
  const lan = []
  if (wildcard) {
    for (const addresses of Object.values(networkInterfaces())) {
      for (const a of addresses ?? []) {
        if (a.internal) continue
        if (a.family === 'IPv4' || (host === '::' && a.family === 'IPv6' && !a.scopeid))
          lan.push(`http://${formatHost(a.address)}:${port}/`)
      }
    }
  }
  return { local: `http://${local}:${port}/`, lan }
}

const USAGE = `Usage: npm run serve -- [--dir dist] [--port 8080] [--host 127.0.0.1] [--verbose]

  --dir DIR     the built folder to serve (default: dist/ of this repository)
  --port N      port to listen on (default: $PORT or 8080; 0 = any free port)
  --host ADDR   address to listen on (default 127.0.0.1; 0.0.0.0 serves the LAN)
  --verbose     log one line per request
  --help        show this text

GET /healthz answers {"ok":true,...} while the folder holds a build.`

/** The options of a command line (process.argv.slice(2)) and environment. Throws on bad input. */
export function parseOptions(argv, env = process.env) {
  const { values } = parseArgs({
    args: argv,
    options: {
      dir: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  })
  const portText = values.port ?? env.PORT ?? String(DEFAULT_PORT)
  const port = Number(portText)
  if (!/^\d+$/.test(portText.trim()) || port > 65535)
    throw new Error(`--port must be a number from 0 to 65535, not "${portText}"`)
  return {
    // npm runs scripts in the repository; INIT_CWD is where the command was typed.
    root:
      values.dir === undefined
        ? join(REPO_ROOT, 'dist')
        : resolve(env.INIT_CWD ?? process.cwd(), values.dir),
    port,
    host: values.host ?? DEFAULT_HOST,
    verbose: values.verbose,
    help: values.help,
  }
}

async function main() {
  let options
  try {
    options = parseOptions(process.argv.slice(2))
  } catch (error) {
    console.error(`serve: ${error.message}\n\n${USAGE}`)
    process.exit(2)
  }
  if (options.help) {
    console.log(USAGE)
    return
  }
  let server
  try {
    server = await startServer(options)
  } catch (error) {
    const where = `${formatHost(options.host)}:${options.port}`
    if (error.code === 'ENOBUILD') console.error(`serve: ${error.message}`)
    else if (error.code === 'EADDRINUSE')
      console.error(
        `serve: port ${options.port} is already in use on ${options.host}: stop what uses it, or pick another port with --port ${options.port === 8080 ? 8081 : 8080}`,
      )
    else if (error.code === 'EACCES')
      console.error(`serve: not allowed to listen on ${where}: use a port above 1023 (--port 8080)`)
    else if (error.code === 'EADDRNOTAVAIL')
      console.error(`serve: ${options.host} is not an address of this machine (--host)`)
    else console.error(`serve: cannot listen on ${where}: ${error.message}`)
    process.exit(1)
  }
  const { port } = server.address()
  const { local, lan } = urlsFor(options.host, port)
  console.log(`Serving ${shownDir(options.root)} on ${local} (kiosk: ${local}?kiosk)`)
  for (const url of lan) console.log(`  on the network: ${url}`)

  let stopping = false
  const stop = (signal) => {
    if (stopping) return
    stopping = true
    console.log(`serve: ${signal}, stopping`)
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => {
      server.closeAllConnections()
      process.exit(0)
    }, 3_000).unref()
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main()
}
