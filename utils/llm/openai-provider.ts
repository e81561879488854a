import OpenAI, { AzureOpenAI, BadRequestError } from 'openai';
import { z } from 'zod';
import { presetById } from '../settings/presets';
import type { Settings } from '../settings/schema';
import { toParleyError, type ErrorContext } from './error-mapping';
import { collectStream, type Completion, type GenerateRequest, type LlmProvider, type StreamPart, type Usage } from './provider';
import { messagesToPrompt, refusedField, toWireParams } from './request-params';
import { streamWithGuards } from './stream-guards';
import { quotaAwareFetch } from './quota-aware-fetch';
import { withoutAmbientCredentials } from './credential-free-fetch';
import { readStartedBody } from './response-body';
import { ThinkTagFilter } from './think-filter';

/** Reasoning that some servers stream beside the answer: DeepSeek and OpenRouter name it differently. */
const ReasoningDeltaSchema = z.object({
  reasoning_content: z.string().nullish(),
  reasoning: z.string().nullish(),
});

interface WireUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

function toUsage(usage: WireUsage | null | undefined): Usage | undefined {
  return usage
    ? { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens, totalTokens: usage.total_tokens }
    : undefined;
}

export class OpenAiCompatibleProvider implements LlmProvider {
  readonly label: string;
  private readonly client: OpenAI;
  private readonly errorContext: ErrorContext;
  /** Fields this server refused once; not sent again for the life of this provider. */
  private readonly refused = new Set<string>();

  constructor(
    private readonly settings: Settings,
    apiKey: string,
    /** The user's and the organisation's extra headers, on every request this client makes. */
    headers: Record<string, string> = {},
  ) {
    const { provider, request } = settings;
    const presetLabel = presetById(provider.preset).label.replace(/ \(.*\)$/, '');
    this.label = `${presetLabel} · ${provider.model}`;
    this.errorContext = { baseUrl: provider.baseUrl, model: provider.model, apiKey, headerValues: Object.values(headers), providerLabel: presetLabel };
    const common = {
      apiKey: apiKey || 'no-key',
      timeout: request.timeoutSeconds * 1000,
      maxRetries: request.maxRetries,
      fetch: withoutAmbientCredentials(quotaAwareFetch),
      defaultHeaders: headers,
      // Every SDK error is mapped to a message the user sees (error-mapping.ts); the SDK's own
      // console lines (a malformed SSE line is logged as an error) would only be noise in the worker.
      logLevel: 'off' as const,
      // The key is the user's own and this runs in the extension's background, never in a page.
      dangerouslyAllowBrowser: true,
    };
    this.client =
      provider.preset === 'azure'
        ? new AzureOpenAI({ ...common, endpoint: provider.baseUrl, apiVersion: provider.azureApiVersion, deployment: provider.model })
        : new OpenAI({ ...common, baseURL: provider.baseUrl });
  }

  stream(request: GenerateRequest, signal: AbortSignal): AsyncIterable<StreamPart> {
    const source = (guardedSignal: AbortSignal) =>
      this.settings.provider.apiStyle === 'completions' ? this.streamCompletion(request, guardedSignal) : this.streamChat(request, guardedSignal);
    return streamWithGuards(source, {
      signal,
      idleTimeoutMs: this.settings.request.timeoutSeconds * 1000,
      toError: (error) => toParleyError(error, this.errorContext),
      providerLabel: this.errorContext.providerLabel,
    });
  }

  complete(request: GenerateRequest, signal: AbortSignal): Promise<Completion> {
    return collectStream(this.stream(request, signal));
  }

  async listModels(signal: AbortSignal): Promise<string[]> {
    try {
      const ids: string[] = [];
      for await (const model of this.client.models.list({ signal })) ids.push(model.id);
      return ids.sort();
    } catch (error) {
      throw toParleyError(error, this.errorContext);
    }
  }

  private body(request: GenerateRequest) {
    const params = { ...this.settings.generation[request.feature], ...request.params };
    return { model: request.model ?? this.settings.provider.model, ...toWireParams(params, this.settings.provider.preset) };
  }

  private async *streamChat(request: GenerateRequest, signal: AbortSignal): AsyncGenerator<StreamPart> {
    const body = {
      ...this.body(request),
      messages: request.messages,
      stream: true as const,
      ...(this.refused.has('stream_options') ? {} : { stream_options: { include_usage: true } }),
      ...(request.json && !this.refused.has('response_format') ? { response_format: { type: 'json_object' as const } } : {}),
    };
    let stream;
    try {
      stream = await this.client.chat.completions.create(body, { signal });
    } catch (error) {
      const field = error instanceof BadRequestError ? refusedField(error.message) : undefined;
      if (field && !this.refused.has(field)) {
        this.refused.add(field);
        yield* this.streamChat(request, signal);
        return;
      }
      throw error;
    }
    yield* toStreamParts(
      (async function* () {
        for await (const chunk of readStartedBody(stream)) {
          const choice = chunk.choices[0];
          const extra = choice ? ReasoningDeltaSchema.safeParse(choice.delta) : undefined;
          yield {
            text: choice?.delta.content,
            reasoning: extra?.success ? (extra.data.reasoning_content ?? extra.data.reasoning) : undefined,
            finishReason: choice?.finish_reason,
            usage: toUsage(chunk.usage),
          };
        }
      })(),
    );
  }

  private async *streamCompletion(request: GenerateRequest, signal: AbortSignal): AsyncGenerator<StreamPart> {
    const stream = await this.client.completions.create(
      { ...this.body(request), prompt: messagesToPrompt(request.messages), stream: true },
      { signal },
    );
    yield* toStreamParts(
      (async function* () {
        for await (const chunk of readStartedBody(stream)) {
          const choice = chunk.choices[0];
          yield { text: choice?.text, reasoning: undefined, finishReason: choice?.finish_reason, usage: toUsage(chunk.usage) };
        }
      })(),
    );
  }
}

/** One chunk of either API style, reduced to what Parley reads from it. */
interface WireDelta {
  text: string | null | undefined;
  reasoning: string | null | undefined;
  finishReason: string | null | undefined;
  usage: Usage | undefined;
}

/** Separates answer from reasoning and reports how the stream ended; a stream with no finish reason ends silently (stream-guards calls it cut). */
async function* toStreamParts(deltas: AsyncIterable<WireDelta>): AsyncGenerator<StreamPart> {
  const think = new ThinkTagFilter();
  let finishReason: string | undefined;
  let usage: Usage | undefined;
  for await (const delta of deltas) {
    usage = delta.usage ?? usage;
    if (delta.reasoning) yield { type: 'reasoning', text: delta.reasoning };
    if (delta.text) yield* emit(think.push(delta.text));
    if (delta.finishReason) finishReason = delta.finishReason;
  }
  yield* emit(think.flush());
  if (finishReason) yield { type: 'finish', finishReason, usage };
}

function* emit(parts: { text: string; reasoning: string }): Generator<StreamPart> {
  if (parts.reasoning) yield { type: 'reasoning', text: parts.reasoning };
  if (parts.text) yield { type: 'text', text: parts.text };
}
