// Runs before `npm start`, `npm test` and `npm run build`: says plainly when this Node.js is
// older than the project needs, instead of letting Vite fail later with an obscure syntax error.
// Written for old Node too (anything from Node 14 on runs it): plain syntax, nothing but fs.
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

/** Whether Node `current` (v20.1.0) is older than `wanted` (20.19, 20.19.0). */
export function nodeTooOld(current, wanted) {
  const parts = (version) => version.replace(/^v/, '').split('.').map(Number)
  const have = parts(current)
  const need = parts(wanted)
  for (let i = 0; i < 3; i++) {
    const a = have[i] || 0
    const b = need[i] || 0
    if (a !== b) return a < b
  }
  return false
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const wanted = JSON.parse(
    readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
  ).engines.node.replace(/^>=\s*/, '')
  if (nodeTooOld(process.version, wanted)) {
    console.error(
      `This exhibition needs Node.js ${wanted} or newer; this is ${process.version}.\n` +
        'Install a newer Node.js (.nvmrc names the version: `nvm install && nvm use`) and run the command again.',
    )
    process.exit(1)
  }
}
