/**
 * Every action a visitor can take, and every key, button and gesture bound to it. Keyboard,
 * gamepad, touch and the help overlay are all read from this one map, so they cannot drift apart.
 */
export type Action =
  | 'moveForward'
  | 'moveBackward'
  | 'strafeLeft'
  | 'strafeRight'
  | 'turnLeft'
  | 'turnRight'
  | 'look'
  | 'run'
  | 'nextExhibit'
  | 'previousExhibit'
  | 'nextStep'
  | 'previousStep'
  | 'open'
  | 'stepBack'
  | 'goToLobby'
  | 'goToHall'
  | 'toggleMap'
  | 'toggleHelp'
  | 'toggleFullscreen'
  | 'toggleTour'
  | 'firstStep'
  | 'toggleBlank'

export interface Binding {
  /** KeyboardEvent.code values; `Shift+Tab` style chords name their modifier first. */
  keys: string[]
  /** Keys that stand for this action only while the guided tour runs (→ steps it, not turns). */
  duringTour?: string[]
  /** Standard-mapping gamepad buttons (0 = A, 1 = B, 4/5 = shoulders, 9 = Start) or sticks. */
  gamepad: string[]
  /** Pointer and touch gestures, as words for the help overlay. */
  gestures: GestureKey[]
}

export type GestureKey =
  | 'gestureDrag'
  | 'gestureWheel'
  | 'gestureClickFloor'
  | 'gestureClickExhibit'
  | 'gestureJoystick'
  | 'gesturePinch'
  | 'gestureTap'

export const ACTIONS: Record<Action, Binding> = {
  moveForward: {
    keys: ['KeyW', 'ArrowUp'],
    gamepad: ['leftStickUp'],
    gestures: ['gestureJoystick', 'gestureWheel'],
  },
  moveBackward: {
    keys: ['KeyS', 'ArrowDown'],
    gamepad: ['leftStickDown'],
    gestures: ['gestureJoystick', 'gestureWheel'],
  },
  strafeLeft: { keys: ['KeyA'], gamepad: ['leftStickLeft'], gestures: ['gestureJoystick'] },
  strafeRight: { keys: ['KeyD'], gamepad: ['leftStickRight'], gestures: ['gestureJoystick'] },
  turnLeft: { keys: ['ArrowLeft', 'KeyQ'], gamepad: ['rightStickLeft'], gestures: ['gestureDrag'] },
  turnRight: {
    keys: ['ArrowRight', 'KeyE'],
    gamepad: ['rightStickRight'],
    gestures: ['gestureDrag'],
  },
  look: { keys: [], gamepad: ['rightStick'], gestures: ['gestureDrag', 'gesturePinch'] },
  run: { keys: ['ShiftLeft', 'ShiftRight'], gamepad: ['button7'], gestures: [] },
  nextExhibit: { keys: ['Tab'], gamepad: ['button5'], gestures: [] },
  previousExhibit: { keys: ['Shift+Tab'], gamepad: ['button4'], gestures: [] },
  // Presentation clickers send PageDown / PageUp (some Space, → and ←); each starts the tour.
  nextStep: {
    keys: ['PageDown', 'Space', 'KeyN'],
    duringTour: ['ArrowRight'],
    gamepad: ['button15'],
    gestures: [],
  },
  previousStep: {
    keys: ['PageUp', 'KeyP'],
    duringTour: ['ArrowLeft'],
    gamepad: ['button14'],
    gestures: [],
  },
  open: {
    // Space on a focused exhibit button still opens it: the button's own click.
    keys: ['Enter'],
    gamepad: ['button0'],
    gestures: ['gestureClickExhibit', 'gestureTap'],
  },
  stepBack: { keys: ['Escape', 'Backspace'], gamepad: ['button1'], gestures: [] },
  goToLobby: { keys: ['Digit0', 'Numpad0'], gamepad: ['button8'], gestures: [] },
  goToHall: { keys: ['Digit1-9'], gamepad: [], gestures: ['gestureClickFloor'] },
  toggleMap: { keys: ['KeyM'], gamepad: ['button3'], gestures: [] },
  toggleHelp: { keys: ['KeyH', 'Shift+Slash'], gamepad: ['button9'], gestures: [] },
  toggleFullscreen: { keys: ['KeyF'], gamepad: [], gestures: [] },
  toggleTour: { keys: ['KeyT'], gamepad: ['button2'], gestures: [] },
  firstStep: { keys: ['Home'], gamepad: [], gestures: [] },
  // A clicker's "black screen" button sends B or the full stop.
  toggleBlank: { keys: ['KeyB', 'Period'], gamepad: [], gestures: [] },
}

/** Actions that last while their key is held, as opposed to ones that happen once per press. */
export const HELD_ACTIONS = [
  'moveForward',
  'moveBackward',
  'strafeLeft',
  'strafeRight',
  'turnLeft',
  'turnRight',
  'run',
] as const
export type HeldAction = (typeof HELD_ACTIONS)[number]

export type KeyPress = { code: string; shiftKey: boolean }

/**
 * The action a key press stands for, with the hall number for digit keys. While the tour runs,
 * keys bound `duringTour` come first (→ steps the tour instead of turning).
 */
export function actionForKey(
  { code, shiftKey }: KeyPress,
  touring = false,
): { action: Action; hall?: number } | null {
  if (touring) {
    for (const [action, binding] of Object.entries(ACTIONS) as [Action, Binding][]) {
      if (!shiftKey && binding.duringTour?.includes(code)) return { action }
    }
  }
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(code)
  if (digit) return { action: 'goToHall', hall: Number(digit[1]) }
  const chord = shiftKey ? `Shift+${code}` : code
  for (const [action, binding] of Object.entries(ACTIONS) as [Action, Binding][]) {
    if (binding.keys.includes(chord)) return { action }
  }
  // Shift alone changes nothing else: Shift+W still walks (and runs).
  for (const [action, binding] of Object.entries(ACTIONS) as [Action, Binding][]) {
    if (binding.keys.includes(code)) return { action }
  }
  return null
}

/** The action a standard-mapping gamepad button stands for. */
export function actionForButton(index: number): Action | null {
  const name = `button${index}`
  const found = (Object.entries(ACTIONS) as [Action, Binding][]).find(([, b]) =>
    b.gamepad.includes(name),
  )
  return found ? found[0] : null
}

/** Whether a keyboard event comes from a place where typing must not walk the visitor. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false
  const element = target as HTMLElement
  return (
    element.isContentEditable ||
    element.closest('input, textarea, select, [contenteditable="true"]') !== null
  )
}
