import { useId, useRef } from 'react'
import { ACTIONS, type Action } from '../controls/actions'
import { translate, translateKey, type Language } from '../i18n'
import { useExhibition } from '../state/store'
import { keepTabInside, useDialogFocus } from './dialogFocus'

/** The name of a key as printed on it: KeyW → W, Digit0 → 0, ArrowUp → 上方向键. */
export function keyName(language: Language, code: string): string {
  return translateKey(language, `key.${code}`) ?? code.replace(/^Key|^Digit/, '')
}

const unique = (names: string[]) => [...new Set(names)]

/** Every action with its keys, gamepad buttons and gestures, generated from the action map. */
export function HelpOverlay() {
  const language = useExhibition((s) => s.language)
  const open = useExhibition((s) => s.helpOpen)
  const toggleHelp = useExhibition((s) => s.toggleHelp)
  const titleId = useId()
  const closeButton = useRef<HTMLButtonElement>(null)
  const dialog = useRef<HTMLDivElement>(null)
  useDialogFocus(closeButton, open)
  if (!open) return null
  const rows = (Object.keys(ACTIONS) as Action[]).map((action) => {
    const binding = ACTIONS[action]
    return {
      action,
      label: translateKey(language, `action.${action}`) ?? action,
      keys: unique([
        ...binding.keys.map((code) => keyName(language, code)),
        ...(binding.duringTour ?? []).map(
          (code) => `${keyName(language, code)} (${translate(language, 'duringTour')})`,
        ),
      ]),
      gamepad: unique(binding.gamepad.map((name) => translateKey(language, `pad.${name}`) ?? name)),
      gestures: unique(binding.gestures.map((gesture) => translate(language, gesture))),
    }
  })
  return (
    <div
      ref={dialog}
      className="help-overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          toggleHelp(false)
          return
        }
        keepTabInside(event, dialog.current)
      }}
    >
      <div className="help-overlay__head">
        <h2 id={titleId}>{translate(language, 'help')}</h2>
        <button
          ref={closeButton}
          type="button"
          className="close-button"
          onClick={() => toggleHelp(false)}
        >
          {translate(language, 'closeHelp')}
        </button>
      </div>
      <p>{translate(language, 'helpIntro')}</p>
      <table className="help-overlay__table">
        <thead>
          <tr>
            <th scope="col">{translate(language, 'helpAction')}</th>
            <th scope="col">{translate(language, 'helpKeys')}</th>
            <th scope="col">{translate(language, 'helpGamepad')}</th>
            <th scope="col">{translate(language, 'helpPointer')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.action} data-action={row.action}>
              <th scope="row">{row.label}</th>
              <td>
                {row.keys.map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </td>
              <td>{row.gamepad.join(' / ')}</td>
              <td>{row.gestures.join(' / ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
