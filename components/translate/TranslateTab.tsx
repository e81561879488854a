import { useEffect, useState } from 'react';
import { languageName } from '../../utils/builtin/pair';
import { LANGUAGES, type LanguageCode } from '../../utils/languages/languages';
import { sendRequest } from '../../utils/messaging/request-client';
import { streamFrom } from '../../utils/messaging/stream-client';
import { getSettings } from '../../utils/settings/messages';
import { translateTextStream } from '../../utils/translate/messages';
import { ErrorNotice } from '../ui/ErrorNotice';
import { LanguageSelect } from '../ui/LanguageSelect';
import { PageTranslateSection } from '../page-translate/PageTranslateSection';
import { TranslateHistory } from './TranslateHistory';
import { usePopupTranslateState } from './usePopupTranslateState';
import { cutByMaxTokens, useTranslationStream } from './useTranslationStream';
import './translate-tab.css';
import { t } from '../../utils/i18n/t';
import { providerNote } from './provider-note';

type Source = LanguageCode | 'auto';

/** The popup's Translate tab: type or paste, pick languages, read the streamed result. */
export function TranslateTab() {
  const [input, setInput] = useState('');
  const [source, setSource] = useState<Source>('auto');
  /** Set once the user picks a target; until then the settings decide (and the second-language rule applies). */
  const [chosenTarget, setChosenTarget] = useState<LanguageCode>();
  const [languages, setLanguages] = useState<{ target: LanguageCode; second: LanguageCode }>({ target: 'en', second: 'zh-CN' });
  const [copied, setCopied] = useState(false);
  const { state, run } = useTranslationStream();
  const translate = (text: string, from: Source, to: LanguageCode | undefined, tabId: number | undefined) => {
    setCopied(false);
    const start = { text, sourceLanguage: from === 'auto' ? undefined : from, targetLanguage: to, tabId };
    void run((signal) => streamFrom(translateTextStream, start, signal));
  };
  const popupState = usePopupTranslateState((pending, tabId) => {
    setInput(pending.text);
    // Translated again through the cache: what the page showed appears at once, without a request.
    if (pending.text.trim()) translate(pending.text, 'auto', pending.targetLanguage, pending.translation ? undefined : tabId);
  });

  useEffect(() => {
    sendRequest(getSettings, {})
      .then(({ settings }) => setLanguages(settings.languages))
      .catch(() => undefined);
  }, []);

  const target = chosenTarget ?? state.targetLanguage ?? languages.target;
  const swap = () => {
    const detected = source === 'auto' ? (state.sourceLanguage ?? languages.second) : source;
    setSource(target);
    setChosenTarget(detected);
    if (state.text) setInput(state.text);
  };

  return (
    <section className="translate-tab" aria-label={t('translateTabLabel')}>
      <PageTranslateSection tabId={popupState.tabId} />
      {popupState.pending?.note && <p className="notice">{popupState.pending.note}</p>}
      <label className="visually-hidden" htmlFor="translate-input">
        {t('translateInputLabel')}
      </label>
      <textarea id="translate-input" dir="auto" rows={5} value={input} onChange={(event) => setInput(event.target.value)} placeholder={t('translateInputPlaceholder')} />
      <div className="translate-languages">
        <select aria-label={t('translateFrom')} value={source} onChange={(event) => setSource(event.target.value as Source)}>
          <option value="auto">{t('translateDetectLanguage')}</option>
          {LANGUAGES.map((language) => (
            <option key={language.code} value={language.code}>
              {language.native === language.english ? language.native : `${language.native} — ${language.english}`}
            </option>
          ))}
        </select>
        <button type="button" aria-label={t('translateSwap')} onClick={swap}>
          ⇄
        </button>
        <LanguageSelect label={t('optionsTranslateInto')} value={target} onChange={setChosenTarget} />
        <button type="button" className="primary" disabled={!input.trim() || state.status === 'streaming'} onClick={() => translate(input, source, chosenTarget, popupState.tabId)}>
          {t('translateButton')}
        </button>
      </div>
      {state.status !== 'idle' && (
        <div className="translate-result">
          <p className="muted">
            {state.sourceLanguage ? `${languageName(state.sourceLanguage)} → ` : ''}
            {state.targetLanguage ? languageName(state.targetLanguage) : ''}
            {state.providerLabel ? ` · ${providerNote(state)}` : ''}
            {state.fromCache && state.status === 'done' ? ` · ${t('translateFromCache')}` : ''}
          </p>
          <div className="translate-output" dir="auto" aria-live="polite" aria-busy={state.status === 'streaming'} data-testid="popup-translation">
            {state.text}
          </div>
          {state.cut && <ErrorNotice error={cutByMaxTokens()} />}
          {state.error && <ErrorNotice error={state.error} onRetry={() => translate(input, source, chosenTarget, popupState.tabId)} />}
          <button type="button" disabled={!state.text} onClick={() => void navigator.clipboard.writeText(state.text).then(() => setCopied(true))}>
            {copied ? t('commonCopied') : t('commonCopy')}
          </button>
        </div>
      )}
      <TranslateHistory entries={popupState.history} />
    </section>
  );
}
