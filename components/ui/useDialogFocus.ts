import { useLayoutEffect, type RefObject } from 'react';

/** The focused element, looking inside open shadow roots (a page's web components, Parley's own hosts). */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * An in-page dialog takes the focus when it opens, so Tab and Esc work at once, and gives it back
 * to where the user was when it closes with the focus inside it; `fallback` says where to go when
 * the focus had already left everything (a button that disables itself while it works drops it).
 */
export function useDialogFocus(dialog: RefObject<HTMLElement | null>, fallback?: () => HTMLElement | null | undefined): void {
  // A layout effect: its cleanup runs while the dialog is still in the page, so the focus is still inside it.
  useLayoutEffect(() => {
    const node = dialog.current;
    const active = deepActiveElement();
    const previous = active && active !== document.body ? active : fallback?.();
    node?.focus({ preventScroll: true });
    return () => {
      const focusInside = node?.matches(':focus-within') ?? false;
      if (focusInside && previous instanceof HTMLElement && previous.isConnected) previous.focus({ preventScroll: true });
    };
    // The fallback is read once, when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dialog]);
}
