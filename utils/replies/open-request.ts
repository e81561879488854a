/**
 * The message the always-on webmail script sends on a trusted click of its button. Spelled out
 * without zod so that script stays within its size budget; the background validates it with
 * `openFromButton` (messages.ts), which uses this same type.
 */
export const OPEN_FROM_BUTTON_TYPE = 'replies/open-from-button';

/** The isolated-world global the panel script (entrypoints/replies-panel.content) sets in each frame it runs in. */
export const PANEL_FRAME_FLAG = '__parleyRepliesFrame';
