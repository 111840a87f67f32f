import { describe, expect, it } from 'vitest'
import { b129, B129_SIDE } from '../../support/b129'

const bodies = B129_SIDE.bodies

describe('the named bodies of B129', () => {
  const measures = b129().recommendations.flatMap((r) => r.measures)

  it('names only measures that exist', () => {
    const ids = measures.map((m) => m.id)
    for (const id of Object.keys(bodies)) expect(ids).toContain(id)
  })

  it('lists each body exactly as its measure writes it', () => {
    for (const [id, names] of Object.entries(bodies)) {
      const text =
        measures
          .find((m) => m.id === id)
          ?.paragraphs.map((p) => p.text)
          .join('') ?? ''
      for (const name of names) expect(text, `${id}: ${name}`).toContain(name)
      expect(new Set(names).size, id).toBe(names.length)
    }
  })
})
