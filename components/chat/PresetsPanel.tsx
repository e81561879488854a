import { useState } from 'react';
import { chatDeletePreset, chatSavePreset } from '../../utils/chat/messages';
import { listUserPresets } from '../../utils/chat/queries';
import { ParleyError } from '../../utils/errors/parley-error';
import { sendRequest } from '../../utils/messaging/request-client';
import { BUILT_IN_PRESETS } from '../../utils/prompts/chat-presets';
import { useLiveQuery } from './useLiveQuery';

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
      setProblem(error instanceof ParleyError ? error.message : 'Parley could not save the preset. Retry.');
    }
  };

  return (
    <section className="presets" aria-label="System prompt presets">
      <h2>Your presets</h2>
      {userPresets?.length === 0 && <p className="muted">None yet: add one below.</p>}
      <ul>
        {userPresets?.map((preset) => (
          <li key={preset.id}>
            <details>
              <summary>{preset.name}</summary>
              <p className="plain-text">{preset.systemPrompt}</p>
            </details>
            <button type="button" className="small" onClick={() => void sendRequest(chatDeletePreset, { id: preset.id })}>
              Delete
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
          Name
          <input value={name} onChange={(event) => setName(event.target.value)} maxLength={80} />
        </label>
        <label>
          Instructions (system prompt)
          <textarea value={systemPrompt} onChange={(event) => setSystemPrompt(event.target.value)} rows={4} />
        </label>
        {problem && <p className="notice error" role="alert">{problem}</p>}
        <button type="submit" className="primary small" disabled={!name.trim() || !systemPrompt.trim()}>
          Add preset
        </button>
      </form>
      <h2>Built in</h2>
      <ul>
        {BUILT_IN_PRESETS.map((preset) => (
          <li key={preset.id}>
            <details>
              <summary>{preset.name}</summary>
              <p className="plain-text">{preset.systemPrompt}</p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
