import type { ProviderPresetId } from '../settings/presets';
import { presetSupportsN } from '../settings/presets';
import type { GenerationParams } from '../settings/schema';

/** Only the parameters the user set are sent: many compatible servers reject fields they lack. */
export function toWireParams(params: GenerationParams, preset: ProviderPresetId): Record<string, unknown> {
  const wire: Record<string, unknown> = { temperature: params.temperature };
  if (params.maxTokens !== null) {
    // OpenAI's reasoning models refuse max_tokens; most other servers only know max_tokens.
    wire[preset === 'openai' || preset === 'azure' ? 'max_completion_tokens' : 'max_tokens'] = params.maxTokens;
  }
  if (params.topP !== null) wire.top_p = params.topP;
  if (params.frequencyPenalty !== null) wire.frequency_penalty = params.frequencyPenalty;
  if (params.presencePenalty !== null) wire.presence_penalty = params.presencePenalty;
  if (params.stop.length > 0) wire.stop = params.stop;
  if (params.n > 1 && presetSupportsN(preset)) wire.n = params.n;
  return wire;
}

/** Legacy /completions takes one prompt: the conversation is written out as a transcript. */
export function messagesToPrompt(messages: Array<{ role: string; content: string }>): string {
  const labels: Record<string, string> = { system: 'Instructions', user: 'User', assistant: 'Assistant' };
  const transcript = messages.map((message) => `${labels[message.role] ?? message.role}:\n${message.content}`).join('\n\n');
  return `${transcript}\n\nAssistant:\n`;
}

/** A 400 that names a field tells which optional field this server does not support. */
export function refusedField(message: string): 'stream_options' | 'response_format' | undefined {
  if (/stream_options/i.test(message)) return 'stream_options';
  if (/response_format|json_object|json_schema/i.test(message)) return 'response_format';
  return undefined;
}
