import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/chromium.mjs'

export async function launchChromium(extraFlags: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraFlags],
  })
}

/** What a visit saw go wrong: console errors, uncaught exceptions, requests to other origins. */
export interface VisitLog {
  consoleErrors: string[]
  pageErrors: string[]
  foreignRequests: string[]
}

/**
 * Opens a page whose requests outside `baseURL`'s origin are blocked and counted, as a kiosk
 * without network would see them.
 */
export async function openPage(
  browser: Browser,
  baseURL: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; log: VisitLog }> {
  // Service workers would answer requests before the route below sees them; the offline test
  // opens its own context with them allowed.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
    ...options,
  })
  const origin = new URL(baseURL).origin
  const log: VisitLog = { consoleErrors: [], pageErrors: [], foreignRequests: [] }
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin)
      return route.continue()
    log.foreignRequests.push(url)
    return route.abort('blockedbyclient')
  })
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => log.pageErrors.push(error.message))
  return { context, page, log }
}

/** The WebGL renderer string the page's canvas reports, or null without WebGL2. */
export async function webglRenderer(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas')
    const gl = canvas?.getContext('webgl2')
    if (!gl) return null
    const info = gl.getExtension('WEBGL_debug_renderer_info')
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER))
  })
}
