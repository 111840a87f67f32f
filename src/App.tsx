import { lazy, Suspense, useEffect, useLayoutEffect, useState } from 'react'
import {
  englishLoaded,
  EXHIBITION_NAME,
  REPLY,
  REPLY_BODIES,
  type Bodies,
} from './content/shownReply'
import type { ReplyDocument } from './content'
import { translate } from './i18n'
import { planExhibition, type ExhibitionPlan } from './plan'
import { retryableImport } from './retryableImport'
import { probeWebgl } from './scene/webgl'
import { TEXT_HASH } from './state/placeHash'
import { useExhibition } from './state/store'
import { useHashSync } from './state/useHashSync'
import { useGamepad } from './controls/useGamepad'
import { useKeyboardControls } from './controls/useKeyboardControls'
import { useVisitorEvents } from './controls/useVisitorEvents'
import { tourStepsOf } from './tour/tourSteps'
import { useNarration } from './tour/useNarration'
import { useTourDriver } from './tour/useTourDriver'
import { useKioskIdle } from './tour/useKioskIdle'
import { BlankScreen } from './ui/BlankScreen'
import { CountdownOverlay } from './ui/CountdownOverlay'
import { SceneBoundary } from './ui/SceneBoundary'
import { ShareCard } from './ui/ShareCard'
import { TextViewLoader } from './ui/TextViewLoader'
import { TourCaption } from './ui/TourCaption'
import { useKioskHardening } from './ui/useKioskHardening'
import { ExhibitDialog } from './ui/ExhibitDialog'
import { ExhibitFocusList } from './ui/ExhibitFocusList'
import { HelpOverlay } from './ui/HelpOverlay'
import { Hud } from './ui/Hud'
import { Minimap } from './ui/Minimap'
import { NoticeBanner } from './ui/NoticeBanner'
import { ParseErrorPanel } from './ui/ParseErrorPanel'
import { PlaceAnnouncer } from './ui/PlaceAnnouncer'
import { TouchJoystick } from './ui/TouchJoystick'

const PLAN = REPLY.ok ? planExhibition(REPLY.document) : null

// The scene (three, R3F and the pavilion's meshes) is a chunk of its own, asked for at once: the
// page's header, controls and text come with the first chunk and work while it loads.
const loadScene = retryableImport(() => import('./scene/Exhibition'))

export function App() {
  const language = useExhibition((s) => s.language)
  useEffect(() => {
    document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN'
    document.title = EXHIBITION_NAME[language]
  }, [language])
  if (!REPLY.ok || !PLAN)
    return <ParseErrorPanel errors={REPLY.ok ? [] : REPLY.errors} language={language} />
  return <Visit plan={PLAN} source={REPLY.document} />
}

type VisitProps = {
  plan: ExhibitionPlan
  /** The reply as published; the plan is built from it, whatever the language shown. */
  source: ReplyDocument
}

function Visit({ plan, source }: VisitProps) {
  const [webgl] = useState(probeWebgl)
  const language = useExhibition((s) => s.language)
  const reducedMotion = useExhibition((s) => s.reducedMotion)
  // Before the hash is read (a layout effect runs before every passive one): #/tour/7 needs them.
  useLayoutEffect(
    () => useExhibition.getState().setTourSteps(tourStepsOf(plan, source)),
    [plan, source],
  )
  useHashSync(plan)
  useKioskHardening()
  // The language switches once the translation has loaded (see switchLanguage).
  const english = language === 'en' ? englishLoaded() : null
  const document = english?.document ?? source
  const bodies = english?.bodies ?? REPLY_BODIES
  return (
    <main className="app" data-reduced-motion={reducedMotion}>
      {webgl.available ? (
        <SceneBoundary fallback={<TextViewLoader document={document} bodies={bodies} standalone />}>
          <SceneVisit plan={plan} document={document} bodies={bodies} software={webgl.software} />
        </SceneBoundary>
      ) : (
        <TextOnly document={document} bodies={bodies} />
      )}
      <NoticeBanner />
      <PlaceAnnouncer document={document} />
    </main>
  )
}

type ShownProps = { document: ReplyDocument; bodies: Bodies }

/** Without WebGL the reply is read as text, and the page's keys are the browser's own. */
function TextOnly({ document, bodies }: ShownProps) {
  useEffect(() => useExhibition.getState().showNotice({ key: 'noticeNoWebgl', params: {} }), [])
  return <TextViewLoader document={document} bodies={bodies} standalone />
}

type SceneVisitProps = ShownProps & { plan: ExhibitionPlan; software: boolean }

function SceneVisit({ plan, document, bodies, software }: SceneVisitProps) {
  const language = useExhibition((s) => s.language)
  const textView = useExhibition((s) => s.textView)
  useKeyboardControls(plan)
  useGamepad(plan)
  useVisitorEvents()
  useTourDriver(document)
  useNarration(document)
  useKioskIdle()
  // One lazy component per mount: after a failed load, the scene boundary's next try loads anew.
  const [Exhibition] = useState(() =>
    lazy(() => loadScene().then((module) => ({ default: module.Exhibition }))),
  )
  return (
    <>
      <a className="skip-link" href={TEXT_HASH}>
        {translate(language, 'skipToText')}
      </a>
      <Suspense fallback={null}>
        <Exhibition
          document={document}
          plan={plan}
          bodies={bodies}
          hidden={textView}
          software={software}
        />
      </Suspense>
      {textView ? (
        <TextViewLoader document={document} bodies={bodies} standalone={false} />
      ) : (
        <>
          <ExhibitFocusList document={document} plan={plan} />
          <Hud document={document} plan={plan} />
          <Minimap plan={plan} />
          <TouchJoystick />
          <ExhibitDialog document={document} bodies={bodies} />
          <TourCaption document={document} />
          <ShareCard />
          <HelpOverlay />
        </>
      )}
      <CountdownOverlay />
      <BlankScreen />
    </>
  )
}
