import { forwardRef, type KeyboardEvent, type ReactNode } from 'react';
import type { ParleyErrorData } from '../../utils/errors/parley-error';
import { languageName } from '../../utils/builtin/pair';
import type { LanguageCode } from '../../utils/languages/languages';
import { PackDownloadOffer } from '../builtin/PackDownloadOffer';
import { TargetSelect } from './TargetSelect';
import { trusted } from './trusted';
import type { SpeechState } from './useSpeech';
import { cutByMaxTokens, type TranslationState } from './useTranslationStream';
import { providerNote } from './provider-note';
import { t } from '../../utils/i18n/t';

export interface BubbleActions {
  onTargetChange: (code: LanguageCode) => void;
  onCopy: () => void;
  onReplace: () => void;
  onRetry: () => void;
  onListen: () => void;
  onOpenPopup: () => void;
  onOpenSettings: () => void;
  onClose: () => void;
  onAddTerm: () => void;
}

interface Props extends BubbleActions {
  state: TranslationState;
  /** A message instead of a translation (nothing selected). */
  notice: string | undefined;
  theme: 'system' | 'light' | 'dark';
  canReplace: boolean;
  replaced: boolean;
  copied: boolean;
  speech: SpeechState;
  /** The "Add to terms" form, while the user has it open. */
  addTerm: ReactNode;
}

function BubbleError({ error, onRetry, onOpenSettings }: { error: ParleyErrorData; onRetry: () => void; onOpenSettings: () => void }) {
  return (
    <div className="notice error" role="alert" data-error-code={error.code}>
      <span>{error.message}</span>
      {error.action === 'open-settings' && (
        <button type="button" onClick={trusted(onOpenSettings)}>
          {t('commonOpenSettings')}
        </button>
      )}
      {error.action === 'retry' && (
        <button type="button" onClick={trusted(onRetry)}>
          {t('commonRetry')}
        </button>
      )}
    </div>
  );
}

/** The in-page translation: languages, streamed text, and what the user can do with it. */
export const Bubble = forwardRef<HTMLDivElement, Props>(function Bubble(props, ref) {
  const { state, notice, theme, canReplace, replaced, copied, speech } = props;
  const source = state.sourceLanguage ? languageName(state.sourceLanguage) : undefined;
  const streaming = state.status === 'streaming';
  const hasText = state.text.length > 0;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && event.nativeEvent.isTrusted) props.onClose();
  };
  return (
    <div ref={ref} className="bubble" role="dialog" aria-label={t('translateBubbleLabel')} data-theme={theme} tabIndex={-1} onKeyDown={onKeyDown}>
      <header>
        {notice === undefined ? (
          <span className="languages">
            <span data-testid="source-language">{source ?? (streaming ? t('translateDetecting') : t('translateUnknownLanguage'))}</span>
            <span aria-hidden="true">→</span>
            <TargetSelect value={state.targetLanguage} onChange={props.onTargetChange} disabled={state.targetLanguage === undefined} />
          </span>
        ) : (
          <span className="languages">{t('translateBubbleTitle')}</span>
        )}
        <button type="button" className="close" aria-label={t('commonClose')} onClick={trusted(props.onClose)}>
          ×
        </button>
      </header>
      {notice !== undefined ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : (
        <div className="result" dir="auto" lang={state.targetLanguage} aria-live="polite" aria-busy={streaming} data-testid="translation">
          {hasText ? state.text : <span className="placeholder">{streaming ? t('translateTranslating') : ''}</span>}
        </div>
      )}
      {state.cut && <BubbleError error={cutByMaxTokens()} onRetry={props.onRetry} onOpenSettings={props.onOpenSettings} />}
      {state.error && <BubbleError error={state.error} onRetry={props.onRetry} onOpenSettings={props.onOpenSettings} />}
      {state.error?.code === 'unsupported' && state.sourceLanguage && state.targetLanguage && (
        <PackDownloadOffer sourceLanguage={state.sourceLanguage} targetLanguage={state.targetLanguage} onReady={props.onRetry} />
      )}
      {speech.problem && (
        <p className="notice error" role="alert" data-testid="speech-problem">
          {speech.problem}
        </p>
      )}
      {props.addTerm}
      {notice === undefined && (
        <footer>
          <span className="meta" data-testid="provider" data-fallback={state.fallbackReason}>
            {providerNote(state)}
            {state.fromCache && state.status === 'done' ? ` · ${t('translateFromCache')}` : ''}
          </span>
          <button type="button" onClick={trusted(props.onCopy)} disabled={!hasText}>
            {copied ? t('commonCopied') : t('commonCopy')}
          </button>
          {canReplace && (
            <button type="button" onClick={trusted(props.onReplace)} disabled={!hasText || streaming}>
              {replaced ? t('translateReplaced') : t('translateReplace')}
            </button>
          )}
          <button type="button" onClick={trusted(props.onListen)} disabled={!hasText} aria-pressed={speech.speaking}>
            {speech.speaking ? t('translateStopListening') : t('translateListen')}
          </button>
          <button type="button" onClick={trusted(props.onRetry)} disabled={streaming}>
            {t('commonRetry')}
          </button>
          <button type="button" onClick={trusted(props.onOpenPopup)} disabled={!hasText}>
            {t('translateOpenInPopup')}
          </button>
          <button type="button" onClick={trusted(props.onAddTerm)} aria-expanded={props.addTerm !== null}>
            {t('termsAddToTerms')}
          </button>
        </footer>
      )}
    </div>
  );
});
