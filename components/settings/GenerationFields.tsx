import type { GenerationParams } from '../../utils/settings/schema';
import { NumberField } from '../ui/NumberField';
import { t } from '../../utils/i18n/t';

interface Props {
  params: GenerationParams;
  onChange: (params: GenerationParams) => void;
  allowN: boolean;
}

/** The parameters the completions API documents, each left unsent unless the user sets it. */
export function GenerationFields({ params, onChange, allowN }: Props) {
  const set = <K extends keyof GenerationParams>(key: K, value: GenerationParams[K]) => onChange({ ...params, [key]: value });
  return (
    <div className="grid">
      <NumberField label={t('optionsTemperature')} value={params.temperature} min={0} max={2} step={0.1} onChange={(value) => set('temperature', value ?? 0)} />
      <NumberField label={t('optionsMaxTokens')} value={params.maxTokens} min={1} max={1_000_000} step={1} optional onChange={(value) => set('maxTokens', value)} />
      <NumberField label={t('optionsTopP')} value={params.topP} min={0} max={1} step={0.05} optional onChange={(value) => set('topP', value)} />
      <NumberField label={t('optionsFrequencyPenalty')} value={params.frequencyPenalty} min={-2} max={2} step={0.1} optional onChange={(value) => set('frequencyPenalty', value)} />
      <NumberField label={t('optionsPresencePenalty')} value={params.presencePenalty} min={-2} max={2} step={0.1} optional onChange={(value) => set('presencePenalty', value)} />
      {allowN && <NumberField label={t('optionsAnswersPerRequest')} value={params.n} min={1} max={8} step={1} onChange={(value) => set('n', value ?? 1)} />}
      <div className="field">
        <label>
          {t('optionsStopSequences')}
          <textarea
            rows={2}
            value={params.stop.join('\n')}
            onChange={(event) => set('stop', event.target.value.split('\n').filter((line) => line.length > 0))}
          />
        </label>
      </div>
    </div>
  );
}
