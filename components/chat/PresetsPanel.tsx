import { useState } from 'react';
import { chatDeletePreset, chatSavePreset } from '../../utils/chat/messages';
import { listUserPresets } from '../../utils/chat/queries';
import { ParleyError } from '../../utils/errors/parley-error';
import { sendRequest } from '../../utils/messaging/request-client';
import { BUILT_IN_PRESETS } from '../../utils/prompts/chat-presets';
import { presetName } from './preset-name';
import { useLiveQuery } from './useLiveQuery';
import { t } from '../../utils/i18n/t';

/** The built-in system prompts, and the user's own, which they add and remove here. */
export function PresetsPanel() {
  const userPresets = useLiveQuery(listUserPresets, []);
  const [name, setName] = useState('');
  const [systemPrompt, setSystemPrompt] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const save = async () => {
    setProblem(null);
    try {
      await sendRequest(chatSavePreset, { name: name.trim(), systemPrompt: systemPrompt.trim() });
      setName('');
      setSystemPrompt('');
    } catch (error) {
      setProblem(error instanceof ParleyError ? error.message : t('chatPresetSaveFailed'));
    }
  };

  return (
    <section className="presets" aria-label={t('chatPresetsLabel')}>
      <h2>{t('chatYourPresets')}</h2>
      {userPresets?.length === 0 && <p className="muted">{t('chatNoPresets')}</p>}
      <ul>
        {userPresets?.map((preset) => (
          <li key={preset.id}>
            <details>
              <summary>{preset.name}</summary>
              <p className="plain-text">{preset.systemPrompt}</p>
            </details>
            <button type="button" className="small" onClick={() => void sendRequest(chatDeletePreset, { id: preset.id })}>
              {t('commonDelete')}
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label>
          {t('chatPresetName')}
          <input value={name} onChange={(event) => setName(event.target.value)} maxLength={80} />
        </label>
        <label>
          {t('chatPresetInstructions')}
          <textarea value={systemPrompt} onChange={(event) => setSystemPrompt(event.target.value)} rows={4} />
        </label>
        {problem && <p className="notice error" role="alert">{problem}</p>}
        <button type="submit" className="primary small" disabled={!name.trim() || !systemPrompt.trim()}>
          {t('chatAddPreset')}
        </button>
      </form>
      <h2>{t('chatBuiltIn')}</h2>
      <ul>
        {BUILT_IN_PRESETS.map((preset) => (
          <li key={preset.id}>
            <details>
              <summary>{presetName(preset)}</summary>
              <p className="plain-text">{preset.systemPrompt}</p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
