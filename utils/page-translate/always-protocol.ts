/**
 * What the page-load starter for "Always translate this site" (entrypoints/page-translate-always.ts)
 * shares with the background. No zod and no imports: the starter stays tiny.
 */
export const ALWAYS_SCRIPT_ID = 'parley-page-translate-always';
/** The unlisted script built from entrypoints/page-translate-always.ts. */
export const ALWAYS_SCRIPT_FILE = '/page-translate-always.js';
export const ALWAYS_START_REQUEST = 'page-translate/always-start';
