import { describe, expect, it } from 'vitest';
import { withoutAmbientCredentials } from '../../../utils/llm/credential-free-fetch';

type Call = { input: string | URL | Request; init: RequestInit | undefined };

function recordingFetch(calls: Call[]) {
  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    calls.push({ input, init });
    return new Response('{}', { status: 200 });
  };
}

describe('withoutAmbientCredentials', () => {
  it('sends every request without the browser cookies, keeping the rest of what the SDK set', async () => {
    const calls: Call[] = [];
    const signal = new AbortController().signal;
    const headers = { authorization: 'Bearer sk-test-000', 'content-type': 'application/json' };
    await withoutAmbientCredentials(recordingFetch(calls))('https://api.example.com/v1/chat/completions', { method: 'POST', headers, body: '{}', signal });
    expect(calls[0]?.init).toEqual({ method: 'POST', headers, body: '{}', signal, credentials: 'omit' });
  });

  it('overrides a credentials mode asked for elsewhere, and adds it when no options were given', async () => {
    const calls: Call[] = [];
    const fetchWithout = withoutAmbientCredentials(recordingFetch(calls));
    await fetchWithout('https://api.example.com/v1/models', { credentials: 'include' });
    await fetchWithout('https://api.example.com/v1/models');
    expect(calls.map((call) => call.init?.credentials)).toEqual(['omit', 'omit']);
  });
});
