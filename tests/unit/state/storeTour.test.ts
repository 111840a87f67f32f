import { beforeEach, describe, expect, it } from 'vitest'
import { visitorStance } from '../../../src/controls/visitorInput'
import { planExhibition } from '../../../src/plan'
import { useExhibition } from '../../../src/state/store'
import { TOUR_OFF } from '../../../src/tour/tourMachine'
import { tourStepsOf } from '../../../src/tour/tourSteps'
import { b129 } from '../../support/b129'

const document = b129()
const plan = planExhibition(document)
const steps = tourStepsOf(plan, document)
const initial = useExhibition.getState()
const store = () => useExhibition.getState()

beforeEach(() => {
  useExhibition.setState(initial, true)
  store().setTourSteps(steps)
})

describe('the tour in the store', () => {
  it('shows each step: its place (the exhibit open) and a move to its viewpoint', () => {
    store().goTo({ kind: 'hall', hall: 2 }, 'jump')
    Object.assign(visitorStance, { x: 1, z: -3, yaw: 0.5, pitch: 0 })
    store().beginTour({ step: 3 })
    expect(store().tour).toMatchObject({ status: 'playing', step: 3, attract: false })
    expect(store().place).toEqual({ kind: 'exhibit', hall: 1, exhibit: 1 })
    expect(store().move).toMatchObject({ approach: 'fly', viewpoint: steps[3]!.viewpoint })
    expect(store().tourReturn?.place).toEqual({ kind: 'hall', hall: 2 })
    expect(store().tourReturn?.viewpoint.position).toEqual([1, 1.6, -3])
  })

  it('steps with the presenter keys, starting the tour when it is not running', () => {
    store().stepTour(1)
    expect(store().tour.step).toBe(0)
    store().stepTour(1)
    store().stepTour(1)
    expect(store().tour.step).toBe(2)
    store().stepTour(-1)
    expect(store().tour.step).toBe(1)
    store().stepTour(-1)
    store().stepTour(-1)
    expect(store().tour.step).toBe(0)
    store().tourTo(steps.length - 1)
    store().stepTour(1)
    expect(store().tour).toBe(TOUR_OFF)
  })

  it('returns the visitor to where they stood when they leave it', () => {
    store().goTo({ kind: 'hall', hall: 3 }, 'jump')
    store().beginTour()
    store().tourTo(8)
    const serial = store().move.serial
    store().exitTour()
    expect(store().tour).toBe(TOUR_OFF)
    expect(store().place).toEqual({ kind: 'hall', hall: 3 })
    expect(store().move.serial).toBe(serial + 1)
    expect(store().tourReturn).toBeNull()
  })

  it('pauses a visitor’s tour when they steer, and hands an attract tour over where it is', () => {
    store().beginTour({ step: 4 })
    store().visitorSteered()
    expect(store().tour.status).toBe('paused')
    store().resumeTour()
    expect(store().tour.status).toBe('playing')
    store().beginTour({ step: 6, attract: true })
    store().visitorSteered()
    expect(store().tour).toBe(TOUR_OFF)
    expect(store().place).toEqual(steps[6]!.place)
  })

  it('counts an arrival only for the move the step asked for', () => {
    store().beginTour({ step: 2 })
    store().moveArrived(store().move.serial - 1)
    expect(store().tour.arrived).toBe(false)
    store().moveArrived(store().move.serial)
    expect(store().tour.arrived).toBe(true)
  })

  it('leaves the tour when the visitor goes somewhere themselves or opens the text', () => {
    store().beginTour()
    store().goTo({ kind: 'hall', hall: 1 })
    expect(store().tour).toBe(TOUR_OFF)
    store().beginTour()
    store().showText(true)
    expect(store().tour).toBe(TOUR_OFF)
  })

  it('advances on its own when the step’s time is up', () => {
    store().beginTour()
    store().moveArrived(store().move.serial)
    useExhibition.setState({ tour: { ...store().tour, showingSince: Date.now() - 60_000 } })
    store().tickTour(6000)
    expect(store().tour.step).toBe(1)
    expect(store().place).toEqual(steps[1]!.place)
  })
})

describe('moves', () => {
  it('keep the camera’s last target when the visitor stays, for a canvas that mounts only then', () => {
    store().goTo({ kind: 'exhibit', hall: 1, exhibit: 3 }, 'jump')
    store().goTo({ kind: 'hall', hall: 1 }, 'stay')
    expect(store().place).toEqual({ kind: 'hall', hall: 1 })
    expect(store().move).toMatchObject({
      approach: 'stay',
      place: { kind: 'hall', hall: 1 },
      view: { kind: 'exhibit', hall: 1, exhibit: 3 },
    })
    store().goTo({ kind: 'hall', hall: 2 })
    expect(store().move).toMatchObject({ approach: 'fly', view: { kind: 'hall', hall: 2 } })
  })
})

describe('a fresh visit', () => {
  it('puts back the lobby, closes everything, forgets progress and stops the tour', () => {
    store().goTo({ kind: 'exhibit', hall: 2, exhibit: 1 })
    store().markVisited('r2m1')
    store().toggleHelp(true)
    store().setLanguage('en')
    store().toggleReducedMotion(true)
    store().showNotice({ key: 'noticeNoWebgl', params: {} })
    store().toggleBlank(true)
    store().startCountdown(5)
    store().beginTour({ attract: true })
    const serial = store().visitSerial
    store().resetVisit()
    expect(store()).toMatchObject({
      place: { kind: 'lobby' },
      move: { approach: 'jump', place: { kind: 'lobby' } },
      visited: [],
      helpOpen: false,
      textView: false,
      language: 'zh',
      reducedMotion: false,
      notices: [],
      blanked: false,
      countdownEndsAt: null,
      tour: TOUR_OFF,
      visitSerial: serial + 1,
    })
  })
})
