// The command line of `npm start` and `npm run build`: the options they pass on to Vite, and
// `--reply <file>`, which Vite does not know (it names the reply to show: scripts/replyInput.ts).

/**
 * `--name value` or `--name=value` from `args`: the value, `true` for a bare flag, else undefined.
 * A bare flag is one followed by nothing or by another option.
 */
export function option(args, name) {
  const at = args.indexOf(name)
  if (at >= 0) {
    const next = args[at + 1]
    return next === undefined || next.startsWith('--') ? true : next
  }
  const joined = args.find((arg) => arg.startsWith(`${name}=`))
  return joined === undefined ? undefined : joined.slice(name.length + 1)
}

/** Options this project's commands accept; anything else is an error, not silently ignored. */
const KNOWN = new Set([
  '--reply',
  '--base',
  '--outDir',
  '--emptyOutDir',
  '--host',
  '--port',
  '--logLevel',
])

/** The unknown options in `args`, to refuse them by name. */
export function unknownOptions(args) {
  return args
    .filter((arg) => arg.startsWith('--'))
    .map((arg) => arg.split('=')[0])
    .filter((name) => !KNOWN.has(name))
}
