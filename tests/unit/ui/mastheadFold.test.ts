import { describe, expect, it } from 'vitest'
import { foldsAt, rowWidth } from '../../../src/ui/mastheadFold'

describe('the masthead’s fold', () => {
  it('measures the row as its buttons and the gaps between them', () => {
    expect(rowWidth([60, 80, 100], 6)).toBe(252)
    expect(rowWidth([], 6)).toBe(0)
  })

  it('folds on a phone whatever the row, and on a wider screen only when the row leaves the names too little', () => {
    expect(foldsAt(390, 100, 20)).toBe(true)
    expect(foldsAt(640, 100, 20)).toBe(true)
    // B129 in Chinese at 1280 px: ten buttons of some 900 px beside the names.
    expect(foldsAt(1280, 900, 44)).toBe(false)
    // Six halls: three more buttons.
    expect(foldsAt(1280, 1180, 44)).toBe(true)
    expect(foldsAt(1920, 1180, 44)).toBe(false)
  })
})
