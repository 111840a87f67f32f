import { Text } from '@react-three/drei'
import type { ComponentProps } from 'react'
import fontUrl from '../../assets/fonts/exhibition-sans.woff?url'
import { textGone, textSettled, textStarted } from './textReadiness'

type LabelProps = ComponentProps<typeof Text>

const HAN = /\p{Script=Han}/u

/**
 * Chinese lines may break between any two characters, but the text engine breaks at spaces
 * first, which leaves ragged lines around the spaced figures (交出了 8 组). In Chinese text the
 * spaces are shown as no-break spaces so that lines fill evenly; the text itself is unchanged.
 */
function evenLines(children: LabelProps['children']): LabelProps['children'] {
  return typeof children === 'string' && HAN.test(children)
    ? children.replace(/ /g, '\u00A0')
    : children
}

/**
 * Scene text in the exhibition's own font. The font covers every character the exhibition
 * shows; without it the text engine would fetch a fallback from another origin. Chinese has no
 * spaces, so lines must be allowed to break anywhere.
 */
export function Label({ children, onSync, ...props }: LabelProps) {
  return (
    <Text
      font={fontUrl}
      overflowWrap="break-word"
      anchorX="center"
      anchorY="middle"
      color="#eef4ff"
      lineHeight={1.45}
      ref={(mesh) => {
        if (!mesh) return
        textStarted(mesh)
        return () => textGone(mesh)
      }}
      onSync={(mesh) => {
        textSettled(mesh)
        onSync?.(mesh)
      }}
      {...props}
    >
      {evenLines(children)}
    </Text>
  )
}
