import type { BuiltinAvailability } from '../../utils/builtin/browser-ai';
import type { BuiltinStatus } from '../../utils/builtin/messages';
import { pairName } from '../../utils/builtin/pair';
import { LanguagePackDownload } from './LanguagePackDownload';
import { t, type MessageKey } from '../../utils/i18n/t';

const PAIR_STATES: Record<BuiltinAvailability, MessageKey> = {
  available: 'builtinPairStateAvailable',
  downloadable: 'builtinPairStateDownloadable',
  downloading: 'builtinPairStateDownloading',
  unavailable: 'builtinPairStateUnavailable',
  absent: 'builtinPairStateAbsent',
};

interface Props {
  pairs: BuiltinStatus['pairs'];
  onDownloaded: () => void;
}

/** The user's common pairs and what the device can do with each, with a download where one is possible. */
export function PackList({ pairs, onDownloaded }: Props) {
  return (
    <>
      <p className="hint">{t('builtinPacksHint')}</p>
      <ul className="pack-list" aria-label={t('builtinPacksLabel')}>
        {pairs.map(({ sourceLanguage, targetLanguage, availability }) => (
          <li key={`${sourceLanguage}>${targetLanguage}`} data-pair={`${sourceLanguage}>${targetLanguage}`} data-availability={availability}>
            <strong>{pairName(sourceLanguage, targetLanguage)}</strong>: {t(PAIR_STATES[availability])}
            {availability === 'downloadable' && (
              <LanguagePackDownload sourceLanguage={sourceLanguage} targetLanguage={targetLanguage} onReady={onDownloaded} showSourceHint={false} />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
