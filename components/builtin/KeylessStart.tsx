import { useMemo, useState } from 'react';
import { translatorApi } from '../../utils/builtin/browser-ai';
import { pairName } from '../../utils/builtin/pair';
import type { LanguageCode } from '../../utils/languages/languages';
import { useSettings } from '../settings/useSettings';
import { LanguageSelect } from '../ui/LanguageSelect';
import { LanguagePackDownload } from './LanguagePackDownload';
import { useBuiltinStatus } from './useBuiltinStatus';
import { t } from '../../utils/i18n/t';

/**
 * The welcome page's first path, where the browser has an on-device translator: translate at
 * once, no key; a provider can come later for chat and replies.
 */
export function KeylessStart() {
  const { saved } = useSettings();
  if (!translatorApi() || !saved) return null;
  return <KeylessPair target={saved.languages.target} second={saved.languages.second} />;
}

function KeylessPair({ target, second }: { target: LanguageCode; second: LanguageCode }) {
  const [source, setSource] = useState<LanguageCode>(second === target ? 'en' : second);
  const pairs = useMemo(() => [{ sourceLanguage: source, targetLanguage: target }], [source, target]);
  const { status, refresh } = useBuiltinStatus(pairs);
  const availability = status?.pairs[0]?.availability;
  const pair = pairName(source, target);

  return (
    <section aria-labelledby="keyless-heading" data-testid="keyless-start">
      <h2 id="keyless-heading">{t('builtinKeylessHeading')}</h2>
      <p>{t('builtinKeylessIntro')}</p>
      <div className="field">
        <label htmlFor="keyless-source">{t('builtinOftenRead')}</label>
        <LanguageSelect id="keyless-source" label={t('builtinOftenRead')} value={source} onChange={setSource} />
      </div>
      {availability === 'available' && (
        <p className="notice ok" role="status">
          {t('builtinPairReady', pair)}
        </p>
      )}
      {availability === 'downloadable' && (
        <>
          <p>{t('builtinPairNeedsDownload', pair)}</p>
          <LanguagePackDownload key={source} sourceLanguage={source} targetLanguage={target} onReady={refresh} />
        </>
      )}
      {availability === 'downloading' && <p>{t('builtinPairDownloading', pair)}</p>}
      {(availability === 'unavailable' || availability === 'absent') && (
        <p>{t('builtinPairUnavailable', pair)}</p>
      )}
    </section>
  );
}
