import type { ParseError } from '../content'

type ParseErrorPanelProps = {
  /** What the parser refused, each with its line. */
  errors: ParseError[]
}

/** Shown instead of the exhibition when the reply text cannot be read: nothing is guessed. */
export function ParseErrorPanel({ errors }: ParseErrorPanelProps) {
  return (
    <main className="parse-errors" role="alert">
      <h1>答复文本无法读取 · The reply text could not be read</h1>
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
