import ReactThreeTestRenderer from '@react-three/test-renderer'
import { act } from 'react'
import type { BufferGeometry, LineLoop } from 'three'
import { describe, expect, it } from 'vitest'
import { planExhibition } from '../../../src/plan'
import { FocusRing } from '../../../src/scene/FocusRing'
import { useExhibition } from '../../../src/state/store'
import { b129 } from '../../support/b129'

const plan = planExhibition(b129())
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

describe('FocusRing', () => {
  it('frames every focus target with one geometry, scaled to it, and never makes another', async () => {
    const renderer = await ReactThreeTestRenderer.create(<FocusRing plan={plan} />)
    const ring = () => renderer.scene.children[0]?.instance as LineLoop | undefined
    expect(ring()).toBeUndefined()
    const seen = new Set<BufferGeometry>()
    for (const focus of [
      { kind: 'exhibit', hall: 1, exhibit: 1 },
      { kind: 'exhibit', hall: 3, exhibit: 4 },
      { kind: 'door', hall: 2 },
      { kind: 'exhibit', hall: 1, exhibit: 1 },
    ] as const) {
      await act(async () => useExhibition.getState().setFocus(focus))
      const loop = ring()
      if (!loop) throw new Error(`no ring for ${JSON.stringify(focus)}`)
      seen.add(loop.geometry)
      const target =
        focus.kind === 'door'
          ? plan.halls[focus.hall - 1]!.sign
          : plan.halls[focus.hall - 1]!.stands[focus.exhibit - 1]!.panel
      expect(loop.scale.x).toBeCloseTo(target.width / 2 + 0.12, 6)
      expect(loop.scale.y).toBeCloseTo(target.height / 2 + 0.12, 6)
      expect(loop.position.toArray()).toEqual(target.center)
    }
    expect(seen.size).toBe(1)
    await act(async () => useExhibition.getState().setFocus(null))
    expect(ring()).toBeUndefined()
    await renderer.unmount()
  })
})
