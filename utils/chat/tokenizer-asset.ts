/**
 * The tokenizer's merge table ships as a packaged JSON file instead of inside background.js: it
 * is three quarters of the bundle, only chat needs it, and an MV3 service worker may not use
 * dynamic import(). The background fetches it the first time a chat answer needs an estimate
 * (utils/chat/tokenizer.ts); wxt.config.ts writes it at build time from gpt-tokenizer's own table.
 */
export const TOKENIZER_RANKS_FILE = 'tokenizer/cl100k_base.json';
