import type { ReplyDocument } from '../content'
import type { PanelPlacement } from '../plan'
import { Label } from './text/Label'
import { rectBounds, TextFrame } from './text/textFrame'
import { Plate } from './Plate'
import { exactColour } from './displayColour'

type HeaderWallProps = {
  /** The reply whose header this wall shows. */
  document: ReplyDocument
  placement: PanelPlacement
}

/** The entrance wall: the reply's header as published, with its result and disclosure as badges. */
export function HeaderWall({ document, placement }: HeaderWallProps) {
  const { meta } = document
  const { width, height } = placement
  const badges = [meta.result.value, meta.disclosure.value]
  return (
    <Plate placement={placement} colour="#0f1730">
      {badges.map((badge, i) => (
        <group
          key={badge}
          position={[(i - (badges.length - 1) / 2) * 2.6, height / 2 - 0.45, 0.01]}
        >
          <mesh>
            <planeGeometry args={[2.3, 0.42]} />
            <meshBasicMaterial
              color={exactColour(i === 0 ? '#1f8f6a' : '#2a5bd7')}
              toneMapped={false}
            />
          </mesh>
          <TextFrame bounds={rectBounds(2.3, 0.42)}>
            <Label fontSize={0.22} position={[0, 0, 0.01]}>
              {badge}
            </Label>
          </TextFrame>
        </group>
      ))}
      <Label fontSize={0.26} position={[0, height / 2 - 1.0, 0.01]} color="#9fc3ff">
        {`${meta.issuer.value}\u3000${meta.docNumber.value}`}
      </Label>
      <Label fontSize={0.5} position={[0, -0.15, 0.01]} maxWidth={width - 1.5} textAlign="center">
        {meta.title.value}
      </Label>
      <Label fontSize={0.3} position={[0, -height / 2 + 0.55, 0.01]} color="#c9d8f5">
        {meta.addressee.text}
      </Label>
    </Plate>
  )
}
