import type { PreviewServer } from 'vite'
import { build, preview } from 'vite'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

let server: PreviewServer | undefined

/** Builds the app as it ships and serves the build on loopback for the browser tests. */
export async function setup(project: TestProject): Promise<void> {
  await build({ logLevel: 'warn', build: { outDir: 'dist' } })
  server = await preview({
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error('preview server has no port')
  project.provide('baseURL', `http://127.0.0.1:${address.port}/`)
}

export async function teardown(): Promise<void> {
  await server?.close()
}
