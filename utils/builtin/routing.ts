import type { z } from 'zod';
import type { GenerateRequest, LlmProvider, StreamPart, Completion } from '../llm/provider';
import { collectStream } from '../llm/provider';
import type { Feature, RoutingSchema } from '../settings/schema';
import { languageModelApi, translatorApi } from './browser-ai';
import { planBuiltin } from './builtin-provider';

export type Routing = z.infer<typeof RoutingSchema>;
/** `per-request`: the device for what it can already do, the user's provider for the rest. */
export type Route = 'builtin' | 'provider' | 'per-request';

/**
 * "Built-in when it can, else my provider": with no provider set up the device serves, or says
 * what is missing; in a browser without the API it is as if the option did not exist.
 */
export function staticRoute(routing: Routing, { builtinPresent, providerReady }: { builtinPresent: boolean; providerReady: boolean }): Route {
  if (routing === 'provider') return 'provider';
  if (routing === 'builtin') return 'builtin';
  if (!builtinPresent) return 'provider';
  return providerReady ? 'per-request' : 'builtin';
}

/** Whether this browser has the API a feature would use at all (Firefox and Safari have none). */
export function builtinPresentFor(feature: Feature): boolean {
  return feature === 'translate' ? translatorApi() !== undefined : languageModelApi() !== undefined;
}

export async function builtinCanServe(request: GenerateRequest): Promise<boolean> {
  return (await planBuiltin(request)).kind !== 'refuse';
}

/**
 * For "built-in when it can" with a provider set up: the choice depends on the request (the
 * language pair), so it is made per request. `label` names whoever served the latest request;
 * read it once the first part has arrived.
 */
export class PerRequestRouter implements LlmProvider {
  private lastLabel: string;

  constructor(
    private readonly builtin: LlmProvider,
    private readonly user: LlmProvider,
  ) {
    this.lastLabel = builtin.label;
  }

  get label(): string {
    return this.lastLabel;
  }

  /** The provider that will serve this request. */
  async pick(request: GenerateRequest): Promise<LlmProvider> {
    return (await builtinCanServe(request)) ? this.builtin : this.user;
  }

  async *stream(request: GenerateRequest, signal: AbortSignal): AsyncGenerator<StreamPart> {
    const chosen = await this.pick(request);
    this.lastLabel = chosen.label;
    yield* chosen.stream(request, signal);
  }

  complete(request: GenerateRequest, signal: AbortSignal): Promise<Completion> {
    return collectStream(this.stream(request, signal));
  }

  listModels(signal: AbortSignal): Promise<string[]> {
    return this.user.listModels(signal);
  }
}
