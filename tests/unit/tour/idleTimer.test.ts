import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  attractStopped,
  COUNTDOWN_MS,
  createIdleState,
  idleDeadline,
  idleInput,
  idleTick,
} from '../../../src/tour/idleTimer'
import { KioskClock, type KioskClockHost } from '../../../src/tour/kioskClock'

const IDLE = 90_000
const context = { idleMs: IDLE, fresh: false, watching: false }

describe('the idle machine', () => {
  it('counts down after the idle time, and resets into the attract loop at the end', () => {
    const visiting = createIdleState(0)
    expect(idleDeadline(visiting, IDLE)).toBe(IDLE)
    expect(idleTick(visiting, IDLE - 1, context)).toEqual({ state: visiting, effect: 'none' })
    const counting = idleTick(visiting, IDLE, context)
    expect(counting).toEqual({
      state: { phase: 'countdown', lastInputAt: 0, countdownEndsAt: IDLE + COUNTDOWN_MS },
      effect: 'countdown',
    })
    expect(idleDeadline(counting.state, IDLE)).toBe(IDLE + COUNTDOWN_MS)
    expect(idleTick(counting.state, IDLE + COUNTDOWN_MS - 1, context).effect).toBe('none')
    const reset = idleTick(counting.state, IDLE + COUNTDOWN_MS, context)
    expect(reset.effect).toBe('reset')
    expect(reset.state.phase).toBe('attract')
    expect(idleDeadline(reset.state, IDLE)).toBeNull()
  })

  it('goes straight to the attract loop when the visit is already fresh', () => {
    const step = idleTick(createIdleState(0), IDLE, { ...context, fresh: true })
    expect(step).toMatchObject({ effect: 'attract', state: { phase: 'attract' } })
  })

  it('does not count down while a visitor watches their own tour', () => {
    const step = idleTick(createIdleState(0), IDLE + 5, { ...context, watching: true })
    expect(step).toEqual({
      state: { phase: 'visiting', lastInputAt: IDLE + 5, countdownEndsAt: null },
      effect: 'none',
    })
  })

  it('turns input into the right answer for each phase', () => {
    const visiting = createIdleState(0)
    expect(idleInput(visiting, 50)).toEqual({
      state: { phase: 'visiting', lastInputAt: 50, countdownEndsAt: null },
      effect: 'none',
    })
    const counting = idleTick(visiting, IDLE, context).state
    expect(idleInput(counting, IDLE + 1).effect).toBe('cancelCountdown')
    const attracting = idleTick(counting, IDLE + COUNTDOWN_MS, context).state
    expect(idleInput(attracting, IDLE + COUNTDOWN_MS + 9)).toEqual({
      state: { phase: 'visiting', lastInputAt: IDLE + COUNTDOWN_MS + 9, countdownEndsAt: null },
      effect: 'handOver',
    })
    expect(attractStopped(attracting, 5).phase).toBe('visiting')
    expect(attractStopped(visiting, 5)).toBe(visiting)
  })
})

describe('KioskClock on fake timers', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(0)
  })
  afterEach(() => vi.useRealTimers())

  function host(patch: Partial<KioskClockHost> = {}) {
    const calls: string[] = []
    const record =
      (name: string) =>
      (...args: unknown[]) => {
        calls.push(args.length ? `${name}(${String(args[0])})` : name)
      }
    const fake: KioskClockHost = {
      idleMs: 10_000,
      isFresh: () => false,
      isWatching: () => false,
      startCountdown: record('countdown'),
      cancelCountdown: record('cancel'),
      reset: () => {
        calls.push('reset')
        return true
      },
      startAttract: record('attract'),
      handOver: record('handOver'),
      phaseChanged: () => {},
      ...patch,
    }
    return { fake, calls }
  }

  it('left alone: countdown at the idle time, reset and attract ten seconds later', () => {
    const { fake, calls } = host()
    const clock = new KioskClock(fake)
    vi.advanceTimersByTime(9_999)
    expect(calls).toEqual([])
    vi.advanceTimersByTime(100)
    expect(calls).toEqual(['countdown(20025)'])
    expect(clock.phase).toBe('countdown')
    vi.advanceTimersByTime(COUNTDOWN_MS)
    expect(calls).toEqual(['countdown(20025)', 'reset', 'attract'])
    expect(clock.phase).toBe('attract')
    // The countdown ends 10 s after the tick that started it (25 ms after the idle time).
    // The attract loop plays until someone comes: nothing more happens on its own.
    vi.advanceTimersByTime(3_600_000)
    expect(calls).toHaveLength(3)
    clock.input()
    expect(calls.at(-1)).toBe('handOver')
    expect(clock.phase).toBe('visiting')
    clock.stop()
  })

  it('input restarts the idle time; input during the countdown cancels it', () => {
    const { fake, calls } = host()
    const clock = new KioskClock(fake)
    vi.advanceTimersByTime(8_000)
    clock.input()
    vi.advanceTimersByTime(8_000)
    expect(calls).toEqual([])
    vi.advanceTimersByTime(2_100)
    expect(calls).toEqual(['countdown(28025)'])
    clock.input()
    expect(calls).toEqual(['countdown(28025)', 'cancel'])
    vi.advanceTimersByTime(COUNTDOWN_MS)
    expect(calls).toEqual(['countdown(28025)', 'cancel'])
    clock.stop()
  })

  it('starts attracting without a countdown on a fresh visit, and stops when the reset reloads', () => {
    const fresh = host({ isFresh: () => true })
    const clock = new KioskClock(fresh.fake)
    vi.advanceTimersByTime(10_100)
    expect(fresh.calls).toEqual(['attract'])
    clock.stop()

    vi.setSystemTime(0)
    const reloading = host({ reset: () => false })
    const other = new KioskClock(reloading.fake)
    vi.advanceTimersByTime(10_100 + COUNTDOWN_MS)
    // The reload is the fresh visit: no attract loop is started on a page about to go.
    expect(reloading.calls).toEqual(['countdown(20025)'])
    vi.advanceTimersByTime(600_000)
    expect(reloading.calls).toEqual(['countdown(20025)'])
    other.stop()
  })
})
