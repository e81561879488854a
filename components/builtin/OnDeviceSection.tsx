import { useMemo } from 'react';
import type { BuiltinAvailability } from '../../utils/builtin/browser-ai';
import { commonPairs } from '../../utils/builtin/common-pairs';
import type { Settings } from '../../utils/settings/schema';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PackList } from './PackList';
import { RoutingFields } from './RoutingFields';
import { TryTranslation } from './TryTranslation';
import { useBuiltinStatus } from './useBuiltinStatus';
import { t, type MessageKey } from '../../utils/i18n/t';

const MODEL_STATES: Record<BuiltinAvailability, MessageKey> = {
  available: 'builtinModelAvailable',
  downloadable: 'builtinModelDownloadable',
  downloading: 'builtinModelDownloading',
  unavailable: 'builtinModelUnavailable',
  absent: 'builtinModelAbsent',
};

interface Props {
  draft: Settings;
  setDraft: (settings: Settings) => void;
}

/** The options page's "On this device" section: what runs without a key, the packs, and who answers what. */
export function OnDeviceSection({ draft, setDraft }: Props) {
  const pairs = useMemo(() => commonPairs(draft.languages), [draft.languages]);
  const { status, error, refresh } = useBuiltinStatus(pairs);
  const translatorAbsent = status?.pairs.every((pair) => pair.availability === 'absent') ?? false;

  return (
    <section aria-labelledby="on-device-heading">
      <h2 id="on-device-heading">{t('builtinOnDeviceHeading')}</h2>
      <p className="hint">{t('builtinOnDeviceHint')}</p>
      {error && <ErrorNotice error={error} onRetry={refresh} />}
      {!status && !error && <p aria-busy="true">{t('builtinChecking')}</p>}
      {status && translatorAbsent && <p>{t('builtinNoTranslator')}</p>}
      {status && !translatorAbsent && <PackList pairs={status.pairs} onDownloaded={refresh} />}
      {status && <p data-testid="model-status">{t(MODEL_STATES[status.languageModel])}</p>}
      <RoutingFields routing={draft.routing} onChange={(routing) => setDraft({ ...draft, routing })} />
      <TryTranslation initialTarget={draft.languages.target} />
    </section>
  );
}
