// `npm run build [-- --reply path/to/reply.txt] [--base /path/] [--outDir dir] [--emptyOutDir]`:
// the static exhibition of a reply (B129 unless --reply or REPLY names another) in dist/. A reply
// that does not parse prints every problem as `file:line: message`, exits 1 and writes nothing.
import { build } from 'vite'
import { option, unknownOptions } from './viteArgs.mjs'

const args = process.argv.slice(2)
const unknown = unknownOptions(args)
if (unknown.length > 0) {
  console.error(`npm run build: unknown option ${unknown.join(', ')}`)
  process.exit(2)
}
const reply = option(args, '--reply')
if (typeof reply === 'string') process.env.REPLY = reply
const text = (name) => (typeof option(args, name) === 'string' ? option(args, name) : undefined)
try {
  await build({
    mode: 'production',
    logLevel: text('--logLevel') ?? 'info',
    base: text('--base'),
    build: {
      outDir: text('--outDir'),
      emptyOutDir: option(args, '--emptyOutDir') === true ? true : undefined,
    },
  })
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
