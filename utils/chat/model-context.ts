/**
 * Context windows (input + output tokens) of models users commonly pick, by name pattern, first
 * match wins. Unknown models get a small safe default: trimming too early costs old turns,
 * trimming too late costs the whole answer (the server refuses the request).
 */
const CONTEXT_SIZES: ReadonlyArray<readonly [RegExp, number]> = [
  [/^gpt-4\.1/i, 1_047_576],
  [/^gpt-5/i, 400_000],
  [/^(o1|o3|o4)(-|$)/i, 200_000],
  [/^(gpt-4o|chatgpt-4o|gpt-4-turbo|gpt-4-\d{4}-preview)/i, 128_000],
  [/^gpt-4-32k/i, 32_768],
  [/^gpt-4(-|$)/i, 8_192],
  [/^gpt-3\.5-turbo/i, 16_385],
  [/^deepseek/i, 64_000],
  [/claude/i, 200_000],
  [/gemini/i, 1_000_000],
  [/llama-?3\.[1-3]|llama-?4/i, 128_000],
  [/qwen/i, 32_768],
  [/mistral|mixtral/i, 32_000],
];

export const DEFAULT_CONTEXT_TOKENS = 8_192;

export function contextTokensFor(model: string): number {
  const name = model.includes('/') ? (model.split('/').pop() ?? model) : model;
  return CONTEXT_SIZES.find(([pattern]) => pattern.test(name))?.[1] ?? DEFAULT_CONTEXT_TOKENS;
}

/** Room kept for the answer: what the user capped it at, else a quarter of the window (at most 4096). */
export function answerReserveFor(contextTokens: number, maxTokens: number | null): number {
  return Math.min(maxTokens ?? Math.min(4096, Math.floor(contextTokens / 4)), Math.floor(contextTokens / 2));
}
