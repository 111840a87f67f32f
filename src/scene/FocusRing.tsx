import { useMemo } from 'react'
import { BufferGeometry, Float32BufferAttribute } from 'three'
import type { ExhibitionPlan, PanelPlacement } from '../plan'
import { useExhibition } from '../state/store'

type FocusRingProps = {
  plan: ExhibitionPlan
}

const MARGIN = 0.12

/** A bright frame around the exhibit or door sign that the keyboard focus rests on. */
export function FocusRing({ plan }: FocusRingProps) {
  const focus = useExhibition((s) => s.focus)
  const target: PanelPlacement | undefined =
    focus?.kind === 'exhibit'
      ? plan.halls[focus.hall - 1]?.stands[focus.exhibit - 1]?.panel
      : focus?.kind === 'door'
        ? plan.halls[focus.hall - 1]?.sign
        : undefined
  const outline = useMemo(() => {
    if (!target) return null
    const w = target.width / 2 + MARGIN
    const h = target.height / 2 + MARGIN
    const geometry = new BufferGeometry()
    geometry.setAttribute(
      'position',
      new Float32BufferAttribute([-w, -h, 0, w, -h, 0, w, h, 0, -w, h, 0], 3),
    )
    return geometry
  }, [target])
  if (!target || !outline) return null
  return (
    <lineLoop
      geometry={outline}
      position={target.center}
      rotation-y={target.rotationY}
      renderOrder={2}
    >
      <lineBasicMaterial color="#ffd166" toneMapped={false} depthTest={false} />
    </lineLoop>
  )
}
