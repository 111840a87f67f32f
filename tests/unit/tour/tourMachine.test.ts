import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ARRIVAL_TIMEOUT_MS,
  arriveAtStep,
  DWELL_MAX_MS,
  DWELL_MIN_MS,
  dwellMs,
  goToStep,
  nextDeadline,
  pauseTour,
  resumeTour,
  shownMs,
  SPEECH_GRACE_MS,
  startTour,
  stepSpoken,
  tickTour,
  TOUR_OFF,
} from '../../../src/tour/tourMachine'

const COUNT = 15
const start = (patch: Partial<Parameters<typeof startTour>[0]> = {}) =>
  startTour({ step: 0, count: COUNT, attract: false, now: 1000, narrated: false, ...patch })

describe('dwellMs', () => {
  it('is 4 s plus a reading time per character, within 6 and 25 s', () => {
    expect(dwellMs('', 'zh')).toBe(DWELL_MIN_MS)
    expect(dwellMs('字'.repeat(20), 'zh')).toBe(4000 + 20 * 180)
    expect(dwellMs('a'.repeat(100), 'en')).toBe(4000 + 100 * 55)
    expect(dwellMs('字'.repeat(1000), 'zh')).toBe(DWELL_MAX_MS)
    // Runs of white space count once.
    expect(dwellMs('a   b', 'en')).toBe(dwellMs('a b', 'en'))
  })

  it('never falls outside its bounds and grows with the caption', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom('zh', 'en'), (a, b, language) => {
        const short = dwellMs(a, language)
        expect(short).toBeGreaterThanOrEqual(DWELL_MIN_MS)
        expect(short).toBeLessThanOrEqual(DWELL_MAX_MS)
        expect(dwellMs(`${a}x${b}`, language)).toBeGreaterThanOrEqual(short)
      }),
    )
  })
})

describe('the tour machine', () => {
  it('starts playing at a step, clamped to the tour, and is off for an empty tour', () => {
    expect(start()).toMatchObject({ status: 'playing', step: 0, arrived: false, spoken: true })
    expect(start({ step: 40 }).step).toBe(COUNT - 1)
    expect(start({ step: -3 }).step).toBe(0)
    expect(start({ count: 0 })).toBe(TOUR_OFF)
    expect(start({ narrated: true }).spoken).toBe(false)
  })

  it('counts the reading time from the arrival, not from the start of the flight', () => {
    const tour = arriveAtStep(start(), 4000)
    expect(shownMs(tour, 4000)).toBe(0)
    expect(shownMs(tour, 9000)).toBe(5000)
    expect(nextDeadline(tour, 7000, 4000)).toBe(11_000)
    expect(tickTour(tour, 7000, COUNT, 10_999, false).advanced).toBe(false)
    const done = tickTour(tour, 7000, COUNT, 11_000, false)
    expect(done.advanced).toBe(true)
    expect(done.state).toMatchObject({
      status: 'playing',
      step: 1,
      arrived: false,
      stepStartedAt: 11_000,
    })
  })

  it('takes a move that never reports its arrival as arrived after the timeout', () => {
    const tour = start()
    expect(nextDeadline(tour, 7000, 1000)).toBe(1000 + ARRIVAL_TIMEOUT_MS)
    const late = tickTour(tour, 7000, COUNT, 1000 + ARRIVAL_TIMEOUT_MS, false)
    expect(late.state.arrived).toBe(true)
    expect(late.advanced).toBe(false)
  })

  it('holds the reading time while paused, and goes on from there when resumed', () => {
    const shown3s = pauseTour(arriveAtStep(start(), 2000), 5000)
    expect(shown3s.status).toBe('paused')
    expect(shownMs(shown3s, 60_000)).toBe(3000)
    expect(nextDeadline(shown3s, 7000, 60_000)).toBeNull()
    expect(tickTour(shown3s, 7000, COUNT, 100_000, false).advanced).toBe(false)
    const resumed = resumeTour(shown3s, 60_000)
    expect(nextDeadline(resumed, 7000, 60_000)).toBe(64_000)
    expect(tickTour(resumed, 7000, COUNT, 64_000, false).advanced).toBe(true)
  })

  it('waits for narration past the reading time, but never longer than its grace', () => {
    const tour = arriveAtStep(start({ narrated: true }), 0)
    expect(tickTour(tour, 7000, COUNT, 7000, true).advanced).toBe(false)
    expect(nextDeadline(tour, 7000, 7000)).toBe(7000 + SPEECH_GRACE_MS)
    // The speech ended: the step ends at the next look.
    expect(tickTour(stepSpoken(tour), 7000, COUNT, 7000, true).advanced).toBe(true)
    // The end event never came: the grace ends the step all the same.
    expect(tickTour(tour, 7000, COUNT, 7000 + SPEECH_GRACE_MS, true).advanced).toBe(true)
  })

  it('ends a visitor’s tour after its last step, and loops an attract tour for ever', () => {
    const last = arriveAtStep(start({ step: COUNT - 1 }), 0)
    expect(tickTour(last, 6000, COUNT, 6000, false).state).toBe(TOUR_OFF)
    const attract = arriveAtStep(start({ step: COUNT - 1, attract: true }), 0)
    const looped = tickTour(attract, 6000, COUNT, 6000, false)
    expect(looped).toMatchObject({
      advanced: true,
      state: { step: 0, attract: true, status: 'playing' },
    })
  })

  it('steps by hand forwards, backwards and to any step, a paused tour staying paused', () => {
    const paused = pauseTour(start({ step: 4 }), 2000)
    const next = goToStep(paused, 5, COUNT, 3000, false)
    expect(next).toMatchObject({ status: 'paused', step: 5, stepStartedAt: 3000, shown: 0 })
    expect(goToStep(start({ step: 4 }), 5, COUNT, 3000, false).status).toBe('playing')
    // A paused step waits for the presenter, however long.
    expect(nextDeadline(arriveAtStep(next, 3000), 6000, 10 ** 9)).toBeNull()
    expect(goToStep(next, -1, COUNT, 3000, false).step).toBe(0)
    expect(goToStep(next, 12, COUNT, 3000, false).step).toBe(12)
    expect(goToStep(TOUR_OFF, 3, COUNT, 3000, false)).toBe(TOUR_OFF)
  })

  it('ignores arrivals, pauses and speech when it is off, and a second arrival', () => {
    expect(arriveAtStep(TOUR_OFF, 5)).toBe(TOUR_OFF)
    expect(pauseTour(TOUR_OFF, 5)).toBe(TOUR_OFF)
    expect(resumeTour(TOUR_OFF, 5)).toBe(TOUR_OFF)
    expect(stepSpoken(TOUR_OFF)).toBe(TOUR_OFF)
    const arrived = arriveAtStep(start(), 2000)
    expect(arriveAtStep(arrived, 9000)).toBe(arrived)
  })

  it('always ends a playing step within arrival timeout + reading time + grace, whatever happens', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: DWELL_MIN_MS, max: DWELL_MAX_MS }),
        fc.boolean(),
        fc.option(fc.integer({ min: 0, max: 20_000 })),
        (dwell, narrated, arrivesAfter) => {
          let tour = start({ narrated, now: 0 })
          if (arrivesAfter !== null && arrivesAfter < ARRIVAL_TIMEOUT_MS)
            tour = arriveAtStep(tour, arrivesAfter)
          let now = 0
          for (let i = 0; i < 10; i++) {
            const due = nextDeadline(tour, dwell, now)
            if (due === null) break
            now = Math.max(now, due)
            const step = tickTour(tour, dwell, COUNT, now, narrated)
            tour = step.state
            if (step.advanced) break
          }
          expect(tour.step).toBe(1)
          expect(now).toBeLessThanOrEqual(ARRIVAL_TIMEOUT_MS + dwell + SPEECH_GRACE_MS)
        },
      ),
    )
  })
})
