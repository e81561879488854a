/**
 * What the page-load starter for drafts (entrypoints/compose-restore.ts) shares with the
 * background. No zod and no imports: the starter stays tiny.
 */
export const RESTORE_SCRIPT_ID = 'parley-compose-restore';
/** The unlisted script built from entrypoints/compose-restore.ts. */
export const RESTORE_SCRIPT_FILE = '/compose-restore.js';
export const RESTORE_REQUEST = 'compose/restore-after-load';

