/** Above this, a selection is refused with a clear message rather than sent in dozens of requests. */
export const MAX_TRANSLATE_CHARS = 20_000;
/** Small enough for a fast first token, large enough that short paragraphs share a request. */
export const CHUNK_TARGET_CHARS = 1_500;

export interface Chunk {
  text: string;
  /** What joins this chunk's translation to the previous one: a paragraph break, or a space inside a paragraph. */
  joinBefore: '' | '\n\n' | ' ';
}

/**
 * Line endings, trailing spaces and non-breaking spaces differ between pages; the translation
 * does not. Leading spaces stay: they are indentation in code and nested lists.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n\s*\n(\s*\n)+/g, '\n\n')
    .trim();
}

/** Splits a paragraph longer than the chunk size at sentence ends, and a sentence still too long at the size. */
function splitLongParagraph(paragraph: string, max: number): string[] {
  const sentences = paragraph.match(/[^.!?。！？\n]+(?:[.!?。！？]+|\n|$)\s*/gu) ?? [paragraph];
  const pieces: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current && current.length + sentence.length > max) {
      pieces.push(current.trim());
      current = '';
    }
    if (sentence.length > max) {
      for (let start = 0; start < sentence.length; start += max) pieces.push(sentence.slice(start, start + max).trim());
    } else {
      current += sentence;
    }
  }
  if (current.trim()) pieces.push(current.trim());
  return pieces.filter(Boolean);
}

/**
 * Splits a selection into chunks of whole paragraphs, in order, each at most `max` characters,
 * so a long selection streams chunk after chunk and each chunk is cached on its own.
 */
export function splitIntoChunks(text: string, max: number = CHUNK_TARGET_CHARS): Chunk[] {
  const paragraphs = normaliseText(text)
    .split(/\n\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  const chunks: Chunk[] = [];
  let current = '';
  const flush = () => {
    if (current) chunks.push({ text: current, joinBefore: chunks.length ? '\n\n' : '' });
    current = '';
  };
  for (const paragraph of paragraphs) {
    if (paragraph.length > max) {
      flush();
      splitLongParagraph(paragraph, max).forEach((piece, index) =>
        chunks.push({ text: piece, joinBefore: chunks.length === 0 ? '' : index === 0 ? '\n\n' : ' ' }),
      );
      continue;
    }
    if (current && current.length + 2 + paragraph.length > max) flush();
    current = current ? `${current}\n\n${paragraph}` : paragraph;
  }
  flush();
  return chunks;
}
