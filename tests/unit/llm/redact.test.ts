import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../utils/llm/redact';

describe('redactSecrets', () => {
  it('removes the key wherever it appears', () => {
    expect(redactSecrets('key sk-live-abc123def456 was sent twice: sk-live-abc123def456', 'sk-live-abc123def456')).toBe('key [your key] was sent twice: [your key]');
  });

  it('removes a key that does not look like one (a local server token)', () => {
    expect(redactSecrets('token=h7Gq2LpX9w rejected', 'h7Gq2LpX9w')).toBe('token=[your key] rejected');
  });

  it('removes the masked key providers echo back', () => {
    expect(redactSecrets('Incorrect API key provided: sk-proj-A1********************xY9z. You can find…', 'unrelated')).not.toMatch(/sk-proj|xY9z/);
    expect(redactSecrets('Incorrect API key provided: sk-wr***33.', 'unrelated')).toBe('Incorrect API key provided: [key].');
  });

  it('removes bearer tokens', () => {
    expect(redactSecrets('sent Authorization: Bearer abc.def.ghi', '')).toBe('sent Authorization: Bearer [key]');
  });

  it('leaves ordinary text alone, and does not treat a tiny key as a pattern', () => {
    expect(redactSecrets('The model `gpt-4o-mini` does not exist.', 'ab')).toBe('The model `gpt-4o-mini` does not exist.');
  });

  it('leaves words that merely start like a key alone', () => {
    expect(redactSecrets('Check the keyboard-layout and skipped items.', 'unrelated')).toBe('Check the keyboard-layout and skipped items.');
  });

  it('removes the values of the extra request headers, as it does the key', () => {
    expect(redactSecrets('gateway said: team key gw-7f3c9a1e is not allowed', 'sk-unrelated', ['gw-7f3c9a1e', 'Parley'])).toBe(
      'gateway said: team key [header value] is not allowed',
    );
  });
});
