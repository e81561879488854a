import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../../utils/errors/parley-error';
import { toParleyError, type ErrorContext } from '../../../utils/llm/error-mapping';

const KEY = 'sk-mapping-Qw12Er34Ty56';
const remote: ErrorContext = { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', apiKey: KEY, providerLabel: 'OpenAI' };
const local: ErrorContext = { ...remote, baseUrl: 'http://localhost:11434/v1', providerLabel: 'Ollama' };

function apiError(status: number, error: Record<string, unknown> | undefined, headers: Record<string, string> = {}): APIError {
  return APIError.generate(status, error === undefined ? undefined : { error }, undefined, new Headers(headers));
}

const mapped = (error: unknown, context: ErrorContext = remote) => toParleyError(error, context).data;

describe('toParleyError', () => {
  it.each([
    [401, { message: `Incorrect API key provided: ${KEY.slice(0, 8)}****Ty56.`, code: 'invalid_api_key' }, 'invalid-key', 'open-settings'],
    [403, { message: 'Country, region, or territory not supported' }, 'forbidden', 'open-settings'],
    [404, { message: 'The model does not exist', code: 'model_not_found' }, 'model-not-found', 'open-settings'],
    [429, { message: 'Rate limit reached', code: 'rate_limit_exceeded' }, 'rate-limited', 'retry'],
    [429, { message: 'You exceeded your current quota', code: 'insufficient_quota', type: 'insufficient_quota' }, 'quota', 'open-settings'],
    [400, { message: 'Invalid value for temperature' }, 'bad-request', 'open-settings'],
    [500, { message: 'The server had an error' }, 'server', 'retry'],
    [503, { message: 'Overloaded' }, 'server', 'retry'],
    [418, { message: 'I am a teapot' }, 'unknown', 'retry'],
  ])('maps %i (%j) to %s', (status, body, code, action) => {
    const data = mapped(apiError(status, body));
    expect(data).toMatchObject({ code, action });
    expect(data.message).not.toContain(KEY.slice(0, 8));
  });

  it('says how long to wait when the provider said so', () => {
    expect(mapped(apiError(429, { code: 'rate_limit_exceeded' }, { 'retry-after': '12' }))).toMatchObject({ retryAfterSeconds: 12 });
    expect(mapped(apiError(429, { code: 'rate_limit_exceeded' }, { 'retry-after-ms': '1500' }))).toMatchObject({ retryAfterSeconds: 2 });
    expect(mapped(apiError(429, { code: 'rate_limit_exceeded' }, { 'retry-after': 'soon' })).retryAfterSeconds).toBeUndefined();
  });

  it('tells an empty 403 from a local server apart from a hosted provider refusing', () => {
    expect(mapped(apiError(403, undefined), local)).toMatchObject({ code: 'origin-refused', message: expect.stringContaining('OLLAMA_ORIGINS') });
    expect(mapped(apiError(403, undefined), remote).code).toBe('forbidden');
  });

  it('says a local server may not be running, and a remote one may be unreachable', () => {
    expect(mapped(new APIConnectionError({ message: 'fetch failed' }), local).message).toContain('Is the local server running?');
    expect(mapped(new APIConnectionError({ message: 'fetch failed' }), remote).message).toContain('Check your internet connection');
  });

  it('maps timeouts, cancels and unreadable replies', () => {
    expect(mapped(new APIConnectionTimeoutError()).code).toBe('timeout');
    expect(mapped(new APIUserAbortError()).code).toBe('cancelled');
    expect(mapped(new DOMException('The operation was aborted.', 'AbortError')).code).toBe('cancelled');
    expect(mapped(new SyntaxError('Unexpected token < in JSON')).code).toBe('bad-response');
  });

  it('never lets the key through in an unexpected error', () => {
    const data = mapped(new Error(`request to https://proxy.example/?key=${KEY} failed`));
    expect(data.code).toBe('unknown');
    expect(data.message).not.toContain(KEY);
  });

  it('quotes what the server said without the key', () => {
    const data = mapped(apiError(400, { message: `Invalid header value Bearer ${KEY}` }));
    expect(data.message).toContain('The server said');
    expect(data.message).not.toContain(KEY);
  });

  it('passes a ParleyError through unchanged', () => {
    const original = new ParleyError({ code: 'too-long', message: 'Too long.', action: 'none' });
    expect(toParleyError(original, remote)).toBe(original);
  });
});
