import { B129, B129_BODIES } from './content/b129'
import type { ReplyDocument } from './content'
import { planExhibition, type ExhibitionPlan } from './plan'
import { Exhibition } from './scene/Exhibition'
import { useExhibition } from './state/store'
import { useHashSync } from './state/useHashSync'
import { useGamepad } from './controls/useGamepad'
import { useKeyboardControls } from './controls/useKeyboardControls'
import { ExhibitDialog } from './ui/ExhibitDialog'
import { ExhibitFocusList } from './ui/ExhibitFocusList'
import { HelpOverlay } from './ui/HelpOverlay'
import { Hud } from './ui/Hud'
import { Minimap } from './ui/Minimap'
import { NoticeBanner } from './ui/NoticeBanner'
import { ParseErrorPanel } from './ui/ParseErrorPanel'
import { TouchJoystick } from './ui/TouchJoystick'

const PLAN = B129.ok ? planExhibition(B129.document) : null

export function App() {
  const language = useExhibition((s) => s.language)
  if (!B129.ok || !PLAN)
    return <ParseErrorPanel errors={B129.ok ? [] : B129.errors} language={language} />
  return <Visit document={B129.document} plan={PLAN} />
}

type VisitProps = {
  document: ReplyDocument
  plan: ExhibitionPlan
}

function Visit({ document, plan }: VisitProps) {
  useHashSync(plan)
  useKeyboardControls(plan)
  useGamepad(plan)
  return (
    <main className="app">
      <Exhibition document={document} plan={plan} bodies={B129_BODIES} />
      <ExhibitFocusList document={document} plan={plan} />
      <Hud document={document} plan={plan} />
      <Minimap plan={plan} />
      <TouchJoystick />
      <NoticeBanner />
      <ExhibitDialog document={document} bodies={B129_BODIES} />
      <HelpOverlay />
    </main>
  )
}
