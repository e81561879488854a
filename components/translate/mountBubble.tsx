import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { startStream } from '../../utils/messaging/started-stream';
import type { BubbleLaunch } from '../../utils/translate/launch';
import { anchorBox, captureSelection, replaceSelection } from '../../utils/translate/page-selection';
import { createAnchoredHost } from '../ui/anchored-host';
import bubbleCss from './bubble.css?inline';
import { BubbleApp } from './BubbleApp';
import { streamJob } from './job-stream';

const HOST_TAG = 'parley-translate';
let closeCurrent: (() => void) | undefined;

/** Opens the bubble at the selection, in a shadow root of its own (components/ui/anchored-host.ts). */
export function mountBubble(launch: BubbleLaunch): void {
  closeCurrent?.();
  // Before the bubble takes focus: afterwards the page's selection is gone.
  const captured = captureSelection();
  // The translation starts now, while the background still waits for this script to return: the
  // request is under way while React mounts, which would otherwise come first (~10 ms).
  // A cached answer came with the launch: there is nothing to ask.
  const firstStream = launch.kind === 'job' && !launch.cached ? startStream((signal) => streamJob(launch.jobId, captured, {}, signal)) : undefined;
  const { host, container, place, remove } = createAnchoredHost(document, HOST_TAG, bubbleCss, () => anchorBox(captured) ?? { top: 16, left: 16, bottom: 16, right: 16 });
  const onPointerDown = (event: PointerEvent) => {
    if (event.isTrusted && !event.composedPath().includes(host)) close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isTrusted && event.key === 'Escape') close();
  };
  document.addEventListener('pointerdown', onPointerDown, true);
  document.addEventListener('keydown', onKeyDown, true);

  const root = createRoot(container);
  function close(): void {
    if (closeCurrent !== close) return;
    closeCurrent = undefined;
    firstStream?.cancel();
    const focusWasInside = host.matches(':focus-within');
    document.removeEventListener('pointerdown', onPointerDown, true);
    document.removeEventListener('keydown', onKeyDown, true);
    speechSynthesis.cancel();
    root.unmount();
    remove();
    if (focusWasInside) captured.focused?.focus({ preventScroll: true });
  }
  closeCurrent = close;
  // "Translate and replace" with a cached answer: the field gets it now, as a streamed one once complete.
  const cached = launch.kind === 'job' ? launch.cached : undefined;
  const replacedAtOpen = launch.kind === 'job' && launch.mode === 'replace' && cached !== undefined && replaceSelection(captured, cached.text);
  const app = <BubbleApp launch={launch} captured={captured} firstStream={firstStream} replacedAtOpen={replacedAtOpen} onClose={close} />;
  // A cached answer is drawn now, inside the call that opens the bubble, rather than a task later:
  // there is nothing to wait for, and the text is then in the bubble's first frame.
  if (cached) flushSync(() => root.render(app));
  else root.render(app);
  place();
}
