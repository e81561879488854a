import { answerReserveFor, contextTokensFor } from './model-context';
import { MAX_CONTEXT_CHARS, type PageQuote, type QuotedContext } from './schema';

/** Room kept beside the quote for the question and the lines that frame the quote. */
export const QUESTION_ROOM_TOKENS = 400;
const SEPARATOR = '\n\n[…]\n\n';

/** Tokens the quote may take in one request to this model, after the answer, system prompt and question. */
export function quoteBudget(model: string, maxTokens: number | null, systemPromptTokens: number): number {
  const context = contextTokensFor(model);
  return Math.max(0, context - answerReserveFor(context, maxTokens) - systemPromptTokens - QUESTION_ROOM_TOKENS);
}

/** A cut is moved back to the end of a paragraph, else of a sentence, when one is close (within the last 15 %). */
function atBoundary(text: string, cut: number): number {
  if (cut >= text.length) return text.length;
  const from = Math.floor(cut * 0.85);
  const window = text.slice(from, cut);
  const paragraph = window.lastIndexOf('\n');
  if (paragraph >= 0) return from + paragraph;
  const sentence = /[\s\S]*(?:[.!?](?=\s)|[。！？])/.exec(window);
  return sentence ? from + sentence[0].length : cut;
}

/** The longest start of `text` within both limits, ending at a paragraph or sentence when it can. */
function prefixWithin(text: string, maxTokens: number, maxChars: number, count: (text: string) => number): string {
  if (maxTokens <= 0 || maxChars <= 0) return '';
  const capped = text.slice(0, maxChars);
  if (count(capped) <= maxTokens) return capped.length === text.length ? text : capped.slice(0, atBoundary(text, capped.length)).trimEnd();
  let low = 0;
  let high = capped.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (count(capped.slice(0, middle)) <= maxTokens) low = middle;
    else high = middle - 1;
  }
  return capped.slice(0, atBoundary(capped, low)).trimEnd();
}

/**
 * Fits what the user quoted to the model instead of refusing it: the selected part first (for a
 * page with a selection), then the page from its start, as much as the budget allows; the title
 * always. Says how much was sent, so the chip and the answer can tell the user.
 */
export function fitQuote(quote: PageQuote, budgetTokens: number, count: (text: string) => number): QuotedContext {
  const title = quote.title.slice(0, 500);
  const url = quote.url.slice(0, 4000);
  const body = quote.text.trim();
  // A page that fits is quoted whole and in its own order, selection or not.
  if (body.length <= MAX_CONTEXT_CHARS && count(body) <= budgetTokens) return { kind: quote.kind, title, url, text: body, truncated: false };
  const picked = quote.kind === 'page' ? (quote.selection?.trim() ?? '') : '';
  // The selection is taken out of the page's text where it stands, so it is not paid for twice.
  const at = picked ? body.indexOf(picked) : -1;
  const rest = at >= 0 ? `${body.slice(0, at).trimEnd()}\n${body.slice(at + picked.length).trimStart()}`.trim() : body;
  const total = picked.length + rest.length;

  const selectionPart = prefixWithin(picked, budgetTokens, MAX_CONTEXT_CHARS, count);
  const separator = selectionPart ? SEPARATOR : '';
  const restPart = prefixWithin(rest, budgetTokens - count(selectionPart) - count(separator), MAX_CONTEXT_CHARS - selectionPart.length - separator.length, count);
  const text = restPart ? `${selectionPart}${separator}${restPart}` : selectionPart;
  const sent = selectionPart.length + restPart.length;
  const truncated = sent < total;
  return {
    kind: quote.kind,
    title,
    url,
    text,
    truncated,
    // Never "100 %" for a quote that lost its last words, never "0 %" for one that has some.
    ...(truncated ? { sentPercent: Math.max(1, Math.min(99, Math.floor((sent / total) * 100))) } : {}),
    ...(selectionPart ? { selectionFirst: true } : {}),
  };
}
