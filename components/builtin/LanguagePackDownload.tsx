import { useEffect, useRef, useState } from 'react';
import { DownloadFailure, downloadFailureMessage, downloadLanguagePack } from '../../utils/builtin/download';
import { pairName } from '../../utils/builtin/pair';
import { t } from '../../utils/i18n/t';

type State =
  | { kind: 'idle' }
  | { kind: 'downloading'; fraction: number | undefined; stalled: string | undefined }
  | { kind: 'ready' }
  | { kind: 'failed'; message: string };

interface Props {
  sourceLanguage: string;
  targetLanguage: string;
  /** Called once the pack is on the device (the bubble retries its translation). */
  onReady?: () => void;
  /** How long without any progress before the user is told the download has not started. */
  stallMs?: number;
  /** Lists of several packs say where packs come from once, above the list. */
  showSourceHint?: boolean;
}

const DEFAULT_STALL_MS = 20_000;

/**
 * "Download French → English (on-device)": Chrome starts a pack download only in response to a
 * click, so this runs in the page where the user clicked (an extension page or the bubble).
 */
export function LanguagePackDownload({ sourceLanguage, targetLanguage, onReady, stallMs = DEFAULT_STALL_MS, showSourceHint = true }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const running = useRef<AbortController | undefined>(undefined);
  const pair = pairName(sourceLanguage, targetLanguage);

  useEffect(() => () => running.current?.abort(), []);

  function start() {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setState({ kind: 'downloading', fraction: undefined, stalled: undefined });
    downloadLanguagePack(sourceLanguage, targetLanguage, {
      signal: controller.signal,
      stallMs,
      onProgress: (fraction) => setState({ kind: 'downloading', fraction, stalled: undefined }),
      onStall: (message) => setState((current) => (current.kind === 'downloading' ? { ...current, stalled: message } : current)),
    }).then(
      () => {
        if (controller.signal.aborted) return;
        setState({ kind: 'ready' });
        onReady?.();
      },
      (error: unknown) => {
        if (running.current !== controller) return;
        const message = error instanceof DownloadFailure ? error.message : downloadFailureMessage('other', sourceLanguage, targetLanguage);
        setState({ kind: 'failed', message });
      },
    );
  }

  function cancel() {
    running.current?.abort();
    running.current = undefined;
    setState({ kind: 'idle' });
  }

  if (state.kind === 'ready') {
    return (
      <p className="notice ok" role="status" data-testid="pack-ready">
        {t('builtinPackReady', pair)}
      </p>
    );
  }

  return (
    <div className="pack-download" data-testid="pack-download">
      {state.kind !== 'downloading' && (
        <button type="button" className="primary" onClick={start}>
          {state.kind === 'failed' ? t('builtinRetryDownload', pair) : t('builtinDownloadPair', pair)}
        </button>
      )}
      {state.kind === 'downloading' && (
        <div className="row" role="group" aria-label={t('builtinDownloadingPair', pair)}>
          <progress aria-label={t('builtinDownloadOf', pair)} max={1} value={state.fraction} />
          <span aria-live="polite">{state.fraction === undefined ? t('builtinDownloadStarting') : `${Math.round(state.fraction * 100)}%`}</span>
          <button type="button" onClick={cancel}>
            {t('commonCancel')}
          </button>
        </div>
      )}
      {state.kind === 'downloading' && state.stalled && (
        <div className="notice error" role="alert" data-testid="pack-failure">
          {state.stalled}{' '}
          <button type="button" onClick={start}>
            {t('commonRetry')}
          </button>
        </div>
      )}
      {state.kind === 'failed' && (
        <div className="notice error" role="alert" data-testid="pack-failure">
          {state.message}
        </div>
      )}
      {showSourceHint && <p className="hint">{t('builtinPackSourceHint', pair)}</p>}
    </div>
  );
}
