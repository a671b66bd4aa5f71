// A verification whose sources were temporarily unavailable is retried with the same request
// and idempotency key; the ID number is never stored, so only the page that made the request
// (in this session, in memory) can send it again. Keyed by verification id.
const retries = new Map<string, () => Promise<unknown>>();

export function rememberRetry(ids: readonly string[], send: () => Promise<unknown>): void {
  for (const id of ids) retries.set(id, send);
}

export function retryOf(id: string): (() => Promise<unknown>) | undefined {
  return retries.get(id);
}

export function forgetRetries(): void {
  retries.clear();
}
