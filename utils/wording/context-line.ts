/** Where a selection sits: the page's title and the nearest heading above it, as the page has them. */
export interface PageContext {
  title: string;
  heading: string;
}

/**
 * The whole line's hard cap, in UTF-8 bytes: enough for a title and a heading, never a paragraph
 * of the page. A byte-level tokenizer (every OpenAI-compatible model's) never makes a token of less
 * than one byte, so this also caps the line at 160 tokens whatever the script; English and French
 * come to about 40. Bytes rather than a tokenizer's count because the tokenizer's table (1 MB) would
 * be back in the worker's start-time bundle, which every translation pays for.
 */
export const CONTEXT_MAX_BYTES = 160;
/** The heading is the closer context, so it keeps its share when the title is long. */
const HEADING_MAX_BYTES = 70;
const ELLIPSIS = '…';

const encoder = new TextEncoder();
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** The longest start of `text` within `max` UTF-8 bytes (an ellipsis included), ending on a whole word when it can. */
export function capBytes(text: string, max: number): string {
  if (max <= 0) return '';
  if (utf8Bytes(text) <= max) return text;
  const room = max - utf8Bytes(ELLIPSIS);
  let cut = '';
  let used = 0;
  // By code point, so a cut never splits a character (or a surrogate pair) in two.
  for (const character of text) {
    const size = utf8Bytes(character);
    if (used + size > room) break;
    cut += character;
    used += size;
  }
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > cut.length / 2 ? atWord : cut}${ELLIPSIS}`;
}

function clean(text: string): string {
  // Angle brackets would let a page's title pose as the prompt's own tags.
  return text.replace(/[<>]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * "Title › Heading" within CONTEXT_MAX_BYTES, or '' when the page gave neither. The heading is
 * left out when it only repeats the title.
 */
export function contextLine(context: PageContext | undefined): string {
  if (!context) return '';
  const title = clean(context.title);
  let heading = clean(context.heading);
  if (heading && title.toLowerCase().includes(heading.toLowerCase())) heading = '';
  const cappedHeading = capBytes(heading, HEADING_MAX_BYTES);
  const separator = title && cappedHeading ? ' › ' : '';
  const cappedTitle = capBytes(title, CONTEXT_MAX_BYTES - utf8Bytes(cappedHeading) - utf8Bytes(separator));
  return [cappedTitle, cappedHeading].filter(Boolean).join(separator);
}
