type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * A request to the provider carries the key in its header and nothing of the browser's: the
 * background's fetch would otherwise take along the cookies (and HTTP auth) the browser holds for
 * the provider's host, and cookies ignore ports, so a webmail or a single-sign-on portal on the
 * same host would hand its logged-in session to the API server. Every SDK call (chat, legacy
 * completions, the model list, each retry) goes through this.
 */
export function withoutAmbientCredentials(inner: Fetch): Fetch {
  return (input, init) => inner(input, { ...init, credentials: 'omit' });
}
