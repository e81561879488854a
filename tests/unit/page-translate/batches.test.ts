import { describe, expect, it } from 'vitest';
import { MAX_SEGMENTS_PER_BATCH, packBatches, splitBatch } from '../../../utils/page-translate/batches';

const words = (text: string) => text.split(' ').length;
const block = (id: number, length: number) => ({ id, text: Array.from({ length }, () => 'wort').join(' ') });

describe('packBatches', () => {
  it('packs blocks in order up to the token budget, not a fixed count', () => {
    const batches = packBatches([block(1, 40), block(2, 40), block(3, 40), block(4, 5)], words, 100);
    expect(batches.map((batch) => batch.map((entry) => entry.id))).toEqual([[1, 2], [3, 4]]);
  });

  it('keeps the first batch small, for the first translation on screen', () => {
    const blocks = [block(1, 40), block(2, 40), block(3, 40), block(4, 40)];
    expect(packBatches(blocks, words, 200, 50).map((batch) => batch.length)).toEqual([1, 3]);
  });

  it('sends a block above the budget alone', () => {
    expect(packBatches([block(1, 10), block(2, 500), block(3, 10)], words, 100).map((batch) => batch.length)).toEqual([1, 1, 1]);
  });

  it('caps the number of segments per request', () => {
    const many = Array.from({ length: MAX_SEGMENTS_PER_BATCH + 5 }, (_, index) => block(index, 1));
    expect(packBatches(many, words, 100_000).map((batch) => batch.length)).toEqual([MAX_SEGMENTS_PER_BATCH, 5]);
  });

  it('splits a batch that did not map back into two halves', () => {
    const [first, second] = splitBatch([block(1, 1), block(2, 1), block(3, 1)]);
    expect(first.map((entry) => entry.id)).toEqual([1, 2]);
    expect(second.map((entry) => entry.id)).toEqual([3]);
  });
});
