import { useEffect } from 'react'
import type { ExhibitionPlan } from '../plan'
import { actionForButton } from './actions'
import { performAction } from './performAction'
import { visitorInput } from './visitorInput'
import { reportActivity } from './activity'
import { wakeScene } from './wakeScene'

const DEAD_ZONE = 0.15

const shaped = (value: number | undefined) => {
  const v = value ?? 0
  return Math.abs(v) < DEAD_ZONE ? 0 : (v - Math.sign(v) * DEAD_ZONE) / (1 - DEAD_ZONE)
}

/**
 * Standard-mapping gamepads: left stick walks, right stick looks, buttons through the action
 * map. The browser gives no events for stick motion, so a pad is polled on animation frames for
 * as long as one is connected; one plugged in mid-visit just works.
 */
export function useGamepad(plan: ExhibitionPlan): void {
  useEffect(() => {
    let frame = 0
    // Buttons held last frame, per pad; kept and updated in place, so polling allocates nothing.
    const pressed = new Map<string, boolean[]>()
    const poll = () => {
      const pads = navigator.getGamepads?.() ?? []
      let connected = 0
      let forward = 0
      let strafe = 0
      let yaw = 0
      let pitch = 0
      let run = false
      for (const pad of pads) {
        if (!pad?.connected) continue
        connected++
        strafe += shaped(pad.axes[0])
        forward -= shaped(pad.axes[1])
        yaw += shaped(pad.axes[2])
        pitch -= shaped(pad.axes[3])
        let held = pressed.get(pad.id)
        if (!held) pressed.set(pad.id, (held = []))
        for (let index = 0; index < pad.buttons.length; index++) {
          const down = pad.buttons[index]?.pressed === true
          if (down && !held[index]) {
            reportActivity()
            const action = actionForButton(index)
            if (action && action !== 'run') performAction(action, plan)
          }
          held[index] = down
        }
        run ||= held[7] === true
      }
      const moving = forward !== 0 || strafe !== 0 || yaw !== 0 || pitch !== 0
      const wasMoving =
        visitorInput.stick.forward !== 0 ||
        visitorInput.stick.strafe !== 0 ||
        visitorInput.lookRate.yaw !== 0 ||
        visitorInput.lookRate.pitch !== 0
      if (moving) reportActivity()
      if (moving || wasMoving) {
        visitorInput.stick.forward = forward
        visitorInput.stick.strafe = strafe
        visitorInput.lookRate.yaw = yaw
        visitorInput.lookRate.pitch = pitch
        visitorInput.run = run
        wakeScene()
      }
      frame = connected > 0 ? requestAnimationFrame(poll) : 0
    }
    const start = () => {
      if (frame === 0) frame = requestAnimationFrame(poll)
    }
    window.addEventListener('gamepadconnected', start)
    if ([...(navigator.getGamepads?.() ?? [])].some((pad) => pad?.connected)) start()
    return () => {
      window.removeEventListener('gamepadconnected', start)
      cancelAnimationFrame(frame)
    }
  }, [plan])
}
