// `npm start [-- --reply path/to/reply.txt] [--host [address]] [--port n]`: the exhibition with
// live reload on http://127.0.0.1:5173/; `--host` alone serves it on every network interface,
// for trying it on phones on the same network.
import { createServer } from 'vite'
import { option, unknownOptions } from './viteArgs.mjs'

const args = process.argv.slice(2)
const unknown = unknownOptions(args)
if (unknown.length > 0) {
  console.error(`npm start: unknown option ${unknown.join(', ')}`)
  process.exit(2)
}
const reply = option(args, '--reply')
if (typeof reply === 'string') process.env.REPLY = reply
const host = option(args, '--host')
const port = option(args, '--port')
try {
  const server = await createServer({
    server: {
      host: host === true ? true : (host ?? '127.0.0.1'),
      port: typeof port === 'string' ? Number(port) : 5173,
    },
  })
  await server.listen()
  server.printUrls()
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
