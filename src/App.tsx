import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useState } from 'react'
import { BUILT } from './exhibition/built'
import type { Exhibition } from './exhibition/exhibition'
import { ShownProvider, useOpenedExhibition, useShown } from './exhibition/shown'
import { translate } from './i18n'
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
import { OpeningStatus, ReplyDropZone } from './ui/OpenReply'
import { ParseErrorPanel } from './ui/ParseErrorPanel'
import { PlaceAnnouncer } from './ui/PlaceAnnouncer'
import { TouchJoystick } from './ui/TouchJoystick'

// The scene (three, R3F and the pavilion's meshes) is a chunk of its own, asked for at once: the
// page's header, controls and text come with the first chunk and work while it loads.
const loadScene = retryableImport(() => import('./scene/Exhibition'))

export function App() {
  const language = useExhibition((s) => s.language)
  const opened = useOpenedExhibition((s) => s.exhibition)
  const exhibition = opened ?? (BUILT.ok ? BUILT.exhibition : null)
  useEffect(() => {
    document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN'
    if (exhibition) document.title = exhibition.name[language]
  }, [language, exhibition])
  if (!exhibition)
    return <ParseErrorPanel errors={BUILT.ok ? [] : BUILT.errors} language={language} />
  // Another reply is another visit: every room, the visitor and the tour start afresh.
  return <Visit key={exhibition.key} exhibition={exhibition} />
}

function Visit({ exhibition }: { exhibition: Exhibition }) {
  const language = useExhibition((s) => s.language)
  // The language switches once the translation has loaded (see switchLanguage); a reply without
  // one is shown as published, the page's own words still in the language chosen.
  const english = language === 'en' ? (exhibition.english?.loaded() ?? null) : null
  const shown = useMemo(
    () => ({
      exhibition,
      document: english?.document ?? exhibition.source,
      bodies: english?.bodies ?? exhibition.bodies,
    }),
    [exhibition, english],
  )
  return (
    <ShownProvider value={shown}>
      <VisitShown />
    </ShownProvider>
  )
}

function VisitShown() {
  const { exhibition } = useShown()
  const { plan, source } = exhibition
  const [webgl] = useState(probeWebgl)
  const reducedMotion = useExhibition((s) => s.reducedMotion)
  const kiosk = useExhibition((s) => s.kiosk)
  // Before the hash is read (a layout effect runs before every passive one): #/tour/7 needs them.
  useLayoutEffect(
    () => useExhibition.getState().setTourSteps(tourStepsOf(plan, source)),
    [plan, source],
  )
  useHashSync(plan)
  useKioskHardening()
  return (
    <main className="app" data-reduced-motion={reducedMotion}>
      {webgl.available ? (
        <SceneBoundary fallback={<TextViewLoader standalone />}>
          <SceneVisit software={webgl.software} />
        </SceneBoundary>
      ) : (
        <TextOnly />
      )}
      <NoticeBanner />
      <PlaceAnnouncer />
      {!kiosk && <ReplyDropZone />}
      <OpeningStatus />
    </main>
  )
}

/** Without WebGL the reply is read as text, and the page's keys are the browser's own. */
function TextOnly() {
  useEffect(() => useExhibition.getState().showNotice({ key: 'noticeNoWebgl', params: {} }), [])
  return <TextViewLoader standalone />
}

function SceneVisit({ software }: { software: boolean }) {
  const { exhibition, document } = useShown()
  const { plan, name } = exhibition
  const language = useExhibition((s) => s.language)
  const textView = useExhibition((s) => s.textView)
  useKeyboardControls(plan)
  useGamepad(plan)
  useVisitorEvents()
  const captions = useMemo(() => ({ document, plan, name }), [document, plan, name])
  useTourDriver(captions)
  useNarration(captions)
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
        <Exhibition hidden={textView} software={software} />
      </Suspense>
      {textView ? (
        <TextViewLoader standalone={false} />
      ) : (
        <>
          <ExhibitFocusList />
          <Hud />
          <Minimap />
          <TouchJoystick />
          <ExhibitDialog />
          <TourCaption />
          <ShareCard />
          <HelpOverlay />
        </>
      )}
      <CountdownOverlay />
      <BlankScreen />
    </>
  )
}
