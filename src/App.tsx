import { useEffect, useState } from 'react'
import fontUrl from '../assets/fonts/exhibition-sans.woff?url'
import { B129, B129_BODIES, B129_BODIES_EN, B129_EN } from './content/b129'
import type { ReplyDocument } from './content'
import { translate } from './i18n'
import { planExhibition, type ExhibitionPlan } from './plan'
import { Exhibition } from './scene/Exhibition'
import { webglAvailable } from './scene/webgl'
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
import { PlaceAnnouncer } from './ui/PlaceAnnouncer'
import { TextView } from './ui/TextView'
import { TouchJoystick } from './ui/TouchJoystick'

const PLAN = B129.ok ? planExhibition(B129.document) : null

export function App() {
  const language = useExhibition((s) => s.language)
  useEffect(() => {
    document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN'
    document.title = translate(language, 'pavilion')
  }, [language])
  if (!B129.ok || !PLAN)
    return <ParseErrorPanel errors={B129.ok ? [] : B129.errors} language={language} />
  return <Visit plan={PLAN} source={B129.document} />
}

type VisitProps = {
  plan: ExhibitionPlan
  /** The reply as published; the plan is built from it, whatever the language shown. */
  source: ReplyDocument
}

function Visit({ plan, source }: VisitProps) {
  const language = useExhibition((s) => s.language)
  const textView = useExhibition((s) => s.textView)
  const reducedMotion = useExhibition((s) => s.reducedMotion)
  const [webgl] = useState(webglAvailable)
  useHashSync(plan)
  useKeyboardControls(plan)
  useGamepad(plan)
  useFontCheck()
  useEffect(() => {
    if (!webgl) useExhibition.getState().showNotice({ key: 'noticeNoWebgl', params: {} })
  }, [webgl])
  const document = language === 'en' && B129_EN ? B129_EN : source
  const bodies = language === 'en' ? B129_BODIES_EN : B129_BODIES
  if (!webgl)
    return (
      <main className="app" data-reduced-motion={reducedMotion}>
        <TextView document={document} bodies={bodies} standalone />
        <NoticeBanner />
        <PlaceAnnouncer document={document} />
      </main>
    )
  return (
    <main className="app" data-reduced-motion={reducedMotion}>
      <a className="skip-link" href="#/text">
        {translate(language, 'skipToText')}
      </a>
      <Exhibition document={document} plan={plan} bodies={bodies} hidden={textView} />
      {textView ? (
        <TextView document={document} bodies={bodies} standalone={false} />
      ) : (
        <>
          <ExhibitFocusList document={document} plan={plan} />
          <Hud document={document} plan={plan} />
          <Minimap plan={plan} />
          <TouchJoystick />
          <ExhibitDialog document={document} bodies={bodies} />
          <HelpOverlay />
        </>
      )}
      <NoticeBanner />
      <PlaceAnnouncer document={document} />
    </main>
  )
}

/**
 * The scene's text cannot be drawn without the font, and the text engine fails silently, so the
 * font is asked for once up front (which also warms the cache for the engine's own request).
 */
function useFontCheck(): void {
  useEffect(() => {
    const failed = () =>
      useExhibition.getState().showNotice({ key: 'noticeFontFailed', params: {} })
    fetch(fontUrl)
      .then((response) => (response.ok ? undefined : failed()))
      .catch(failed)
  }, [])
}
