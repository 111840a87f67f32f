import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cspHeader, readMetaCsp } from '../../scripts/serve.mjs'
import { launchChromium } from '../support/browser'

// The deployment the README describes: a build for a sub-path, served by nginx with the example
// configuration (docs/deploy/nginx.conf, the one the Dockerfile uses).
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx'
const BASE = '/expo/b129/'
const work = mkdtempSync(join(tmpdir(), 'exhibition-deploy-'))
const web = join(work, 'web')
const site = join(web, BASE)
const mainConfig = join(work, 'nginx.conf')
let nginx: ChildProcess | undefined
let origin = ''

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

beforeAll(async () => {
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({
      mode: 'production',
      logLevel: 'warn',
      base: BASE,
      build: { outDir: site, emptyOutDir: true },
    })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  // nginx's workers run as an unprivileged user: the served tree must be readable to them.
  chmodSync(work, 0o755)
  const port = await freePort()
  const server = readFileSync('docs/deploy/nginx.conf', 'utf8')
    .replace(/listen 8080;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/usr\/share\/nginx\/html;/, `root ${web};`)
  writeFileSync(join(work, 'server.conf'), server)
  mkdirSync(join(work, 'temp'), { recursive: true })
  writeFileSync(
    mainConfig,
    [
      `pid ${join(work, 'nginx.pid')};`,
      `error_log ${join(work, 'error.log')};`,
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path ${join(work, 'temp', kind)};`,
      ),
      `  include ${join(work, 'server.conf')};`,
      '}',
    ].join('\n'),
  )
  origin = `http://127.0.0.1:${port}`
  nginx = spawn(
    NGINX,
    ['-p', work, '-c', mainConfig, '-e', join(work, 'error.log'), '-g', 'daemon off;'],
    {
      stdio: 'inherit',
    },
  )
  // Up when it answers (or gone, with its own message on stderr).
  const deadline = Date.now() + 10_000
  while ((await fetch(`${origin}${BASE}`).catch(() => null))?.status !== 200) {
    if (Date.now() > deadline || nginx.exitCode !== null) throw new Error('nginx did not start')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}, 180_000)

afterAll(() => {
  nginx?.kill()
  rmSync(work, { recursive: true, force: true })
})

describe('the nginx example', () => {
  it('is valid nginx configuration', () => {
    expect(() =>
      execFileSync(NGINX, ['-t', '-p', work, '-c', mainConfig, '-e', join(work, 'error.log')], {
        stdio: 'pipe',
      }),
    ).not.toThrow()
  })

  it('sends the page’s own policy with frame-ancestors, and caches what may be cached', async () => {
    const html = readFileSync(join(site, 'index.html'), 'utf8')
    const page = await fetch(`${origin}${BASE}`)
    expect(page.headers.get('content-security-policy')).toBe(cspHeader(readMetaCsp(html)))
    expect(page.headers.get('cache-control')).toBe('no-cache')
    const sw = await fetch(`${origin}${BASE}sw.js`)
    expect(sw.headers.get('cache-control')).toBe('no-cache')
    const script = readdirSync(join(site, 'assets')).find((name) => name.endsWith('.js'))
    const asset = await fetch(`${origin}${BASE}assets/${script}`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(asset.headers.get('content-type')).toMatch(/javascript/)
    expect(asset.headers.get('content-security-policy')).toBe(cspHeader(readMetaCsp(html)))
  })
})

describe(`a build for ${BASE}`, () => {
  it('opens a deep link with no failed request, and works offline after one visit', async () => {
    const browser = await launchChromium()
    try {
      const context = await browser.newContext({ serviceWorkers: 'allow' })
      const page = await context.newPage()
      const failed: string[] = []
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
      })
      page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`))
      page.on('pageerror', (error) => failed.push(error.message))
      await page.goto(`${origin}${BASE}#/hall/1/exhibit/1`)
      await page.locator('[role="dialog"][data-measure="r1m1"]').waitFor()
      await page.waitForFunction(
        () => document.documentElement.dataset.sceneText === 'ready',
        null,
        {
          timeout: 60_000,
        },
      )
      // Every request stayed under the sub-path.
      expect(failed).toEqual([])
      await page.waitForFunction(
        () => navigator.serviceWorker.controller?.state === 'activated',
        null,
        { timeout: 60_000 },
      )
      const scope = await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistration())?.scope,
      )
      expect(scope).toBe(`${origin}${BASE}`)
      await context.setOffline(true)
      await page.reload()
      await page.locator('[role="dialog"][data-measure="r1m1"]').waitFor()
      await page.waitForFunction(
        () => document.documentElement.dataset.sceneText === 'ready',
        null,
        {
          timeout: 60_000,
        },
      )
      await context.close()
    } finally {
      await browser.close()
    }
  })
})
