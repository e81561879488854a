import { useMemo, useState } from 'react';
import { translatorApi } from '../../utils/builtin/browser-ai';
import { pairName } from '../../utils/builtin/pair';
import type { LanguageCode } from '../../utils/languages/languages';
import { useSettings } from '../settings/useSettings';
import { LanguageSelect } from '../ui/LanguageSelect';
import { LanguagePackDownload } from './LanguagePackDownload';
import { useBuiltinStatus } from './useBuiltinStatus';

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
      <h2 id="keyless-heading">Translate now on this device</h2>
      <p>
        No key needed: this browser can translate on your computer, and nothing you translate leaves it. Add a provider later for chat
        and replies.
      </p>
      <div className="field">
        <label htmlFor="keyless-source">I often read</label>
        <LanguageSelect id="keyless-source" label="I often read" value={source} onChange={setSource} />
      </div>
      {availability === 'available' && (
        <p className="notice ok" role="status">
          {pair} is ready on this device. Select text on a page and right-click it to translate.
        </p>
      )}
      {availability === 'downloadable' && (
        <>
          <p>{pair} needs a one-time download of its language pack.</p>
          <LanguagePackDownload key={source} sourceLanguage={source} targetLanguage={target} onReady={refresh} />
        </>
      )}
      {availability === 'downloading' && <p>The {pair} pack is downloading.</p>}
      {(availability === 'unavailable' || availability === 'absent') && (
        <p>This device cannot translate {pair} by itself: add a provider below to translate it.</p>
      )}
    </section>
  );
}
