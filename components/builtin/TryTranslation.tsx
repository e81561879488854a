import { useState } from 'react';
import { isPairDownloadable } from '../../utils/builtin/translator';
import { tryTranslation } from '../../utils/builtin/messages';
import { ParleyError, type ParleyErrorData } from '../../utils/errors/parley-error';
import type { LanguageCode } from '../../utils/languages/languages';
import { sendRequest } from '../../utils/messaging/request-client';
import { ErrorNotice } from '../ui/ErrorNotice';
import { LanguageSelect } from '../ui/LanguageSelect';
import { LanguagePackDownload } from './LanguagePackDownload';
import { t } from '../../utils/i18n/t';

type Outcome =
  | { kind: 'done'; label: string; text: string }
  | { kind: 'failed'; error: ParleyErrorData; pair: { sourceLanguage: string; targetLanguage: string }; downloadable: boolean };

interface Props {
  initialTarget: LanguageCode;
}

/** One translation through the saved routing, showing who answered: the check that the setup works. */
export function TryTranslation({ initialTarget }: Props) {
  const [sourceLanguage, setSource] = useState<LanguageCode>(initialTarget === 'fr' ? 'en' : 'fr');
  const [targetLanguage, setTarget] = useState<LanguageCode>(initialTarget);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  async function run() {
    setBusy(true);
    setOutcome(undefined);
    const pair = { sourceLanguage, targetLanguage };
    try {
      const result = await sendRequest(tryTranslation, { ...pair, text });
      setOutcome({ kind: 'done', ...result });
    } catch (error) {
      const data: ParleyErrorData = error instanceof ParleyError ? error.data : { code: 'unknown', message: t('builtinTryFailed'), action: 'retry' };
      const downloadable = data.code === 'unsupported' && (await isPairDownloadable(sourceLanguage, targetLanguage));
      setOutcome({ kind: 'failed', error: data, pair, downloadable });
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset>
      <legend>{t('builtinTryHeading')}</legend>
      <div className="row">
        <LanguageSelect label={t('builtinTryFrom')} value={sourceLanguage} onChange={setSource} />
        <LanguageSelect label={t('builtinTryInto')} value={targetLanguage} onChange={setTarget} />
      </div>
      <div className="field">
        <label htmlFor="try-text">{t('builtinTryText')}</label>
        <textarea id="try-text" rows={2} value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <button type="button" onClick={() => void run()} disabled={busy || !text.trim()}>
        {busy ? t('builtinTranslating') : t('builtinTryIt')}
      </button>
      {outcome?.kind === 'done' && (
        <div className="notice ok" role="status" data-testid="try-result">
          <span data-testid="try-label">{outcome.label}</span>: <span lang={targetLanguage}>{outcome.text}</span>
        </div>
      )}
      {outcome?.kind === 'failed' && (
        <>
          <ErrorNotice error={outcome.error} onRetry={() => void run()} />
          {outcome.downloadable && <LanguagePackDownload {...outcome.pair} />}
        </>
      )}
    </fieldset>
  );
}
