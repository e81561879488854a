import { parleyError } from '../errors/parley-error';
import { presetById } from '../settings/presets';
import type { Feature, Settings } from '../settings/schema';
import { getApiKey } from '../settings/secrets';
import { loadSettings } from '../settings/store';
import { holdServiceWorker } from './keep-alive';
import { OpenAiCompatibleProvider } from './openai-provider';
import { collectStream, type Completion, type GenerateRequest, type LlmProvider, type StreamPart } from './provider';
import { RequestLimiter } from './request-limiter';

/** Background only: the one place that reads the key and builds the provider a feature uses. */
let limiter: RequestLimiter | undefined;

function sharedLimiter(settings: Settings): RequestLimiter {
  limiter ??= new RequestLimiter(settings.request);
  limiter.updateLimitsIfChanged(settings.request);
  return limiter;
}

/** The user's OpenAI-compatible provider, or a clear "add your key" error. */
export async function userProvider(settings: Settings, unsavedApiKey?: string): Promise<LlmProvider> {
  const apiKey = unsavedApiKey?.trim() || (await getApiKey());
  if (!apiKey && presetById(settings.provider.preset).keyRequired) {
    throw parleyError(
      'no-key',
      `Parley needs your ${presetById(settings.provider.preset).label} API key. Add it in Parley's settings (it stays on this device).`,
      'open-settings',
    );
  }
  return new OpenAiCompatibleProvider(settings, apiKey);
}

/** The provider that serves a feature, wrapped with the request queue and the worker keep-alive. */
export async function providerFor(_feature: Feature): Promise<LlmProvider> {
  const { settings } = await loadSettings();
  return guarded(await userProvider(settings), sharedLimiter(settings));
}

export function guarded(inner: LlmProvider, queue: RequestLimiter): LlmProvider {
  return {
    label: inner.label,
    async *stream(request: GenerateRequest, signal: AbortSignal): AsyncGenerator<StreamPart> {
      const release = holdServiceWorker();
      try {
        yield* queue.stream(() => inner.stream(request, signal), signal);
      } finally {
        release();
      }
    },
    complete(request: GenerateRequest, signal: AbortSignal): Promise<Completion> {
      return collectStream(this.stream(request, signal));
    },
    listModels: (signal) => inner.listModels(signal),
  };
}
