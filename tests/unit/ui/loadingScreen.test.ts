import { describe, expect, it } from 'vitest'
import { loadingProgress, nextStepLabel, type LoadingStep } from '../../../src/ui/loadingScreen'

const steps = (...list: LoadingStep[]) => new Set(list)

describe('the loading screen’s steps', () => {
  it('shows the furthest step reached, whatever the order they came in', () => {
    expect(loadingProgress(steps())).toBe(5)
    expect(loadingProgress(steps('code'))).toBe(20)
    expect(loadingProgress(steps('code', 'font'))).toBe(80)
    expect(loadingProgress(steps('code', 'font', 'scene'))).toBe(80)
    expect(loadingProgress(steps('code', 'scene', 'font', 'text'))).toBe(100)
  })

  it('says what comes next', () => {
    expect(nextStepLabel(steps())).toBe('loadingCode')
    expect(nextStepLabel(steps('code'))).toBe('loadingScene')
    expect(nextStepLabel(steps('code', 'scene'))).toBe('loadingFont')
    expect(nextStepLabel(steps('code', 'scene', 'font'))).toBe('loadingText')
  })
})
