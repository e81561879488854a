import { BuiltinProvider } from '../builtin/builtin-provider';
import { builtinPresentFor, PerRequestRouter, staticRoute } from '../builtin/routing';
import { ParleyError, parleyError } from '../errors/parley-error';
import { presetById } from '../settings/presets';
import type { Feature, Settings } from '../settings/schema';
import type { CustomHeader } from '../settings/headers';
import { providerCredentials, savedProviderCredentials } from '../managed/credentials';
import { loadSettings } from '../settings/store';
import { holdServiceWorker } from '../background/worker-lifetime';
import { rememberedGeneration } from '../background/storage-memo';
import { OpenAiCompatibleProvider } from '../llm/openai-provider';
import { collectStream, type Completion, type GenerateRequest, type LlmProvider, type StreamPart } from '../llm/provider';
import { RequestLimiter } from '../llm/request-limiter';
import { t } from '../i18n/t';

/** Background only: the one place that reads the key and builds the provider a feature uses. */
let limiter: RequestLimiter | undefined;

function sharedLimiter(settings: Settings): RequestLimiter {
  limiter ??= new RequestLimiter(settings.request);
  limiter.updateLimitsIfChanged(settings.request);
  return limiter;
}

/**
 * The client the last request used, for the next one with the same settings and credentials: the
 * SDK builds a few dozen resource objects per client, at every click otherwise.
 */
let keptClient: { key: string; provider: OpenAiCompatibleProvider } | undefined;

/** The user's OpenAI-compatible provider, or a clear "add your key" error. */
export async function userProvider(settings: Settings, unsaved: { apiKey?: string; headers?: CustomHeader[] } = {}): Promise<LlmProvider> {
  const fromStorage = unsaved.apiKey === undefined && unsaved.headers === undefined;
  const { apiKey, headers } = fromStorage ? await savedProviderCredentials() : await providerCredentials(unsaved);
  if (!apiKey && presetById(settings.provider.preset).keyRequired) {
    throw parleyError(
      'no-key',
      t('errorNoKey', presetById(settings.provider.preset).label),
      'open-settings',
    );
  }
  const generation = fromStorage ? rememberedGeneration() : undefined;
  if (generation === undefined) return new OpenAiCompatibleProvider(settings, apiKey, headers);
  // What the client reads of the settings; the credentials are the remembered ones of this generation.
  const key = JSON.stringify([generation, settings.provider, settings.request, settings.generation]);
  if (keptClient?.key !== key) keptClient = { key, provider: new OpenAiCompatibleProvider(settings, apiKey, headers) };
  return keptClient.provider;
}

/** The user's provider when it can be used (a key saved, or a server that needs none). */
async function readyUserProvider(settings: Settings): Promise<LlmProvider | undefined> {
  try {
    return await userProvider(settings);
  } catch (error) {
    if (error instanceof ParleyError && error.data.code === 'no-key') return undefined;
    throw error;
  }
}

/** On-device work has no rate limits, but one model on one device: a few at a time. */
let builtinQueue: RequestLimiter | undefined;
export function builtinProvider(): LlmProvider {
  builtinQueue ??= new RequestLimiter({ maxConcurrent: 2, requestsPerSecond: 50 });
  return guarded(new BuiltinProvider(), builtinQueue);
}

/**
 * The provider that serves a feature, wrapped with the request queue and the worker keep-alive,
 * chosen by the feature's routing (settings.routing): the user's provider, the browser's
 * on-device models, or the device when it can and the provider otherwise (decided per request,
 * since it depends on the language pair; `label` then names who served the latest request).
 */
export async function providerFor(feature: Feature): Promise<LlmProvider> {
  const { settings, managed } = await loadSettings();
  if (feature !== 'translate' && !settings.features[feature]) {
    throw parleyError('not-allowed', t(managed.set.includes('features') ? 'errorFeatureOffByOrg' : 'errorFeatureOff'), 'none');
  }
  // The organisation (or the user) can keep every request on the provider, off the device's models.
  const routing = settings.features.onDevice ? settings.routing[feature] : 'provider';
  const user = routing === 'builtin' ? undefined : await readyUserProvider(settings);
  const route = staticRoute(routing, { builtinPresent: builtinPresentFor(feature), providerReady: user !== undefined });
  if (route === 'builtin') return builtinProvider();
  // userProvider again for the provider route: its no-key error is the message the user needs.
  const allowed = onlyAllowedModels(user ?? (await userProvider(settings)), managed.models, settings.provider.model);
  const queued = guarded(allowed, sharedLimiter(settings));
  return route === 'per-request' ? new PerRequestRouter(builtinProvider(), queued) : queued;
}

/** The provider that will serve this very request, for a label known before it starts (cache keys). */
export async function providerForRequest(request: GenerateRequest): Promise<LlmProvider> {
  const provider = await providerFor(request.feature);
  return provider instanceof PerRequestRouter ? provider.pick(request) : provider;
}

/** An organisation's model list also holds for a conversation's own model choice. */
function onlyAllowedModels(inner: LlmProvider, allowed: string[], fallback: string): LlmProvider {
  if (allowed.length === 0) return inner;
  const allow = (request: GenerateRequest): GenerateRequest => (request.model && !allowed.includes(request.model) ? { ...request, model: fallback } : request);
  return {
    label: inner.label,
    stream: (request, signal) => inner.stream(allow(request), signal),
    complete: (request, signal) => inner.complete(allow(request), signal),
    listModels: async (signal) => (await inner.listModels(signal)).filter((model) => allowed.includes(model)),
  };
}

/** The shared queue of the user's provider, for work that paces itself against it (page translation). */
export async function sharedRequestLimiter(): Promise<RequestLimiter> {
  return sharedLimiter((await loadSettings()).settings);
}

export function guarded(inner: LlmProvider, queue: RequestLimiter): LlmProvider {
  return {
    label: inner.label,
    async *stream(request: GenerateRequest, signal: AbortSignal): AsyncGenerator<StreamPart> {
      const release = holdServiceWorker();
      try {
        yield* queue.stream(() => inner.stream(request, signal), signal, request.priority);
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
