import { useId, useState } from 'react';
import { t } from '../../utils/i18n/t';

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
      <label htmlFor={id}>{required ? t('optionsApiKey') : t('optionsApiKeyOptional')}</label>
      <div className="row">
        <input
          id={id}
          name="apiKey"
          type={visible ? 'text' : 'password'}
          autoComplete="off"
          spellCheck={false}
          placeholder={hasSavedKey ? t('optionsApiKeySavedPlaceholder') : 'sk-…'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
        <button type="button" aria-pressed={visible} onClick={() => setVisible(!visible)}>
          {visible ? t('commonHide') : t('commonShow')}
        </button>
      </div>
      <p className="muted hint">{t('optionsApiKeyHint')}</p>
    </div>
  );
}
