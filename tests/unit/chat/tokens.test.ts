import { countTokens } from 'gpt-tokenizer/encoding/cl100k_base';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cl100kCounter, tokenEstimator } from '../../../utils/chat/tokens';
import { TOKENIZER_RANKS_FILE } from '../../../utils/chat/tokenizer-asset';
import { tokenizerTableJson } from '../../../utils/chat/tokenizer-table';

// The chat's token estimates come from a table the build packages as JSON and the background
// fetches on first use; these tests hold it to gpt-tokenizer's own cl100k.

const SAMPLES = [
  'How long is the train from Tokyo to Kyoto?',
  'Je suis désolée de vous prévenir si tard : le transporteur livre les travaux jeudi après-midi.',
  '東京から京都までの新幹線は約2時間15分です。',
  'Привет! Можно перенести встречу на пятницу, 13 марта?',
  'const total = items.reduce((sum, item) => sum + item.price, 0); // 🚆 emoji too',
];

const TABLE = tokenizerTableJson();

describe('the packaged tokenizer table', () => {
  it('counts exactly as gpt-tokenizer’s own cl100k in several languages and scripts', () => {
    const packaged = cl100kCounter(JSON.parse(TABLE));
    for (const text of SAMPLES) expect(packaged(text), text).toBe(countTokens(text));
  });

  it('adds the chat framing per message and per prompt', () => {
    const { estimateTokens, estimatePromptTokens } = tokenEstimator(countTokens);
    const messages = [
      { role: 'system' as const, content: 'You are helpful.' },
      { role: 'user' as const, content: SAMPLES[1] ?? '' },
    ];
    expect(estimateTokens('')).toBe(0);
    expect(estimatePromptTokens(messages)).toBe(3 + messages.reduce((sum, message) => sum + countTokens(message.content) + 4, 0));
  });
});

describe('loadTokenEstimator (background)', () => {
  const fetched: string[] = [];
  let fail = false;

  beforeEach(() => {
    fetched.length = 0;
    fail = false;
    vi.resetModules();
    // The browser's fetch of a file in the extension's own package.
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return fail ? new Response('', { status: 404 }) : new Response(TABLE, { headers: { 'content-type': 'application/json' } });
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('reads the packaged table once, the first time chat needs an estimate', async () => {
    const { loadTokenEstimator } = await import('../../../utils/chat/tokenizer');
    expect(fetched).toEqual([]);
    const [first, second] = await Promise.all([loadTokenEstimator(), loadTokenEstimator()]);
    const again = await loadTokenEstimator();
    expect(fetched).toEqual([fakeBrowser.runtime.getURL(`/${TOKENIZER_RANKS_FILE}`)]);
    expect(second).toBe(first);
    expect(again.estimateTokens(SAMPLES[2] ?? '')).toBe(countTokens(SAMPLES[2] ?? ''));
  });

  it('tries the table again after a failed read instead of remembering the failure', async () => {
    const { loadTokenEstimator } = await import('../../../utils/chat/tokenizer');
    fail = true;
    await expect(loadTokenEstimator()).rejects.toThrow(/HTTP 404/);
    fail = false;
    const estimator = await loadTokenEstimator();
    expect(estimator.estimateTokens(SAMPLES[0] ?? '')).toBe(countTokens(SAMPLES[0] ?? ''));
    expect(fetched).toHaveLength(2);
  });
});
