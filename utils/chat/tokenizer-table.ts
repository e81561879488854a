import cl100kRanks from 'gpt-tokenizer/bpeRanks/cl100k_base';

/**
 * Build time only (wxt.config.ts; never imported by the extension): the packaged file's text,
 * gpt-tokenizer's own cl100k merge table as JSON (its entries are strings and byte arrays).
 */
export function tokenizerTableJson(): string {
  return JSON.stringify(cl100kRanks);
}
