import { B129 } from './content/b129'
import { Exhibition } from './scene/Exhibition'
import { ParseErrorPanel } from './ui/ParseErrorPanel'

export function App() {
  if (!B129.ok) return <ParseErrorPanel errors={B129.errors} />
  const { meta } = B129.document
  return (
    <main className="app">
      <header className="masthead">
        <p className="masthead__pavilion">大创智数字创新展区</p>
        <h1 className="masthead__title">{meta.title.value}</h1>
        <p className="masthead__issuer">
          {meta.issuer.value} · {meta.docNumber.value}
        </p>
      </header>
      <Exhibition document={B129.document} />
    </main>
  )
}
