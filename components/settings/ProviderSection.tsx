import { useId, useState } from 'react';
import { PROVIDER_PRESETS, presetById, type ProviderPresetId } from '../../utils/settings/presets';
import type { ProviderSettings } from '../../utils/settings/schema';
import { ApiKeyField } from './ApiKeyField';
import { ConnectionTest } from './ConnectionTest';
import { HeadersField, rowsToEdits, type HeaderRow } from './HeadersField';
import { isLockedBy, OrgBadge } from './OrgBadge';
import type { ManagedView } from '../../utils/managed/view';
import { t, type MessageKey } from '../../utils/i18n/t';

// Product names stay as they are; only the presets whose label has words are translated.
const PRESET_LABELS: Partial<Record<ProviderPresetId, MessageKey>> = {
  ollama: 'optionsPresetOllama',
  lmstudio: 'optionsPresetLmStudio',
  custom: 'optionsPresetCustom',
};

function presetLabel(preset: { id: ProviderPresetId; label: string }): string {
  const key = PRESET_LABELS[preset.id];
  return key ? t(key) : preset.label;
}

interface Props {
  provider: ProviderSettings;
  onChange: (provider: ProviderSettings) => void;
  apiKey: string;
  onApiKeyChange: (value: string) => void;
  hasSavedKey: boolean;
  headerRows: HeaderRow[];
  onHeaderRowsChange: (rows: HeaderRow[]) => void;
  managed: ManagedView;
}

export function ProviderSection({ provider, onChange, apiKey, onApiKeyChange, hasSavedKey, headerRows, onHeaderRowsChange, managed }: Props) {
  const locked = (key: Parameters<typeof isLockedBy>[1]) => isLockedBy(managed, key);
  const ids = { preset: useId(), baseUrl: useId(), model: useId(), models: useId(), style: useId() };
  const [listedModels, setListedModels] = useState<string[]>([]);
  const preset = presetById(provider.preset);
  const suggestions = [...new Set([...listedModels, ...preset.models])];

  function choosePreset(id: ProviderPresetId) {
    const next = presetById(id);
    setListedModels([]);
    onChange({ ...provider, preset: id, baseUrl: next.baseUrl, model: next.models[0] ?? '' });
  }

  return (
    <section aria-labelledby={`${ids.preset}-heading`}>
      <h2 id={`${ids.preset}-heading`}>{t('optionsProviderHeading')}</h2>
      <div className="field">
        <label htmlFor={ids.preset}>{t('optionsProvider')}</label>
        <select id={ids.preset} name="preset" value={provider.preset} disabled={locked('preset')} onChange={(event) => choosePreset(event.target.value as ProviderPresetId)}>
          {PROVIDER_PRESETS.map((option) => (
            <option key={option.id} value={option.id}>
              {presetLabel(option)}
            </option>
          ))}
        </select>
        <OrgBadge managed={managed} policyKey="preset" />
      </div>
      <div className="field">
        <label htmlFor={ids.baseUrl}>{provider.preset === 'azure' ? t('optionsEndpoint') : t('optionsBaseUrl')}</label>
        <input
          id={ids.baseUrl}
          name="baseUrl"
          type="url"
          spellCheck={false}
          placeholder="https://api.example.com/v1"
          value={provider.baseUrl}
          readOnly={locked('baseUrl')}
          onChange={(event) => onChange({ ...provider, baseUrl: event.target.value })}
        />
        <OrgBadge managed={managed} policyKey="baseUrl" />
      </div>
      <ApiKeyField value={apiKey} onChange={onApiKeyChange} hasSavedKey={hasSavedKey} required={preset.keyRequired} managed={managed} />
      <div className="field">
        <label htmlFor={ids.model}>{provider.preset === 'azure' ? t('optionsDeployment') : t('optionsModel')}</label>
        {managed.models.length > 0 ? (
          // The organisation names the models users may pick: a list, not free text.
          <select id={ids.model} name="model" value={provider.model} disabled={locked('model')} onChange={(event) => onChange({ ...provider, model: event.target.value })}>
            {managed.models.map((model) => (
              <option key={model} value={model}>
                {model}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={ids.model}
            name="model"
            list={ids.models}
            spellCheck={false}
            value={provider.model}
            readOnly={locked('model')}
            onChange={(event) => onChange({ ...provider, model: event.target.value })}
          />
        )}
        <OrgBadge managed={managed} policyKey="model" />
        <datalist id={ids.models}>
          {suggestions.map((model) => (
            <option key={model} value={model} />
          ))}
        </datalist>
        {listedModels.length > 0 && managed.models.length === 0 && !locked('model') && (
          <select aria-label={t('optionsModelsOffered')} value="" onChange={(event) => event.target.value && onChange({ ...provider, model: event.target.value })}>
            <option value="">{t('optionsPickModel', listedModels.length)}</option>
            {listedModels.map((model) => (
              <option key={model} value={model}>
                {model}
              </option>
            ))}
          </select>
        )}
      </div>
      <div className="field">
        <label htmlFor={ids.style}>{t('optionsApiStyle')}</label>
        <select
          id={ids.style}
          name="apiStyle"
          value={provider.apiStyle}
          disabled={locked('apiStyle')}
          onChange={(event) => onChange({ ...provider, apiStyle: event.target.value === 'completions' ? 'completions' : 'chat' })}
        >
          <option value="chat">{t('optionsApiStyleChat')}</option>
          <option value="completions">{t('optionsApiStyleCompletions')}</option>
        </select>
        <OrgBadge managed={managed} policyKey="apiStyle" />
      </div>
      <details className="advanced" open={headerRows.length > 0 || managed.headerNames.length > 0}>
        <summary>{t('optionsProviderAdvanced')}</summary>
        <HeadersField rows={headerRows} onChange={onHeaderRowsChange} locked={locked('headers')} managedNames={managed.headerNames} />
      </details>
      <ConnectionTest provider={provider} apiKey={apiKey} headers={rowsToEdits(headerRows)} onModels={setListedModels} />
    </section>
  );
}
