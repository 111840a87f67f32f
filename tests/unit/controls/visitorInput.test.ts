import { describe, expect, it } from 'vitest'
import {
  actionForButton,
  actionForKey,
  ACTIONS,
  isTypingTarget,
} from '../../../src/controls/actions'
import {
  inputActive,
  intentOf,
  releaseAll,
  createVisitorInput,
} from '../../../src/controls/visitorInput'

const input = createVisitorInput

describe('the action map', () => {
  it('maps WASD and the arrows to walking and turning, Shift to running', () => {
    const actions = [
      'KeyW',
      'KeyS',
      'KeyA',
      'KeyD',
      'ArrowUp',
      'ArrowDown',
      'ArrowLeft',
      'ArrowRight',
      'ShiftLeft',
    ].map((code) => actionForKey({ code, shiftKey: false })?.action)
    expect(actions).toEqual([
      'moveForward',
      'moveBackward',
      'strafeLeft',
      'strafeRight',
      'moveForward',
      'moveBackward',
      'turnLeft',
      'turnRight',
      'run',
    ])
  })

  it('maps digits to halls, 0 to the lobby, and the single-key commands', () => {
    expect(actionForKey({ code: 'Digit3', shiftKey: false })).toEqual({
      action: 'goToHall',
      hall: 3,
    })
    expect(actionForKey({ code: 'Numpad2', shiftKey: false })).toEqual({
      action: 'goToHall',
      hall: 2,
    })
    expect(actionForKey({ code: 'Digit0', shiftKey: false })?.action).toBe('goToLobby')
    expect(actionForKey({ code: 'KeyM', shiftKey: false })?.action).toBe('toggleMap')
    expect(actionForKey({ code: 'KeyH', shiftKey: false })?.action).toBe('toggleHelp')
    expect(actionForKey({ code: 'Slash', shiftKey: true })?.action).toBe('toggleHelp')
    expect(actionForKey({ code: 'KeyF', shiftKey: false })?.action).toBe('toggleFullscreen')
    expect(actionForKey({ code: 'Escape', shiftKey: false })?.action).toBe('stepBack')
    expect(actionForKey({ code: 'PageDown', shiftKey: false })?.action).toBe('nextStep')
    expect(actionForKey({ code: 'KeyW', shiftKey: true })?.action).toBe('moveForward')
    expect(actionForKey({ code: 'KeyZ', shiftKey: false })).toBeNull()
  })

  it('gives a presenter PageDown, PageUp and Space for the tour, → and ← only while it runs', () => {
    const press = (code: string, touring = false) =>
      actionForKey({ code, shiftKey: false }, touring)?.action
    expect(['PageDown', 'Space', 'KeyN'].map((code) => press(code))).toEqual([
      'nextStep',
      'nextStep',
      'nextStep',
    ])
    expect(['PageUp', 'KeyP'].map((code) => press(code))).toEqual(['previousStep', 'previousStep'])
    expect(press('ArrowRight')).toBe('turnRight')
    expect(press('ArrowLeft')).toBe('turnLeft')
    expect(press('ArrowRight', true)).toBe('nextStep')
    expect(press('ArrowLeft', true)).toBe('previousStep')
    expect(press('ArrowUp', true)).toBe('moveForward')
    expect(press('Home')).toBe('firstStep')
    expect(press('KeyB')).toBe('toggleBlank')
    expect(press('Period')).toBe('toggleBlank')
    expect(press('KeyT')).toBe('toggleTour')
    expect(press('Enter')).toBe('open')
    expect(actionForButton(2)).toBe('toggleTour')
  })

  it('maps the gamepad: A opens, B backs out, shoulders step through exhibits, Start helps', () => {
    expect([0, 1, 4, 5, 9].map(actionForButton)).toEqual([
      'open',
      'stepBack',
      'previousExhibit',
      'nextExhibit',
      'toggleHelp',
    ])
    expect(actionForButton(12)).toBeNull()
  })

  it('binds no key twice, in free walking and during the tour alike', () => {
    const keys = Object.values(ACTIONS).flatMap((b) => b.keys)
    expect(new Set(keys).size).toBe(keys.length)
    const duringTour = Object.values(ACTIONS).flatMap((b) => b.duringTour ?? [])
    expect(new Set(duringTour).size).toBe(duringTour.length)
    const buttons = Object.values(ACTIONS).flatMap((b) => b.gamepad)
    expect(new Set(buttons).size).toBe(buttons.length)
  })

  it('never walks while typing', () => {
    const field = {
      isContentEditable: false,
      closest: (s: string) => (s.includes('input') ? {} : null),
    }
    const button = { isContentEditable: false, closest: () => null }
    expect(isTypingTarget(field as unknown as EventTarget)).toBe(true)
    expect(isTypingTarget(button as unknown as EventTarget)).toBe(false)
    expect(isTypingTarget(null)).toBe(false)
  })
})

describe('intentOf', () => {
  it('adds keys and sticks, within -1 to 1', () => {
    const state = input()
    state.held.add('moveForward')
    state.stick.forward = 0.8
    state.stick.strafe = -0.5
    expect(intentOf(state)).toEqual({ forward: 1, strafe: -0.5, turn: 0, run: false })
    state.held.add('turnRight')
    state.held.add('run')
    expect(intentOf(state)).toMatchObject({ turn: -1, run: true })
  })

  it('knows when nothing asks to move, and lets go of everything at once', () => {
    const state = input()
    expect(inputActive(state)).toBe(false)
    state.wheel = 0.5
    expect(inputActive(state)).toBe(true)
    state.wheel = 0
    state.held.add('strafeLeft')
    state.lookRate.pitch = 0.3
    releaseAll(state)
    expect(inputActive(state)).toBe(false)
  })
})
