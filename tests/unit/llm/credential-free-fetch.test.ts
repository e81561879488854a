import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { withoutAmbientCredentials } from '../../../utils/llm/credential-free-fetch';
import { OpenAiCompatibleProvider } from '../../../utils/llm/openai-provider';
import type { GenerateRequest } from '../../../utils/llm/provider';
import { defaultSettings } from '../../../utils/settings/defaults';
import { PROVIDER_PRESET_IDS, type ProviderPresetId } from '../../../utils/settings/presets';
import { startTestServer, type TestServer } from '../../fixtures/openai-server/server.ts';

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

describe('the OpenAI-compatible provider, for every preset', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterEach(() => {
    server.reset();
    vi.restoreAllMocks();
  });
  afterAll(() => server.close());

  function providerFor(preset: ProviderPresetId, apiStyle: 'chat' | 'completions' = 'chat'): OpenAiCompatibleProvider {
    const defaults = defaultSettings('en-US');
    // Azure's client builds its own path under the endpoint (/openai/deployments/…): the test server answers it 404, unrecorded.
    const baseUrl = preset === 'azure' ? server.url : server.baseUrl;
    return new OpenAiCompatibleProvider(
      { ...defaults, provider: { ...defaults.provider, preset, baseUrl, model: 'parley-test-model', apiStyle }, request: { ...defaults.request, maxRetries: 1, timeoutSeconds: 5 } },
      'sk-credentials-000000000000',
    );
  }

  const request: GenerateRequest = { feature: 'translate', messages: [{ role: 'user', content: 'Merci beaucoup.' }] };

  async function settle(work: () => Promise<unknown>): Promise<void> {
    await work().catch(() => undefined);
  }

  it.each(PROVIDER_PRESET_IDS)('%s: chat, legacy completions, the model list and each retry omit credentials', async (preset) => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    // A 500 on every request: the SDK retries once, so each call goes out twice.
    server.setDefault({ kind: 'error', status: 500 });
    await settle(() => providerFor(preset).complete(request, new AbortController().signal));
    await settle(() => providerFor(preset, 'completions').complete(request, new AbortController().signal));
    await settle(() => providerFor(preset).listModels(new AbortController().signal));
    const calls = fetchSpy.mock.calls;
    expect(calls.length).toBeGreaterThanOrEqual(3);
    for (const [, init] of calls) expect(init?.credentials).toBe('omit');
    if (preset === 'azure') {
      expect(calls.map(([input]) => new URL(String(input)).pathname)).toContain('/openai/deployments/parley-test-model/chat/completions');
    } else {
      expect(calls).toHaveLength(6);
      expect(server.requests).toHaveLength(6);
    }
  });
});
