import { useLayoutEffect, useMemo, useRef } from 'react'
import { Object3D, type InstancedMesh } from 'three'
import { plaqueLayout, textEms, type GlyphMeasures } from '../plan'
import { Label } from './text/Label'
import { rectBounds, TextFrame } from './text/textFrame'
import { exactColour } from './displayColour'

type NamePlaquesProps = {
  names: readonly string[]
  /** Bottom-left corner of the area the plaques flow up from, in the panel's frame. */
  origin: [number, number, number]
  width: number
  fontSize?: number
  /** The font's measures, for plaques as wide as their names. */
  measures?: GlyphMeasures
}

const placer = new Object3D()

/** The organisations a measure names, each on its own plaque: text only, no logos. */
export function NamePlaques({
  names,
  origin,
  width,
  fontSize = 0.075,
  measures,
}: NamePlaquesProps) {
  const { slots, height } = useMemo(
    () => plaqueLayout(names, width, fontSize, measures && ((text) => textEms(text, measures))),
    [names, width, fontSize, measures],
  )
  const plates = useRef<InstancedMesh>(null)
  useLayoutEffect(() => {
    const mesh = plates.current
    if (!mesh) return
    slots.forEach((slot, i) => {
      placer.position.set(slot.x, height - slot.y, 0)
      placer.scale.set(slot.width, fontSize * 2, 1)
      placer.updateMatrix()
      mesh.setMatrixAt(i, placer.matrix)
    })
    mesh.instanceMatrix.needsUpdate = true
    mesh.computeBoundingSphere()
  }, [slots, height, fontSize])
  // The names sit beside the plates, not inside their group, so that a text batch around the
  // plaques reads their positions in its own frame.
  return (
    <>
      <group position={origin}>
        <instancedMesh ref={plates} args={[undefined, undefined, slots.length]}>
          <planeGeometry args={[1, 1]} />
          <meshBasicMaterial color={exactColour('#3a2f12')} toneMapped={false} />
        </instancedMesh>
      </group>
      {slots.map((slot) => {
        const x = origin[0] + slot.x
        const y = origin[1] + height - slot.y
        return (
          <TextFrame key={slot.name} bounds={rectBounds(slot.width, fontSize * 2, x, y)}>
            <Label fontSize={fontSize} position={[x, y, origin[2] + 0.005]} color="#ffd98a">
              {slot.name}
            </Label>
          </TextFrame>
        )
      })}
    </>
  )
}
