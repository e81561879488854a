import { t } from '../../utils/i18n/t';
import type { ParleyErrorData } from '../../utils/errors/parley-error';
import type { PageProgress } from '../../utils/page-translate/messages';
import { PARLEY_MARK } from '../../utils/page-translate/content/dom-rules';

export interface ProgressActions {
  stop: () => void;
  showOriginal: () => void;
  retry: () => void;
}

export interface ProgressControl {
  update(progress: PageProgress, error: ParleyErrorData | undefined): void;
  notice(message: string): void;
  remove(): void;
}

const CSS = `
:host { all: initial; position: fixed; inset-block-end: 16px; inset-inline-end: 16px; z-index: 2147483646; }
.box { font: 13px/1.4 system-ui, sans-serif; color: #1f2328; background: #fff; border: 1px solid #d0d7de; border-radius: 8px;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.15); padding: 8px 10px; display: flex; flex-direction: column; gap: 6px; max-width: 320px; }
.row { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
button { font: inherit; border: 1px solid #d0d7de; background: #f6f8fa; border-radius: 6px; padding: 2px 8px; cursor: pointer; color: inherit; }
.error { color: #b42318; }
@media (prefers-color-scheme: dark) { .box { color: #e6edf3; background: #161b22; border-color: #30363d; } button { background: #21262d; border-color: #30363d; } .error { color: #ff7b72; } }
`;

/**
 * The small control in the page while it translates: blocks done of total, tokens used, Stop and
 * Show original, and at most one error line with Retry. Plain DOM in its own shadow root: the
 * page script stays small and the page's styles do not reach it.
 */
export function mountProgressControl(doc: Document, actions: ProgressActions): ProgressControl {
  const host = doc.createElement('parley-page-progress');
  host.setAttribute(PARLEY_MARK, 'progress');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-label', t('pageProgressLabel'));
  const status = doc.createElement('div');
  const errorLine = doc.createElement('div');
  errorLine.className = 'row error';
  errorLine.hidden = true;
  const errorText = doc.createElement('span');
  const button = (label: string, onClick: () => void) => {
    const element = doc.createElement('button');
    element.type = 'button';
    element.textContent = label;
    element.addEventListener('click', onClick);
    return element;
  };
  const retry = button(t('pageRetry'), actions.retry);
  errorLine.append(errorText, retry);
  const stop = button(t('pageStop'), actions.stop);
  const controls = doc.createElement('div');
  controls.className = 'row';
  controls.append(stop, button(t('pageShowOriginal'), actions.showOriginal));
  box.append(status, errorLine, controls);
  shadow.append(style, box);
  doc.documentElement.appendChild(host);
  return {
    update(progress, error) {
      const counts = t('pageProgressCounts', [progress.done, progress.total]);
      const tokens = t('pageProgressTokens', progress.tokensUsed.toLocaleString());
      const state = progress.state === 'done' ? t('pageProgressDone') : progress.state === 'stopped' ? t('pageProgressStopped') : t('pageProgressTranslating');
      status.textContent = `${state} · ${counts} · ${tokens}`;
      stop.hidden = progress.state !== 'translating';
      errorLine.hidden = error === undefined;
      errorText.textContent = error?.message ?? '';
      retry.hidden = error?.action !== 'retry';
    },
    notice(message) {
      status.textContent = message;
      stop.hidden = true;
    },
    remove: () => host.remove(),
  };
}

/** The control alone, saying why nothing is translated (a site set to "Never"); its buttons close it. */
export function showNotice(doc: Document, message: string): void {
  doc.querySelector('parley-page-progress')?.remove();
  const close = () => control.remove();
  const control = mountProgressControl(doc, { stop: close, showOriginal: close, retry: close });
  control.notice(message);
}
