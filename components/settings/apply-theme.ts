import { loadSettings, watchSettings } from '../../utils/settings/store';

/**
 * Puts the saved theme on `<html data-theme>` of an extension page (theme.css reads it; `system`
 * leaves it to prefers-color-scheme), and follows later changes from the options page.
 */
export function applySavedTheme(root: HTMLElement = document.documentElement): void {
  const apply = (theme: string) => {
    root.dataset.theme = theme;
  };
  loadSettings()
    .then(({ settings }) => apply(settings.ui.theme))
    .catch(() => apply('system'));
  watchSettings(({ settings }) => apply(settings.ui.theme));
}
