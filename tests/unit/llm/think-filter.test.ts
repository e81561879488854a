import { describe, expect, it } from 'vitest';
import { ThinkTagFilter } from '../../../utils/llm/think-filter';

/** Feeds text in three chunks cut at i and j, as a stream may split it anywhere. */
function filterSplit(text: string, i: number, j: number): { text: string; reasoning: string } {
  const filter = new ThinkTagFilter();
  const out = { text: '', reasoning: '' };
  for (const piece of [text.slice(0, i), text.slice(i, j), text.slice(j)]) {
    const part = filter.push(piece);
    out.text += part.text;
    out.reasoning += part.reasoning;
  }
  const rest = filter.flush();
  return { text: out.text + rest.text, reasoning: out.reasoning + rest.reasoning };
}

function everySplit(text: string): Array<[number, number]> {
  const cuts: Array<[number, number]> = [];
  for (let i = 0; i <= text.length; i++) for (let j = i; j <= text.length; j++) cuts.push([i, j]);
  return cuts;
}

describe('ThinkTagFilter', () => {
  it('keeps a leading <think> block out of the answer, however the stream is split', () => {
    const text = '<think>Formal letter: keep "Sie".</think>\n\nDear Ms Albers, thank you.';
    for (const [i, j] of everySplit(text)) {
      expect(filterSplit(text, i, j), `cut at ${i}, ${j}`).toEqual({ text: 'Dear Ms Albers, thank you.', reasoning: 'Formal letter: keep "Sie".' });
    }
  });

  it('finds the block after leading whitespace', () => {
    const text = '\n <think>plan</think>Hallo';
    for (const [i, j] of everySplit(text)) expect(filterSplit(text, i, j), `cut at ${i}, ${j}`).toEqual({ text: 'Hallo', reasoning: 'plan' });
  });

  it('leaves an answer without a block untouched, including tags later in the text', () => {
    const text = 'Use <think> and </think> tags in XML.';
    for (const [i, j] of everySplit(text)) expect(filterSplit(text, i, j), `cut at ${i}, ${j}`).toEqual({ text, reasoning: '' });
  });

  it('keeps text that only looks like the start of a tag', () => {
    expect(filterSplit('<thin', 2, 4)).toEqual({ text: '<thin', reasoning: '' });
    expect(filterSplit('<b>Bonjour</b>', 1, 3)).toEqual({ text: '<b>Bonjour</b>', reasoning: '' });
  });

  it('gives an unclosed block to reasoning when the stream ends', () => {
    expect(filterSplit('<think>still thinking </thi', 9, 20)).toEqual({ text: '', reasoning: 'still thinking </thi' });
  });
});
