/**
 * The SDK retries every 429, but a 429 `insufficient_quota` means the account has no credit:
 * retrying only delays the message by the backoff and spends more requests. The SDK obeys an
 * `x-should-retry: false` header, so such answers get one before the SDK sees them.
 */
export async function quotaAwareFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  if (response.status !== 429) return response;
  const body = await response.text();
  const headers = new Headers(response.headers);
  if (/insufficient_quota/.test(body)) headers.set('x-should-retry', 'false');
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
