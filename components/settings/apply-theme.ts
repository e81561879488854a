import { afterFirstPaint } from '../ui/after-first-paint';

/** The theme last applied, in the extension's localStorage: a page paints in it before the settings are read. */
const THEME_KEY = 'parley.theme';

function rememberedTheme(): string | null {
  try {
    return localStorage.getItem(THEME_KEY);
  } catch {
    return null;
  }
}

function rememberTheme(theme: string): void {
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Only the next first paint would use it.
  }
}

/**
 * Puts the saved theme on `<html data-theme>` of an extension page (theme.css reads it; `system`
 * leaves it to prefers-color-scheme), and follows later changes from the options page. The theme
 * last applied goes on at once; the settings (zod and the schemas, loaded after the first paint)
 * then confirm or change it.
 */
export function applySavedTheme(root: HTMLElement = document.documentElement): void {
  const apply = (theme: string) => {
    root.dataset.theme = theme;
    rememberTheme(theme);
  };
  const remembered = rememberedTheme();
  if (remembered) root.dataset.theme = remembered;
  void afterFirstPaint()
    .then(() => import('../../utils/settings/store'))
    .then(({ loadSettings, watchSettings }) => {
    loadSettings()
      .then(({ settings }) => apply(settings.ui.theme))
      .catch(() => apply('system'));
    watchSettings(({ settings }) => apply(settings.ui.theme));
  });
}
