import type { IncomingMessage, Server, ServerResponse } from 'node:http'

export const DEFAULT_PORT: number
export const DEFAULT_HOST: string
export function contentTypeFor(path: string): string
export function cacheControlFor(path: string): string
export function safePath(root: string, urlPath: string): string | null
export function readMetaCsp(html: string): string | null
export function cspHeader(metaPolicy: string | null): string
export function shownDir(root: string): string
export function checkBuild(root: string): void
export function createHandler(options: {
  root: string
  verbose?: boolean
  log?: (line: string) => void
}): (req: IncomingMessage, res: ServerResponse) => void
export function startServer(options: {
  root: string
  port?: number
  host?: string
  verbose?: boolean
  log?: (line: string) => void
}): Promise<Server>
export function urlsFor(host: string, port: number): { local: string; lan: string[] }
export function parseOptions(
  argv: string[],
  env?: Record<string, string | undefined>,
): { root: string; port: number; host: string; verbose: boolean; help: boolean }
