/** The translate flow's menu items; apart so the worker's bootstrap can know them without the flow. */
export const MENU_TRANSLATE = 'parley-translate-selection';
export const MENU_REPLACE = 'parley-translate-replace';

/** The unlisted script built from entrypoints/translate-ui.ts: the bubble. */
export const TRANSLATE_UI_SCRIPT = '/translate-ui.js';
