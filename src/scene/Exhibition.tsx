import { Canvas } from '@react-three/fiber'
import { useMemo } from 'react'
import { translate } from '../i18n'
import { useShown } from '../exhibition/shown'
import { exhibitionCharacters, recommendationById } from '../exhibition/exhibition'
import { BASE_FOV } from '../plan'
import { FAULTS_ENABLED } from '../faults'
import { useExhibition } from '../state/store'
import { hashOfPlace } from '../state/placeHash'
import { readQuery } from '../state/query'
import { useContextRecovery } from './useContextRecovery'
import { BenchProbe } from './BenchProbe'
import { LandmarkProbe } from './landmarks'
import { RoomCulling } from './RoomCulling'
import { AdaptiveResolution } from './AdaptiveResolution'
import { Ceiling } from './Ceiling'
import { DialogViewOffset } from './DialogViewOffset'
import { ResponsiveFov } from './ResponsiveFov'
import { Floor } from './Floor'
import { FocusRing } from './FocusRing'
import { FrameSignal } from './FrameSignal'
import { FrameWatchdog } from './FrameWatchdog'
import { SceneFault } from './SceneFault'
import { Hall } from './Hall'
import { Lobby } from './Lobby'
import { PointerControls } from './PointerControls'
import { VisitorRig } from './VisitorRig'
import { Walls } from './Walls'
import { SceneFontProvider, sceneFontFor, useSceneFontCheck } from './text/sceneFont'
import { exactColour } from './displayColour'

// `?bench`: the benchmark reads the renderer's figures through a probe in the scene.
const BENCH = typeof window !== 'undefined' && readQuery(window.location.search).bench

type ExhibitionProps = {
  /** Under the text view: kept mounted (and not drawn) so that coming back is instant. */
  hidden: boolean
  /** A CPU draws the scene: no multisampling, and the pixel ratio starts at 1. */
  software: boolean
}

/** The one canvas of the visit: every room stays mounted; only what is in view is drawn. */
export function Exhibition({ hidden, software }: ExhibitionProps) {
  const { exhibition, document, bodies } = useShown()
  const { plan } = exhibition
  // A reply opened in the page may need characters the built atlas lacks: its font adds them.
  const font = useMemo(
    () => sceneFontFor(exhibition.key, exhibitionCharacters(exhibition)),
    [exhibition],
  )
  const language = useExhibition((s) => s.language)
  const kiosk = useExhibition((s) => s.kiosk)
  const { generation, onCreated } = useContextRecovery(plan)
  useSceneFontCheck()
  return (
    <Canvas
      key={generation}
      onCreated={onCreated}
      className="exhibition"
      style={hidden ? { visibility: 'hidden' } : undefined}
      aria-hidden={hidden || undefined}
      tabIndex={0}
      // The scene takes its own keys (WASD, arrows): an application, to a screen reader.
      role="application"
      frameloop="demand"
      // No tone mapping and no output encoding per pixel: every colour comes ready for the
      // screen (displayColour.ts), which halves a software renderer's frame.
      flat
      linear
      dpr={software ? 1 : [1, 2]}
      camera={{ position: plan.spawn.position, fov: BASE_FOV, near: 0.1, far: 200 }}
      // Multisampling costs little on a GPU and doubles a software renderer's frame time. An
      // opaque canvas (the scene has its own background) is copied to the screen rather than
      // blended over the page: with software compositing that was the difference between 30 fps
      // and a frame in three at 24 fps while turning in hall 3 at pixel ratio 0.75.
      gl={{ antialias: !software, alpha: false, powerPreference: 'high-performance' }}
      aria-label={translate(language, 'canvasLabel', { title: document.meta.title.value })}
    >
      <SceneFontProvider value={font}>
        <primitive attach="background" object={exactColour('#070b18')} />
        {/* No lights: their light is baked into every surface once (bakedLight.ts). */}
        <FrameSignal />
        {kiosk && <FrameWatchdog />}
        {FAULTS_ENABLED && <SceneFault />}
        <AdaptiveResolution />
        <RoomCulling plan={plan} />
        {BENCH && <BenchProbe places={plan.tour.map(hashOfPlace)} />}
        <LandmarkProbe />
        <VisitorRig plan={plan} />
        <PointerControls />
        <FocusRing plan={plan} />
        <Floor plan={plan} />
        <Walls plan={plan} />
        <Ceiling plan={plan} />
        <DialogViewOffset />
        <ResponsiveFov />
        <Lobby document={document} plan={plan} />
        {plan.halls.map((hall) => {
          const recommendation = recommendationById(document, hall.recommendationId)
          return recommendation ? (
            <Hall
              key={hall.number}
              hall={hall}
              plan={plan}
              recommendation={recommendation}
              bodies={bodies}
            />
          ) : null
        })}
      </SceneFontProvider>
    </Canvas>
  )
}
