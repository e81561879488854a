import { countTokens } from 'gpt-tokenizer/encoding/cl100k_base';

/** Where a selection sits: the page's title and the nearest heading above it, as the page has them. */
export interface PageContext {
  title: string;
  heading: string;
}

/** The whole line's hard cap: enough for a title and a heading, never a paragraph of the page. */
export const CONTEXT_MAX_TOKENS = 40;
/** The heading is the closer context, so it keeps its share when the title is long. */
const HEADING_MAX_TOKENS = 18;

/** The longest start of `text` within `max` tokens (cl100k, as the chat's estimates), ending on a whole word when it can. */
export function capTokens(text: string, max: number): string {
  if (max <= 0) return '';
  if (countTokens(text) <= max) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (countTokens(`${text.slice(0, middle)}…`) <= max) low = middle;
    else high = middle - 1;
  }
  const cut = text.slice(0, low);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > cut.length / 2 ? atWord : cut}…`;
}

function clean(text: string): string {
  // Angle brackets would let a page's title pose as the prompt's own tags.
  return text.replace(/[<>]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * "Title › Heading" within CONTEXT_MAX_TOKENS, or '' when the page gave neither. The heading is
 * left out when it only repeats the title.
 */
export function contextLine(context: PageContext | undefined): string {
  if (!context) return '';
  const title = clean(context.title);
  let heading = clean(context.heading);
  if (heading && title.toLowerCase().includes(heading.toLowerCase())) heading = '';
  const cappedHeading = capTokens(heading, HEADING_MAX_TOKENS);
  const separator = title && cappedHeading ? ' › ' : '';
  const room = CONTEXT_MAX_TOKENS - countTokens(cappedHeading) - countTokens(separator);
  const cappedTitle = capTokens(title, room);
  // Tokens do not always add up across a join: the cap is checked on the line itself.
  return capTokens([cappedTitle, cappedHeading].filter(Boolean).join(' › '), CONTEXT_MAX_TOKENS);
}
