import type { PanelPlacement } from '../plan'
import { Label } from './text/Label'
import { Plate } from './Plate'

type TextPanelProps = {
  placement: PanelPlacement
  /** Heading at the top of the panel. */
  heading: string
  /** Body text, wrapped inside the panel. */
  body: string
  /** Small text at the foot of the panel. */
  footer?: string
  accent?: string
  fontSize?: number
}

/** A wall panel with a heading and a paragraph: the lobby's opening and overview. */
export function TextPanel({
  placement,
  heading,
  body,
  footer,
  accent,
  fontSize = 0.2,
}: TextPanelProps) {
  const { width, height } = placement
  return (
    <Plate placement={placement} accent={accent}>
      <Label
        fontSize={0.34}
        position={[-width / 2 + 0.4, height / 2 - 0.45, 0.01]}
        anchorX="left"
        color="#7fd8ff"
      >
        {heading}
      </Label>
      <Label
        fontSize={fontSize}
        position={[-width / 2 + 0.4, height / 2 - 0.85, 0.01]}
        anchorX="left"
        anchorY="top"
        maxWidth={width - 0.8}
      >
        {body}
      </Label>
      {footer ? (
        <Label
          fontSize={0.16}
          position={[-width / 2 + 0.4, -height / 2 + 0.3, 0.01]}
          anchorX="left"
          anchorY="bottom"
          maxWidth={width - 0.8}
          color="#9fb2d9"
        >
          {footer}
        </Label>
      ) : null}
    </Plate>
  )
}
