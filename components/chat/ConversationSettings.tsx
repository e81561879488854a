import type { PresetRecord } from '../../utils/chat/schema';
import { BUILT_IN_PRESETS } from '../../utils/prompts/chat-presets';
import { ModelPicker } from './ModelPicker';
import { presetName } from './preset-name';
import { t } from '../../utils/i18n/t';

export interface ConversationOptions {
  presetId: string;
  systemPrompt: string;
  model: string | null;
}

interface Props {
  options: ConversationOptions;
  userPresets: PresetRecord[];
  onChange: (patch: Partial<ConversationOptions>) => void;
}

/** The preset (system prompt) and model of the open conversation. */
export function ConversationSettings({ options, userPresets, onChange }: Props) {
  const presets = [...BUILT_IN_PRESETS, ...userPresets];
  const known = presets.some((preset) => preset.id === options.presetId);
  return (
    <div className="conversation-settings">
      <select
        aria-label={t('chatPreset')}
        value={known ? options.presetId : ''}
        onChange={(event) => {
          const preset = presets.find((candidate) => candidate.id === event.target.value);
          if (preset) onChange({ presetId: preset.id, systemPrompt: preset.systemPrompt });
        }}
      >
        {!known && <option value="">{t('chatCustomInstructions')}</option>}
        <optgroup label={t('chatBuiltIn')}>
          {BUILT_IN_PRESETS.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {presetName(preset)}
            </option>
          ))}
        </optgroup>
        {userPresets.length > 0 && (
          <optgroup label={t('chatYours')}>
            {userPresets.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {preset.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      <ModelPicker model={options.model} onChange={(model) => onChange({ model })} />
    </div>
  );
}
