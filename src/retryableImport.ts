/**
 * A lazy module whose failed load is never kept: the next use asks again (a kiosk that lost the
 * network for a moment, a chunk that a new deployment replaced), while a load in flight is shared.
 */
export function retryableImport<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null
      throw error
    })
    return pending
  }
}
