import type { BuiltinAvailability } from '../../utils/builtin/browser-ai';
import type { BuiltinStatus } from '../../utils/builtin/messages';
import { pairName } from '../../utils/builtin/pair';
import { LanguagePackDownload } from './LanguagePackDownload';

const PAIR_STATES: Record<BuiltinAvailability, string> = {
  available: 'on this device',
  downloadable: 'needs a one-time download',
  downloading: 'downloading',
  unavailable: 'not offered on this device',
  absent: 'not offered by this browser',
};

interface Props {
  pairs: BuiltinStatus['pairs'];
  onDownloaded: () => void;
}

/** The user's common pairs and what the device can do with each, with a download where one is possible. */
export function PackList({ pairs, onDownloaded }: Props) {
  return (
    <>
      <p className="hint">Each pack downloads once from Google's servers; after that, its translations run on this device.</p>
      <ul className="pack-list" aria-label="Language packs">
        {pairs.map(({ sourceLanguage, targetLanguage, availability }) => (
          <li key={`${sourceLanguage}>${targetLanguage}`} data-pair={`${sourceLanguage}>${targetLanguage}`} data-availability={availability}>
            <strong>{pairName(sourceLanguage, targetLanguage)}</strong>: {PAIR_STATES[availability]}
            {availability === 'downloadable' && (
              <LanguagePackDownload sourceLanguage={sourceLanguage} targetLanguage={targetLanguage} onReady={onDownloaded} showSourceHint={false} />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
