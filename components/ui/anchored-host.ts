import { placeBubble, type Box } from '../../utils/translate/position';

/** An in-page host in a shadow root of its own, kept beside an anchor as the page scrolls and resizes. */
export interface AnchoredHost {
  host: HTMLElement;
  /** Where React renders, inside the shadow root. */
  container: HTMLDivElement;
  /** Places the host beside its anchor at the next frame (after a render changed its size, say). */
  place: () => void;
  /** Stops following the anchor and takes the host out of the page. */
  remove: () => void;
}

function pin(host: HTMLElement, name: string, value: string): void {
  // !important inline: a page's `* { position: static !important }` must not move Parley's UI.
  host.style.setProperty(name, value, 'important');
}

/**
 * The host the bubble and the "Write in" panel live in. Built here rather than with WXT's
 * createShadowRootUi, which needs a ContentScriptContext that listens to window messages a page
 * can forge; these scripts act on nothing the page sends.
 */
export function createAnchoredHost(doc: Document, tag: string, css: string, anchor: () => Box): AnchoredHost {
  const view = doc.defaultView ?? window;
  const host = doc.createElement(tag);
  for (const [name, value] of Object.entries({ position: 'fixed', top: '0px', left: '0px', 'z-index': '2147483647', display: 'block' })) pin(host, name, value);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  doc.documentElement.append(host);

  let frame = 0;
  const place = () => {
    view.cancelAnimationFrame(frame);
    frame = view.requestAnimationFrame(() => {
      const { top, left } = placeBubble(anchor(), container.getBoundingClientRect(), { width: view.innerWidth, height: view.innerHeight });
      pin(host, 'top', `${Math.round(top)}px`);
      pin(host, 'left', `${Math.round(left)}px`);
    });
  };
  const resizeObserver = new ResizeObserver(place);
  resizeObserver.observe(container);
  view.addEventListener('scroll', place, { capture: true, passive: true });
  view.addEventListener('resize', place, { passive: true });

  const remove = () => {
    resizeObserver.disconnect();
    view.cancelAnimationFrame(frame);
    view.removeEventListener('scroll', place, { capture: true });
    view.removeEventListener('resize', place);
    host.remove();
  };
  return { host, container, place, remove };
}
