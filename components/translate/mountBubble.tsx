import { createRoot } from 'react-dom/client';
import type { BubbleLaunch } from '../../utils/translate/launch';
import { anchorBox, captureSelection } from '../../utils/translate/page-selection';
import { placeBubble } from '../../utils/translate/position';
import bubbleCss from './bubble.css?inline';
import { BubbleApp } from './BubbleApp';

const HOST_TAG = 'parley-translate';
let closeCurrent: (() => void) | undefined;

function pin(host: HTMLElement, name: string, value: string): void {
  // !important inline: a page's `* { position: static !important }` must not move the bubble.
  host.style.setProperty(name, value, 'important');
}

/**
 * Opens the bubble at the selection, in a shadow root of its own. WXT's createShadowRootUi needs
 * a ContentScriptContext, which listens to window messages a page can forge; this script acts
 * on nothing the page sends, so it builds its host itself.
 */
export function mountBubble(launch: BubbleLaunch): void {
  closeCurrent?.();
  // Before the bubble takes focus: afterwards the page's selection is gone.
  const captured = captureSelection();
  const host = document.createElement(HOST_TAG);
  for (const [name, value] of Object.entries({ position: 'fixed', top: '0px', left: '0px', 'z-index': '2147483647', display: 'block' })) pin(host, name, value);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = bubbleCss;
  const container = document.createElement('div');
  shadow.append(style, container);
  document.documentElement.append(host);

  let frame = 0;
  const place = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const size = container.getBoundingClientRect();
      const anchor = anchorBox(captured) ?? { top: 16, left: 16, bottom: 16, right: 16 };
      const { top, left } = placeBubble(anchor, size, { width: window.innerWidth, height: window.innerHeight });
      pin(host, 'top', `${Math.round(top)}px`);
      pin(host, 'left', `${Math.round(left)}px`);
    });
  };
  const resizeObserver = new ResizeObserver(place);
  resizeObserver.observe(container);
  const onPointerDown = (event: PointerEvent) => {
    if (event.isTrusted && !event.composedPath().includes(host)) close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isTrusted && event.key === 'Escape') close();
  };
  window.addEventListener('scroll', place, { capture: true, passive: true });
  window.addEventListener('resize', place, { passive: true });
  document.addEventListener('pointerdown', onPointerDown, true);
  document.addEventListener('keydown', onKeyDown, true);

  const root = createRoot(container);
  function close(): void {
    if (closeCurrent !== close) return;
    closeCurrent = undefined;
    const focusWasInside = host.matches(':focus-within');
    resizeObserver.disconnect();
    cancelAnimationFrame(frame);
    window.removeEventListener('scroll', place, { capture: true });
    window.removeEventListener('resize', place);
    document.removeEventListener('pointerdown', onPointerDown, true);
    document.removeEventListener('keydown', onKeyDown, true);
    speechSynthesis.cancel();
    root.unmount();
    host.remove();
    if (focusWasInside) captured.focused?.focus({ preventScroll: true });
  }
  closeCurrent = close;
  root.render(<BubbleApp launch={launch} captured={captured} onClose={close} />);
  place();
}
