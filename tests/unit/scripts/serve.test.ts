import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { request, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  cacheControlFor,
  contentTypeFor,
  cspHeader,
  parseOptions,
  readMetaCsp,
  safePath,
  startServer,
} from '../../../scripts/serve.mjs'

const POLICY = "default-src 'self'; script-src 'self' blob:; object-src 'none'"
const INDEX = `<!doctype html>
<html>
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="${POLICY}" />
    <script type="module" src="./assets/index-AbCd12_-.js"></script>
  </head>
  <body></body>
</html>
`

interface Reply {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

/** A raw request: the path goes out exactly as written (fetch would normalise `..` away). */
function get(port: number, path: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

describe('cacheControlFor', () => {
  it('keeps hashed assets for a year, revalidates entry files, keeps the rest an hour', () => {
    const year = 'public, max-age=31536000, immutable'
    expect(cacheControlFor('assets/index-DerVbSJO.js')).toBe(year)
    expect(cacheControlFor('/assets/events-e51d7528.esm-CqEj63rf.js')).toBe(year)
    expect(cacheControlFor('assets/exhibition-sans-Cl3TxB6i.woff')).toBe(year)
    expect(cacheControlFor('assets/workbox-window.prod.es5-Bd17z0YL.js')).toBe(year)
    for (const name of [
      'index.html',
      'sw.js',
      'workbox-9c191d2f.js',
      'registerSW.js',
      'manifest.webmanifest',
    ])
      expect(cacheControlFor(name)).toBe('no-cache')
    expect(cacheControlFor('pavilion.svg')).toBe('public, max-age=3600')
    expect(cacheControlFor('assets/logo.svg')).toBe('public, max-age=3600')
    expect(cacheControlFor('index-DerVbSJO.js')).toBe('public, max-age=3600')
  })
})

describe('contentTypeFor', () => {
  it('names every kind of file a build holds', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeFor('a.js')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeFor('a.mjs')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8')
    expect(contentTypeFor('a.json')).toMatch(/^application\/json/)
    expect(contentTypeFor('a.js.map')).toMatch(/^application\/json/)
    expect(contentTypeFor('manifest.webmanifest')).toMatch(/^application\/manifest\+json/)
    expect(contentTypeFor('a.svg')).toMatch(/^image\/svg\+xml/)
    expect(contentTypeFor('a.PNG')).toBe('image/png')
    expect(contentTypeFor('a.ico')).toBe('image/x-icon')
    expect(contentTypeFor('a.woff')).toBe('font/woff')
    expect(contentTypeFor('a.woff2')).toBe('font/woff2')
    expect(contentTypeFor('a.txt')).toBe('text/plain; charset=utf-8')
    expect(contentTypeFor('a.exe')).toBe('application/octet-stream')
  })
})

describe('safePath', () => {
  const root = join(tmpdir(), 'serve-root')

  it('maps request paths into the folder and ignores the query', () => {
    expect(safePath(root, '/')).toBe(root)
    expect(safePath(root, '/assets/a-12345678.js?v=1#x')).toBe(join(root, 'assets/a-12345678.js'))
    expect(safePath(root, '/%E5%B1%95.txt')).toBe(join(root, '展.txt'))
  })

  it('refuses traversal, NUL, backslashes, encoded slashes, dot-files and bad encoding', () => {
    for (const path of [
      '/../etc/passwd',
      '/assets/../../etc/passwd',
      '/%2e%2e/etc/passwd',
      '/assets%2f..%2f..%2fetc%2fpasswd',
      '/assets%2F..%2Fx',
      '/..%5c..%5cwindows',
      '/a\\..\\b',
      '/index.html%00.js',
      '/a\0b',
      '/.git/config',
      '/%E0%A4%A',
      'relative/path',
      '//evil.example/x',
    ])
      expect(safePath(root, path), path).toBeNull()
  })
})

describe('readMetaCsp and cspHeader', () => {
  it('reads the meta policy and adds frame-ancestors', () => {
    expect(readMetaCsp(INDEX)).toBe(POLICY)
    expect(cspHeader(POLICY)).toBe(`${POLICY}; frame-ancestors 'none'`)
    expect(cspHeader(null)).toBe("frame-ancestors 'none'")
    expect(cspHeader("default-src 'self'; frame-ancestors *;")).toBe(
      "default-src 'self'; frame-ancestors 'none'",
    )
    expect(readMetaCsp('<meta charset="utf-8">')).toBeNull()
  })
})

describe('parseOptions', () => {
  it('takes --port, then PORT, then 8080; loopback unless --host', () => {
    expect(parseOptions([], {})).toMatchObject({ port: 8080, host: '127.0.0.1', verbose: false })
    expect(parseOptions([], { PORT: '9000' }).port).toBe(9000)
    expect(parseOptions(['--port', '8181'], { PORT: '9000' }).port).toBe(8181)
    expect(parseOptions(['--host', '0.0.0.0', '--verbose'], {})).toMatchObject({
      host: '0.0.0.0',
      verbose: true,
    })
    expect(parseOptions([], {}).root).toMatch(/dist$/)
    expect(() => parseOptions(['--port', 'eighty'], {})).toThrow(/--port/)
    expect(() => parseOptions(['--prot', '1'], {})).toThrow()
  })
})

describe('the server', () => {
  let root: string
  let server: Server
  let port: number

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'serve-test-'))
    mkdirSync(join(root, 'assets'))
    writeFileSync(join(root, 'index.html'), INDEX)
    writeFileSync(join(root, 'assets', 'index-AbCd12_-.js'), 'console.log(1)\n')
    writeFileSync(join(root, 'assets', 'index-AbCd12_-.css'), 'body{}\n')
    writeFileSync(join(root, 'sw.js'), 'self.skipWaiting()\n')
    writeFileSync(join(root, 'manifest.webmanifest'), '{}\n')
    writeFileSync(join(root, 'pavilion.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>\n')
    writeFileSync(join(tmpdir(), 'serve-test-secret.txt'), 'secret\n')
    server = await startServer({ root, port: 0, host: '127.0.0.1' })
    port = (server.address() as AddressInfo).port
  })

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    rmSync(root, { recursive: true, force: true })
    rmSync(join(tmpdir(), 'serve-test-secret.txt'), { force: true })
  })

  it('serves index.html for / with the policy and frame-ancestors as a header', async () => {
    const reply = await get(port, '/?kiosk&idle=90&utm_source=qr')
    expect(reply.status).toBe(200)
    expect(reply.body).toBe(INDEX)
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(reply.headers['cache-control']).toBe('no-cache')
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    expect(reply.headers['content-security-policy']).toBe(`${POLICY}; frame-ancestors 'none'`)
  })

  it('serves hashed assets immutable and the service worker and manifest no-cache', async () => {
    const js = await get(port, '/assets/index-AbCd12_-.js')
    expect(js.status).toBe(200)
    expect(js.body).toBe('console.log(1)\n')
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const css = await get(port, '/assets/index-AbCd12_-.css')
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8')
    const sw = await get(port, '/sw.js')
    expect(sw.status).toBe(200)
    expect(sw.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(sw.headers['cache-control']).toBe('no-cache')
    const manifest = await get(port, '/manifest.webmanifest')
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/)
    expect(manifest.headers['cache-control']).toBe('no-cache')
    const svg = await get(port, '/pavilion.svg')
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/)
    expect(svg.headers['cache-control']).toBe('public, max-age=3600')
  })

  it('answers HEAD with the headers and no body, and revalidation with 304', async () => {
    const head = await get(port, '/sw.js', 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
    expect(head.headers['content-length']).toBe(String('self.skipWaiting()\n'.length))
    const etag = head.headers.etag ?? ''
    const again = await new Promise<number>((resolve, reject) => {
      request(
        { host: '127.0.0.1', port, path: '/sw.js', headers: { 'If-None-Match': etag } },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        },
      )
        .on('error', reject)
        .end()
    })
    expect(again).toBe(304)
  })

  it('refuses traversal out of the folder', async () => {
    for (const path of [
      '/../serve-test-secret.txt',
      '/assets/../../serve-test-secret.txt',
      '/%2e%2e/serve-test-secret.txt',
      '/assets%2f..%2f..%2fserve-test-secret.txt',
      '/..%5cserve-test-secret.txt',
      '/index.html%00',
    ]) {
      const reply = await get(port, path)
      expect(reply.status, path).toBe(403)
      expect(reply.body).not.toContain('secret')
    }
  })

  it('allows only GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const reply = await get(port, '/', method)
      expect(reply.status, method).toBe(405)
      expect(reply.headers.allow).toBe('GET, HEAD')
    }
  })

  it('gives 404 for a missing file with an extension, index.html for a path without', async () => {
    const missing = await get(port, '/assets/missing-12345678.js')
    expect(missing.status).toBe(404)
    expect(missing.headers['content-type']).toBe('text/plain; charset=utf-8')
    const route = await get(port, '/hall/2?kiosk')
    expect(route.status).toBe(200)
    expect(route.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(route.body).toBe(INDEX)
    const folder = await get(port, '/assets/')
    expect(folder.status).toBe(200)
    expect(folder.body).toBe(INDEX)
  })

  it('reports health at /healthz, and 503 once index.html is gone', async () => {
    const ok = await get(port, '/healthz')
    expect(ok.status).toBe(200)
    expect(ok.headers['content-type']).toMatch(/^application\/json/)
    const body = JSON.parse(ok.body) as Record<string, unknown>
    expect(body).toMatchObject({ ok: true, files: 6 })
    expect(body.build).toBe(statSync(join(root, 'index.html')).mtime.toISOString())
    rmSync(join(root, 'index.html'))
    try {
      const down = await get(port, '/healthz')
      expect(down.status).toBe(503)
      expect(JSON.parse(down.body)).toMatchObject({ ok: false })
    } finally {
      writeFileSync(join(root, 'index.html'), INDEX)
    }
  })

  it('will not start on a folder without a build', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'serve-empty-'))
    try {
      await expect(startServer({ root: empty, port: 0 })).rejects.toThrow(
        /no build in .*: run npm run build first/,
      )
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
  })
})
