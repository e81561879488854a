import { countTokens } from 'gpt-tokenizer/encoding/cl100k_base';
import { describe, expect, it } from 'vitest';
import { fitQuote, quoteBudget } from '../../../utils/chat/fit-quote';
import { userTurnContent } from '../../../utils/prompts/chat-context';

const paragraph = (index: number) =>
  `Paragraph ${index}. The river's course shifted several times during the last ice age, leaving terraces that the town later built on; the oldest quarter still follows the line of the medieval wall.`;
const article = Array.from({ length: 400 }, (_, index) => paragraph(index + 1)).join('\n\n');
const page = { kind: 'page' as const, title: 'History of Riverton', url: 'https://en.example.org/wiki/Riverton' };

describe('fitting a quote to the model', () => {
  it('keeps a quote that fits whole and in its order', () => {
    const short = 'A short page.\n\nWith two paragraphs.';
    expect(fitQuote({ ...page, text: short, selection: 'two paragraphs' }, 1000, countTokens)).toEqual({ ...page, text: short, truncated: false });
  });

  it('sends the start of a page that does not fit, within the budget, ending at a paragraph, and says how much', () => {
    const fitted = fitQuote({ ...page, text: article }, 3000, countTokens);
    expect(countTokens(fitted.text)).toBeLessThanOrEqual(3000);
    expect(countTokens(fitted.text)).toBeGreaterThan(2500);
    expect(fitted.text.startsWith('Paragraph 1.')).toBe(true);
    expect(fitted.text.endsWith('medieval wall.')).toBe(true);
    expect(fitted.truncated).toBe(true);
    expect(fitted.sentPercent).toBe(Math.floor((fitted.text.length / article.length) * 100));
    expect(fitted.selectionFirst).toBeUndefined();
  });

  it('puts the part the user selected first, then the page from its start', () => {
    const selection = paragraph(300);
    const fitted = fitQuote({ ...page, text: article, selection }, 2000, countTokens);
    expect(fitted.text.startsWith(`${selection}\n\n[…]\n\nParagraph 1.`)).toBe(true);
    expect(fitted.selectionFirst).toBe(true);
    expect(countTokens(fitted.text)).toBeLessThanOrEqual(2000);
  });

  it('leaves room for the answer, the system prompt and the question in an 8,192-token model', () => {
    expect(quoteBudget('some-unknown-model', null, 100)).toBe(8192 - 2048 - 100 - 400);
  });

  it('tells the model what was left out, so the answer says it too', () => {
    const fitted = fitQuote({ ...page, text: article }, 3000, countTokens);
    const turn = userTurnContent('What is the oldest quarter?', fitted);
    expect(turn).toContain(`Only ${fitted.sentPercent} % of the page fit in this request (its start); the rest was left out. Say so in your answer.`);
    expect(turn).toContain('truncated="true"');
  });
});
