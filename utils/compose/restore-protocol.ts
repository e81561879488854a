/**
 * What the page-load starter for drafts (entrypoints/compose-restore.ts) shares with the
 * background. No zod and no imports: the starter stays tiny.
 */
export const RESTORE_SCRIPT_ID = 'parley-compose-restore';
/** The unlisted script built from entrypoints/compose-restore.ts. */
export const RESTORE_SCRIPT_FILE = '/compose-restore.js';
export const RESTORE_REQUEST = 'compose/restore-after-load';

/** The starter's flags in its isolated world (out of the page's reach). */
export interface RestoreStarterGlobal {
  /** Set once the starter runs in this document: a second copy does nothing. */
  parleyRestoreStarter?: boolean;
  /** Set by the background before it puts the starter into an open page (no ask for the load already past). */
  parleyRestoreStarterLate?: boolean;
}
