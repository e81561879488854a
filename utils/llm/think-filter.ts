/**
 * Separates a `<think>…</think>` block that some reasoning models put at the start of their
 * answer from the answer itself. Works on a stream: a tag may arrive split across chunks.
 */
export class ThinkTagFilter {
  private buffer = '';
  /** `closed`: the block just ended; the blank lines models put after it may still be arriving. */
  private state: 'start' | 'thinking' | 'closed' | 'answer' = 'start';

  /** Feeds a chunk; returns the parts that are certain so far. */
  push(chunk: string): { text: string; reasoning: string } {
    this.buffer += chunk;
    return this.drain(false);
  }

  /** Ends the stream: whatever is held back is released. */
  flush(): { text: string; reasoning: string } {
    return this.drain(true);
  }

  private drain(final: boolean): { text: string; reasoning: string } {
    let text = '';
    let reasoning = '';
    if (this.state === 'start') {
      const trimmed = this.buffer.trimStart();
      if (trimmed.startsWith('<think>')) {
        this.state = 'thinking';
        this.buffer = trimmed.slice('<think>'.length);
      } else if (!final && '<think>'.startsWith(trimmed)) {
        return { text, reasoning };
      } else {
        this.state = 'answer';
      }
    }
    if (this.state === 'thinking') {
      const end = this.buffer.indexOf('</think>');
      if (end >= 0) {
        reasoning = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + '</think>'.length);
        this.state = 'closed';
      } else {
        // Hold back what could be the start of a closing tag split across chunks.
        const keep = final ? 0 : partialSuffixLength(this.buffer, '</think>');
        reasoning = this.buffer.slice(0, this.buffer.length - keep);
        this.buffer = this.buffer.slice(this.buffer.length - keep);
        return { text, reasoning };
      }
    }
    if (this.state === 'closed') {
      this.buffer = this.buffer.trimStart();
      if (!this.buffer) return { text, reasoning };
      this.state = 'answer';
    }
    text = this.buffer;
    this.buffer = '';
    return { text, reasoning };
  }
}

function partialSuffixLength(text: string, tag: string): number {
  for (let length = Math.min(tag.length - 1, text.length); length > 0; length--) {
    if (tag.startsWith(text.slice(text.length - length))) return length;
  }
  return 0;
}
