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
  // Vitest runs with NODE_ENV=test, which would give React's development build and leave out
  // what only production has (the service worker); the tests visit what ships.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ mode: 'production', logLevel: 'warn', build: { outDir: 'dist' } })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
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
