import type { Text as DreiText } from '@react-three/drei'
import { lazy, Suspense, type ComponentProps } from 'react'
import fontUrl from '../../assets/fonts/exhibition-sans.woff?url'
import { useSceneText } from './useSceneText'
import { probeWebgl } from './webgl'

// The text engine (troika, with its shaping and bidi code) is a chunk of its own, loaded while
// the first frame of rooms and figures is drawn; the text follows with the font.
const Text = lazy(() => import('@react-three/drei/core/Text').then((m) => ({ default: m.Text })))

type LabelProps = ComponentProps<typeof DreiText>

const HAN = /\p{Script=Han}/u
/**
 * A software renderer draws glyph distance fields several times slower than the text engine's
 * JavaScript workers (22 s against 6.6 s for the lobby's text, SwiftShader at 1080p). drei passes
 * troika's `gpuAccelerateSDF` on to the text but leaves it out of its prop types, hence `object`.
 */
const ENGINE_OPTIONS: object = {
  gpuAccelerateSDF: !(typeof document !== 'undefined' && probeWebgl().software),
}

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
 *
 * Each label waits for the font on its own (its own Suspense boundary): rooms, lights and
 * figures are drawn at once, and if the font never comes the pavilion still works without text.
 */
export function Label({ children, onSync, ...props }: LabelProps) {
  const settled = useSceneText(typeof children === 'string' ? children : '')
  return (
    <Suspense fallback={null}>
      <Text
        font={fontUrl}
        overflowWrap="break-word"
        anchorX="center"
        anchorY="middle"
        color="#eef4ff"
        lineHeight={1.45}
        {...ENGINE_OPTIONS}
        onSync={(mesh) => {
          settled()
          onSync?.(mesh)
        }}
        {...props}
      >
        {evenLines(children)}
      </Text>
    </Suspense>
  )
}
