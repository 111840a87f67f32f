import { Text } from '@react-three/drei'
import type { ComponentProps } from 'react'
import fontUrl from '../../assets/fonts/exhibition-sans.woff?url'
import { textSettled, textStarted } from './textReadiness'

type LabelProps = ComponentProps<typeof Text>

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
      ref={(mesh) => (mesh ? textStarted(mesh) : undefined)}
      onSync={(mesh) => {
        textSettled(mesh)
        onSync?.(mesh)
      }}
      {...props}
    >
      {children}
    </Text>
  )
}
