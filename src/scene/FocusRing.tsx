import { BufferGeometry, Float32BufferAttribute } from 'three'
import { hallOf, standOf, type ExhibitionPlan, type PanelPlacement } from '../plan'
import { useExhibition } from '../state/store'
import { exactColour } from './displayColour'

type FocusRingProps = {
  plan: ExhibitionPlan
}

const MARGIN = 0.12

// One square frame for every target, scaled to it: moving the focus creates no geometry (it did,
// one per target, never disposed, so a kiosk's Tab presses grew the GPU's memory).
const FRAME = new BufferGeometry().setAttribute(
  'position',
  new Float32BufferAttribute([-1, -1, 0, 1, -1, 0, 1, 1, 0, -1, 1, 0], 3),
)

/** A bright frame around the exhibit or door sign that the keyboard focus rests on. */
export function FocusRing({ plan }: FocusRingProps) {
  const focus = useExhibition((s) => s.focus)
  const target: PanelPlacement | undefined =
    focus?.kind === 'exhibit'
      ? standOf(plan, focus)?.panel
      : focus?.kind === 'door'
        ? hallOf(plan, { kind: 'hall', hall: focus.hall })?.sign
        : undefined
  if (!target) return null
  return (
    <lineLoop
      geometry={FRAME}
      dispose={null}
      position={target.center}
      rotation-y={target.rotationY}
      scale={[target.width / 2 + MARGIN, target.height / 2 + MARGIN, 1]}
      renderOrder={2}
    >
      <lineBasicMaterial color={exactColour('#ffd166')} toneMapped={false} depthTest={false} />
    </lineLoop>
  )
}
