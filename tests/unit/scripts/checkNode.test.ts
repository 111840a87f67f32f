import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { nodeTooOld } from '../../../scripts/check-node.mjs'

describe('the Node.js version check', () => {
  it('tells older versions from new enough ones', () => {
    expect(nodeTooOld('v18.20.4', '20.19')).toBe(true)
    expect(nodeTooOld('v20.18.3', '20.19')).toBe(true)
    expect(nodeTooOld('v20.19.0', '20.19')).toBe(false)
    expect(nodeTooOld('v20.20.2', '20.19')).toBe(false)
    expect(nodeTooOld('v22.1.0', '20.19')).toBe(false)
    expect(nodeTooOld('v20.19.0', '20.19.1')).toBe(true)
  })

  it('names the same version as .nvmrc and passes on this Node', () => {
    const engines = JSON.parse(readFileSync('package.json', 'utf8')).engines.node
    expect(engines).toBe(`>=${readFileSync('.nvmrc', 'utf8').trim()}`)
    expect(() => execFileSync(process.execPath, ['scripts/check-node.mjs'])).not.toThrow()
  })
})
