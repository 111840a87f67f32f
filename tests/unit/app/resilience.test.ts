import { describe, expect, it } from 'vitest'
import { retryableImport } from '../../../src/retryableImport'
import { rendererStalled, waitingSince, WATCHDOG_LIMIT_MS } from '../../../src/scene/watchdog'
import { linkStaysInApp } from '../../../src/ui/useKioskHardening'

describe('retryableImport', () => {
  it('shares a load in flight, and never keeps a failure', async () => {
    let calls = 0
    let fail = true
    const load = retryableImport(async () => {
      calls++
      if (fail) throw new Error('offline')
      return 'module'
    })
    const [a, b] = [load(), load()]
    await expect(a).rejects.toThrow('offline')
    await expect(b).rejects.toThrow('offline')
    expect(calls).toBe(1)
    fail = false
    await expect(load()).resolves.toBe('module')
    await expect(load()).resolves.toBe('module')
    expect(calls).toBe(2)
  })
})

describe('the frame watchdog', () => {
  const seen = (pending: boolean, drawnAt: number, now: number, visible = true) => ({
    pending,
    visible,
    drawnAt,
    now,
  })

  it('reloads only after a frame has been waited for a whole minute with the page in view', () => {
    let since = waitingSince(null, seen(true, 0, 1000))
    expect(since).toBe(1000)
    since = waitingSince(since, seen(true, 0, 1000 + WATCHDOG_LIMIT_MS - 1))
    expect(rendererStalled(since, 1000 + WATCHDOG_LIMIT_MS - 1)).toBe(false)
    expect(rendererStalled(since, 1000 + WATCHDOG_LIMIT_MS)).toBe(true)
  })

  it('starts again after a drawn frame, and forgets while hidden or idle', () => {
    const since = waitingSince(null, seen(true, 0, 1000))
    expect(waitingSince(since, seen(true, 5000, 6000))).toBe(6000)
    expect(waitingSince(since, seen(false, 0, 6000))).toBeNull()
    expect(waitingSince(since, seen(true, 0, 6000, false))).toBeNull()
    expect(rendererStalled(null, 10 ** 9)).toBe(false)
  })
})

describe('linkStaysInApp', () => {
  const page = 'https://expo.example.org/b129/?kiosk&idle=60#/hall/1'
  it('lets hash links of the page through and stops everything else', () => {
    expect(linkStaysInApp('#/text', page)).toBe(true)
    expect(linkStaysInApp('https://expo.example.org/b129/?kiosk&idle=60#/', page)).toBe(true)
    expect(linkStaysInApp('https://expo.example.org/other/', page)).toBe(false)
    expect(linkStaysInApp('https://example.com/', page)).toBe(false)
    expect(linkStaysInApp('?lang=en#/', page)).toBe(false)
    expect(linkStaysInApp('javascript:alert(1)', page)).toBe(false)
    expect(linkStaysInApp('mailto:a@b.c', page)).toBe(false)
  })
})
