import type { RawBytePairRanks } from 'gpt-tokenizer/BytePairEncodingCore';
import { browser } from 'wxt/browser';
import { cl100kCounter, tokenEstimator, type TokenEstimator } from './tokens';
import { TOKENIZER_RANKS_FILE } from './tokenizer-asset';

let loading: Promise<TokenEstimator> | undefined;

async function fetchRanks(): Promise<RawBytePairRanks> {
  const response = await fetch(browser.runtime.getURL(`/${TOKENIZER_RANKS_FILE}`));
  if (!response.ok) throw new Error(`The packaged tokenizer table could not be read (HTTP ${response.status}).`);
  const ranks: unknown = await response.json();
  // Our own packaged file, written by the build from gpt-tokenizer's table: a shape check is enough.
  if (!Array.isArray(ranks) || ranks.length < 100_000) throw new Error('The packaged tokenizer table is damaged.');
  return ranks as RawBytePairRanks;
}

/**
 * Background only: the chat's token estimator, loaded the first time a chat answer needs it
 * (about 1 MB of merge table that the worker's start and a translation never need).
 */
export function loadTokenEstimator(): Promise<TokenEstimator> {
  loading ??= fetchRanks().then((ranks) => tokenEstimator(cl100kCounter(ranks)));
  // A failed read is tried again next time, not remembered.
  loading.catch(() => (loading = undefined));
  return loading;
}
