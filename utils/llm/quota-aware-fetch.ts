/** The spread added to a provider's `retry-after`, so requests refused together do not all come back together. */
const RETRY_JITTER_MS = 1_000;

/**
 * Adjusts 429 answers before the SDK's retry logic reads them.
 * - `insufficient_quota` means the account has no credit: retrying only delays the message and
 *   spends requests, so it gets `x-should-retry: false`, which the SDK obeys.
 * - A rate limit's `retry-after` is the same for every request refused in a burst; the SDK waits
 *   exactly that long, so they would all return in step and be refused again. A random spread
 *   (as `retry-after-ms`, which the SDK prefers) breaks the lockstep.
 */
export async function quotaAwareFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  if (response.status !== 429) return response;
  const body = await response.text();
  const headers = new Headers(response.headers);
  if (/insufficient_quota/.test(body)) {
    headers.set('x-should-retry', 'false');
  } else {
    const seconds = Number(headers.get('retry-after'));
    const baseMs = Number(headers.get('retry-after-ms')) || (Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0);
    if (baseMs > 0) headers.set('retry-after-ms', String(Math.round(baseMs + Math.random() * RETRY_JITTER_MS)));
  }
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
