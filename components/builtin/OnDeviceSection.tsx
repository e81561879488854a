import { useMemo } from 'react';
import type { BuiltinAvailability } from '../../utils/builtin/browser-ai';
import { commonPairs } from '../../utils/builtin/common-pairs';
import type { Settings } from '../../utils/settings/schema';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PackList } from './PackList';
import { RoutingFields } from './RoutingFields';
import { TryTranslation } from './TryTranslation';
import { useBuiltinStatus } from './useBuiltinStatus';

const MODEL_STATES: Record<BuiltinAvailability, string> = {
  available: 'Chat and suggested replies can run on this device.',
  downloadable: "Chat and suggested replies can run on this device after Chrome downloads its on-device model (several GB). Until then they use your provider.",
  downloading: "Chrome is downloading its on-device model; until it has finished, chat and suggested replies use your provider.",
  unavailable:
    "This device cannot run Chrome's on-device model (it needs about 22 GB of free disk, 16 GB of memory and 4 CPU cores): chat and suggested replies use your provider.",
  absent: 'This browser has no on-device model: chat and suggested replies use your provider.',
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
      <h2 id="on-device-heading">On this device (no key needed)</h2>
      <p className="hint">
        Chrome 138 and later can translate on your computer with downloadable language packs: nothing leaves the device and no key is
        needed. Your provider serves what the device cannot.
      </p>
      {error && <ErrorNotice error={error} onRetry={refresh} />}
      {!status && !error && <p aria-busy="true">Checking what this device can do…</p>}
      {status && translatorAbsent && <p>This browser has no on-device translator: Parley uses your provider for every translation.</p>}
      {status && !translatorAbsent && <PackList pairs={status.pairs} onDownloaded={refresh} />}
      {status && <p data-testid="model-status">{MODEL_STATES[status.languageModel]}</p>}
      <RoutingFields routing={draft.routing} onChange={(routing) => setDraft({ ...draft, routing })} />
      <TryTranslation initialTarget={draft.languages.target} />
    </section>
  );
}
