import type { ParseError } from '../content'
import { translate, type Language } from '../i18n'

type ParseErrorPanelProps = {
  /** What the parser refused, each with its line. */
  errors: ParseError[]
  language: Language
}

/** Shown instead of the exhibition when the reply text cannot be read: nothing is guessed. */
export function ParseErrorPanel({ errors, language }: ParseErrorPanelProps) {
  return (
    <main className="parse-errors" role="alert">
      <h1>{translate(language, 'parseFailed')}</h1>
      <p>{translate(language, 'parseFailedHint')}</p>
      <ol>
        {errors.map((error, i) => (
          <li key={i}>
            <code>{error.code}</code> {error.message}
          </li>
        ))}
      </ol>
    </main>
  )
}
