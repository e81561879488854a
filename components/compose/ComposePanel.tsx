import { forwardRef, type KeyboardEvent } from 'react';
import { languageName } from '../../utils/builtin/pair';
import { t } from '../../utils/i18n/t';
import type { LanguageCode } from '../../utils/languages/languages';
import { PanelError } from '../replies/PanelError';
import { TargetSelect } from '../translate/TargetSelect';
import { trusted } from '../translate/trusted';
import type { WriteInState } from './useWriteIn';

export interface ComposeActions {
  onTargetChange: (code: LanguageCode) => void;
  onReplace: () => void;
  onUndo: () => void;
  onRetry: () => void;
  onDiscard: () => void;
  onClose: () => void;
}

interface Props extends ComposeActions {
  state: WriteInState;
  /** Instead of a translation: why there is none (an empty field). */
  notice: string | undefined;
  theme: 'system' | 'light' | 'dark';
  replaced: boolean;
  /** Shown again after a reload or a closed panel, not translated now. */
  restored: boolean;
}

/** "Write in …": the translation, what it says back in the user's language, and Replace/Undo. */
export const ComposePanel = forwardRef<HTMLElement, Props>(function ComposePanel(props, ref) {
  const { state, notice, theme, replaced, restored } = props;
  const streaming = state.status === 'streaming';
  const complete = state.status === 'done' && state.translation.length > 0;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && event.nativeEvent.isTrusted) props.onClose();
  };
  return (
    <section ref={ref} className="bubble compose" role="dialog" aria-label={t('composePanelLabel')} data-theme={theme} tabIndex={-1} onKeyDown={onKeyDown}>
      <header>
        <span className="languages">
          <span>{t('composeWriteIn')}</span>
          <TargetSelect value={state.targetLanguage} onChange={props.onTargetChange} disabled={streaming || notice !== undefined} />
        </span>
        <button type="button" className="close" aria-label={t('commonClose')} onClick={trusted(props.onClose)}>
          ×
        </button>
      </header>
      {notice !== undefined ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : (
        <>
          {restored && (
            <p className="meta" role="status" data-testid="compose-restored">
              {t('composeRestored')}
            </p>
          )}
          <div className="result" dir="auto" lang={state.targetLanguage} aria-live="polite" aria-busy={streaming && !state.backTranslation} data-testid="compose-translation">
            {state.translation || <span className="placeholder">{streaming ? t('translateTranslating') : ''}</span>}
          </div>
          {state.backLanguage && state.backLanguage !== state.targetLanguage && (
            <div className="back">
              <p className="meta">{t('composeBackLabel', languageName(state.backLanguage))}</p>
              <div className="result" dir="auto" lang={state.backLanguage} aria-live="polite" data-testid="compose-back">
                {state.backTranslation || <span className="placeholder">{state.translation ? t('composeChecking') : ''}</span>}
              </div>
            </div>
          )}
        </>
      )}
      {state.error && <PanelError error={state.error} onRetry={props.onRetry} />}
      {notice === undefined && (
        <footer>
          <span className="meta" data-testid="provider">
            {state.providerLabel}
          </span>
          {/* mousedown would move the caret out of the field before the click lands */}
          {replaced ? (
            <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={trusted(props.onUndo)}>
              {t('composeUndo')}
            </button>
          ) : (
            <button type="button" className="primary" onMouseDown={(event) => event.preventDefault()} onClick={trusted(props.onReplace)} disabled={!complete}>
              {t('translateReplace')}
            </button>
          )}
          <button type="button" onClick={trusted(props.onRetry)} disabled={streaming}>
            {t('commonRetry')}
          </button>
          <button type="button" onClick={trusted(props.onDiscard)} disabled={streaming}>
            {t('composeDiscard')}
          </button>
        </footer>
      )}
    </section>
  );
});
