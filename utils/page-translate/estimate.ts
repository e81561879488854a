/** The prompt's instructions and delimiters, paid once per batch (utils/prompts/page-translate.ts). */
export const PROMPT_TOKENS_PER_BATCH = 110;
/** Blocks in a typical batch of a typical article, for the whole-page estimate. */
const BLOCKS_PER_BATCH = 15;

/** About four characters a token in European languages; an estimate, shown as one. */
export function roughTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** What translating these blocks would cost: their text in, about as much out, and the prompts. */
export function estimateBlocksCost(texts: string[]): number {
  if (texts.length === 0) return 0;
  const text = texts.reduce((sum, block) => sum + roughTokens(block) * 2 + 4, 0);
  return text + Math.ceil(texts.length / BLOCKS_PER_BATCH) * PROMPT_TOKENS_PER_BATCH;
}
