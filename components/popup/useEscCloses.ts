import { useEffect } from 'react';

/**
 * Esc closes the side panel as it closes the toolbar popup (which the browser does itself). A side
 * panel page may close itself with window.close(). Runs after Parley's own handlers, so an Esc
 * that already closed something inside (History, a menu) and called preventDefault is left alone.
 */
export function useEscCloses(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && event.isTrusted && !event.defaultPrevented) window.close();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
