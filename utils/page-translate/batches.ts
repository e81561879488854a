import type { PageBlock } from './messages';

/**
 * Tokens of page text per request. The prompt (about 110 tokens) is paid once per batch, so
 * bigger batches are cheaper; but a batch is shown only once its whole answer is in, and a count
 * mismatch costs the batch again, so not the whole page in one request either.
 */
export const BATCH_TOKEN_BUDGET = 1_200;
/** Past this many segments models start to merge or skip numbers. */
export const MAX_SEGMENTS_PER_BATCH = 40;

/**
 * The first batch of a page: the top of the screen, small so that its answer (shown only once
 * complete) comes back quickly; the rest of the screen follows in the next batches.
 */
export const FIRST_BATCH_TOKEN_BUDGET = 250;

/**
 * Packs blocks in order into batches of at most `budget` tokens (the first one at most
 * `firstBudget`); a block above the budget goes alone.
 */
export function packBatches(blocks: PageBlock[], countTokens: (text: string) => number, budget = BATCH_TOKEN_BUDGET, firstBudget = budget): PageBlock[][] {
  const batches: PageBlock[][] = [];
  let current: PageBlock[] = [];
  let used = 0;
  for (const block of blocks) {
    // "[n] " and the line break cost about three tokens per segment.
    const cost = countTokens(block.text) + 3;
    const limit = batches.length === 0 ? firstBudget : budget;
    if (current.length > 0 && (used + cost > limit || current.length >= MAX_SEGMENTS_PER_BATCH)) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(block);
    used += cost;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** A batch whose answer did not map back is retried as two halves, never re-guessed. */
export function splitBatch(batch: PageBlock[]): [PageBlock[], PageBlock[]] {
  const middle = Math.ceil(batch.length / 2);
  return [batch.slice(0, middle), batch.slice(middle)];
}
