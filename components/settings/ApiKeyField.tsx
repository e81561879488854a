import { useId, useState } from 'react';

interface Props {
  value: string;
  onChange: (value: string) => void;
  hasSavedKey: boolean;
  required: boolean;
}

/** Masked by default; the saved key is never shown again, only replaced. */
export function ApiKeyField({ value, onChange, hasSavedKey, required }: Props) {
  const id = useId();
  const [visible, setVisible] = useState(false);
  return (
    <div className="field">
      <label htmlFor={id}>API key{required ? '' : ' (optional for this server)'}</label>
      <div className="row">
        <input
          id={id}
          name="apiKey"
          type={visible ? 'text' : 'password'}
          autoComplete="off"
          spellCheck={false}
          placeholder={hasSavedKey ? 'A key is saved. Type a new one to replace it.' : 'sk-…'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
        <button type="button" aria-pressed={visible} onClick={() => setVisible(!visible)}>
          {visible ? 'Hide' : 'Show'}
        </button>
      </div>
      <p className="muted hint">Stored on this device only, never synced, and readable only by Parley's background.</p>
    </div>
  );
}
