import fc from 'fast-check'
import { BoxGeometry, Color, Mesh, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { bakeLight, litColour, PAVILION_LIGHT } from '../../../src/scene/bakedLight'
import { forScreen, toneMapped } from '../../../src/scene/displayColour'

const albedo = new Color('#243463')

describe('litColour', () => {
  it('lights a surface facing down with the ground half of the sky alone, as Lambert does', () => {
    const down = litColour(albedo, new Vector3(0, -1, 0))
    const expected = albedo
      .clone()
      .multiply(PAVILION_LIGHT.ground.clone().multiplyScalar(PAVILION_LIGHT.hemisphere))
      .multiplyScalar(1 / Math.PI)
    expect(down.r).toBeCloseTo(expected.r, 9)
    expect(down.g).toBeCloseTo(expected.g, 9)
    expect(down.b).toBeCloseTo(expected.b, 9)
  })

  it('adds each sun by the cosine of its angle to the surface', () => {
    const sun = PAVILION_LIGHT.suns[0]
    const facing = litColour(albedo, sun.towards.clone())
    // Turned a little away from the sun: less light, by the cosine.
    const turned = sun.towards
      .clone()
      .applyAxisAngle(new Vector3(0, 0, 1), 0.3)
      .normalize()
    expect(litColour(albedo, turned).r).toBeLessThan(facing.r)
  })

  it('is never darker than the hemisphere alone nor brighter than all light at once', () => {
    fc.assert(
      fc.property(
        fc.tuple(
          fc.double({ min: -1, max: 1, noNaN: true }),
          fc.double({ min: -1, max: 1, noNaN: true }),
          fc.double({ min: -1, max: 1, noNaN: true }),
        ),
        ([x, y, z]) => {
          const n = new Vector3(x, y, z)
          if (n.length() < 1e-3) return
          n.normalize()
          const c = litColour(albedo, n)
          const most = albedo
            .clone()
            .multiplyScalar((PAVILION_LIGHT.hemisphere + 1.4 + 0.5) / Math.PI)
          expect(c.b).toBeGreaterThan(0)
          expect(c.b).toBeLessThanOrEqual(most.b + 1e-9)
        },
      ),
    )
  })

  it('adds a glow as it is', () => {
    const glow = new Color(0.1, 0.2, 0.3)
    const plain = litColour(albedo, new Vector3(0, 1, 0))
    const glowing = litColour(albedo, new Vector3(0, 1, 0), glow)
    expect(glowing.g - plain.g).toBeCloseTo(0.2, 9)
  })
})

describe('bakeLight', () => {
  it('colours each face of a box by the way it faces in the world, once per place', () => {
    const box = new Mesh(new BoxGeometry(1, 1, 1))
    box.rotation.y = Math.PI / 2
    bakeLight(box, '#243463')
    const colours = box.geometry.getAttribute('color')
    const normals = box.geometry.getAttribute('normal')
    for (let i = 0; i < normals.count; i++) {
      // Rotated a quarter turn about y: local +x faces world -z.
      const n = new Vector3()
        .fromBufferAttribute(normals, i)
        .applyAxisAngle(new Vector3(0, 1, 0), Math.PI / 2)
      // Ready for the flat, linear canvas: tone-mapped and sRGB-encoded.
      const expected = forScreen(toneMapped(litColour(albedo, n)))
      expect(colours.getX(i)).toBeCloseTo(expected.r, 5)
      expect(colours.getZ(i)).toBeCloseTo(expected.b, 5)
    }
    bakeLight(box, '#243463')
    expect(box.geometry.getAttribute('color')).toBe(colours)
    box.position.x = 3
    bakeLight(box, '#ffffff')
    expect(box.geometry.getAttribute('color')).not.toBe(colours)
  })
})
