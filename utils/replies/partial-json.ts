import { Allow, parse } from 'partial-json';
import type { Reply, Suggestions } from './schema';

/**
 * Reads the model's JSON while it streams, and whatever shape a model that ignored
 * `response_format` wraps it in: a ```json fence, a sentence before it, prose after it.
 * Returns undefined until an object has started.
 */
export function parseLooseJson(text: string): unknown {
  const start = text.indexOf('{');
  if (start < 0) return undefined;
  let body = text.slice(start);
  const fence = body.indexOf('```');
  if (fence >= 0) body = body.slice(0, fence);
  try {
    return parse(body, Allow.ALL);
  } catch {
    // Prose after a finished object ("Hope this helps!"): keep the object.
    const end = body.lastIndexOf('}');
    if (end < 0) return undefined;
    try {
      return parse(body.slice(0, end + 1), Allow.ALL);
    } catch {
      return undefined;
    }
  }
}

function field(record: Record<string, unknown>, ...names: string[]): string {
  for (const name of names) {
    const value = record[name];
    if (typeof value === 'string') return value;
  }
  return '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toReply(value: unknown): Reply | undefined {
  if (typeof value === 'string') return { intent: '', text: value, gloss: '' };
  if (!isRecord(value)) return undefined;
  return {
    intent: field(value, 'intent', 'label', 'title'),
    text: field(value, 'text', 'reply', 'body', 'content'),
    gloss: field(value, 'gloss', 'translation', 'meaning'),
  };
}

/** Whatever parsed, as suggestions: unknown keys ignored, the names models use instead accepted. */
export function toSuggestions(value: unknown): Suggestions {
  if (!isRecord(value)) return { reading: '', translation: '', replies: [] };
  const list = [value.replies, value.suggestions, value.options].find(Array.isArray) ?? [];
  return {
    reading: field(value, 'reading', 'summary', 'analysis'),
    translation: field(value, 'translation', 'translated'),
    replies: (list as unknown[])
      .map(toReply)
      .filter((reply): reply is Reply => reply !== undefined)
      .slice(0, 5),
  };
}
