import { presetSupportsN } from '../../utils/settings/presets';
import type { Settings } from '../../utils/settings/schema';
import { NumberField } from '../ui/NumberField';
import { GenerationFields } from './GenerationFields';
import { t, type MessageKey } from '../../utils/i18n/t';

interface Props {
  settings: Settings;
  onChange: (settings: Settings) => void;
}

const FEATURE_LABELS = { translate: 'featureTranslation', chat: 'featureChat', replies: 'featureReplies' } as const satisfies Record<string, MessageKey>;

/** Folded away: the defaults suit most people. */
export function AdvancedSection({ settings, onChange }: Props) {
  const request = settings.request;
  const setRequest = (patch: Partial<Settings['request']>) => onChange({ ...settings, request: { ...request, ...patch } });
  return (
    <details className="advanced">
      <summary>{t('optionsAdvanced')}</summary>
      {(Object.keys(FEATURE_LABELS) as Array<keyof typeof FEATURE_LABELS>).map((feature) => (
        <fieldset key={feature}>
          <legend>{t(FEATURE_LABELS[feature])}</legend>
          <GenerationFields
            params={settings.generation[feature]}
            allowN={feature === 'chat' && presetSupportsN(settings.provider.preset)}
            onChange={(params) => onChange({ ...settings, generation: { ...settings.generation, [feature]: params } })}
          />
        </fieldset>
      ))}
      <fieldset>
        <legend>{t('optionsRequests')}</legend>
        <div className="grid">
          <NumberField label={t('optionsTimeoutSeconds')} value={request.timeoutSeconds} min={5} max={600} step={5} onChange={(value) => setRequest({ timeoutSeconds: value ?? 60 })} />
          <NumberField label={t('optionsRetries')} value={request.maxRetries} min={0} max={6} step={1} onChange={(value) => setRequest({ maxRetries: value ?? 2 })} />
          <NumberField label={t('optionsRequestsAtOnce')} value={request.maxConcurrent} min={1} max={32} step={1} onChange={(value) => setRequest({ maxConcurrent: value ?? 4 })} />
          <NumberField label={t('optionsRequestsPerSecond')} value={request.requestsPerSecond} min={0.1} max={100} step={0.5} onChange={(value) => setRequest({ requestsPerSecond: value ?? 5 })} />
        </div>
      </fieldset>
    </details>
  );
}
