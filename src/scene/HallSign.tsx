import { type Recommendation } from '../content'
import { hallName, translate } from '../i18n'
import type { Hall as HallPlan } from '../plan'
import { useExhibition } from '../state/store'
import { Label } from './text/Label'
import { rectBounds, TextFrame } from './text/textFrame'
import { onTap, useHoverCursor } from './useHoverCursor'
import { exactColour } from './displayColour'

type HallSignProps = {
  hall: HallPlan
  recommendation: Recommendation
}

/** The sign above a hall's door in the lobby; a click walks to the hall. */
export function HallSign({ hall, recommendation }: HallSignProps) {
  const language = useExhibition((s) => s.language)
  const goTo = useExhibition((s) => s.goTo)
  const hover = useHoverCursor()
  const { sign } = hall
  return (
    <group
      position={sign.center}
      rotation-y={sign.rotationY}
      onClick={onTap(() => goTo({ kind: 'hall', hall: hall.number }))}
      {...hover}
    >
      <mesh>
        <planeGeometry args={[sign.width, sign.height]} />
        <meshBasicMaterial color={exactColour('#0b1124')} toneMapped={false} />
      </mesh>
      <mesh position={[-sign.width / 2 + 0.04, 0, 0.002]}>
        <planeGeometry args={[0.08, sign.height]} />
        <meshBasicMaterial color={exactColour(hall.colour)} toneMapped={false} />
      </mesh>
      <TextFrame bounds={rectBounds(sign.width, sign.height)}>
        <Label
          fontSize={0.28}
          position={[-sign.width / 2 + 0.3, 0.17, 0.01]}
          anchorX="left"
          color={hall.colour}
        >
          {`${hallName(language, hall.number)}\u3000${translate(language, 'recommendation', { ordinal: recommendation.ordinal })}`}
        </Label>
        <Label
          fontSize={0.2}
          maxLines={2}
          // In the half of the sign below its heading.
          maxHeight={sign.height / 2 - 0.06}
          position={[0, -0.02, 0.01]}
          anchorY="top"
          maxWidth={sign.width - 0.6}
          textAlign="center"
        >
          {recommendation.topic}
        </Label>
      </TextFrame>
    </group>
  )
}
