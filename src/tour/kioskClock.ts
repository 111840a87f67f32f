import {
  attractStopped,
  createIdleState,
  idleDeadline,
  idleInput,
  idleTick,
  type IdleState,
} from './idleTimer'

/** What a kiosk's idle clock asks of the exhibition, and what it needs to know of it. */
export interface KioskClockHost {
  idleMs: number
  /** The visit is as a reset would leave it: the attract loop may start without a countdown. */
  isFresh: () => boolean
  /** A visitor's own tour is playing: watching it is not being idle. */
  isWatching: () => boolean
  startCountdown: (endsAt: number) => void
  cancelCountdown: () => void
  /** Starts a fresh visit; false when it reloads the page instead (a new version applied). */
  reset: () => boolean
  startAttract: () => void
  handOver: () => void
  /** Told of every change of phase, for the page's `data-kiosk` signal. */
  phaseChanged: (phase: IdleState['phase']) => void
}

/**
 * The idle machine on a real clock: one timer, set for the next moment the machine must be looked
 * at, and set again after every input and every tick. Time is `Date.now()` and `setTimeout`, so
 * tests drive it with fake timers.
 */
export class KioskClock {
  private state: IdleState
  private timer: ReturnType<typeof setTimeout> | undefined
  private stopped = false

  constructor(private readonly host: KioskClockHost) {
    this.state = createIdleState(Date.now())
    this.schedule()
  }

  get phase(): IdleState['phase'] {
    return this.state.phase
  }

  /** Input from a visitor, on any device. */
  input(): void {
    const { state, effect } = idleInput(this.state, Date.now())
    this.state = state
    if (effect === 'cancelCountdown') this.host.cancelCountdown()
    if (effect === 'handOver') this.host.handOver()
    this.schedule()
  }

  /** The attract tour stopped without input (a link, an error): the visit starts over. */
  attractEnded(): void {
    this.state = attractStopped(this.state, Date.now())
    this.schedule()
  }

  stop(): void {
    this.stopped = true
    clearTimeout(this.timer)
  }

  private tick(): void {
    const { state, effect } = idleTick(this.state, Date.now(), {
      idleMs: this.host.idleMs,
      fresh: this.host.isFresh(),
      watching: this.host.isWatching(),
    })
    this.state = state
    if (effect === 'countdown' && state.countdownEndsAt !== null)
      this.host.startCountdown(state.countdownEndsAt)
    if (effect === 'reset' && !this.host.reset()) return this.stop()
    if (effect === 'reset' || effect === 'attract') this.host.startAttract()
    this.schedule()
  }

  private schedule(): void {
    clearTimeout(this.timer)
    if (this.stopped) return
    this.host.phaseChanged(this.state.phase)
    const due = idleDeadline(this.state, this.host.idleMs)
    // A little late rather than early: a tick before its time changes nothing.
    if (due !== null) this.timer = setTimeout(() => this.tick(), Math.max(0, due - Date.now()) + 25)
  }
}
