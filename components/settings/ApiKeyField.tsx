import { useId, useState } from 'react';
import type { ManagedView } from '../../utils/managed/view';
import { isLockedBy, OrgBadge } from './OrgBadge';
import { t } from '../../utils/i18n/t';

interface Props {
  value: string;
  onChange: (value: string) => void;
  hasSavedKey: boolean;
  required: boolean;
  managed?: ManagedView;
}

/** Masked by default; the saved key is never shown again, only replaced. */
export function ApiKeyField({ value, onChange, hasSavedKey, required, managed }: Props) {
  const id = useId();
  const [visible, setVisible] = useState(false);
  // A key from the organisation is never shown, not even masked: the field only says who set it.
  const locked = isLockedBy(managed, 'apiKey');
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
          readOnly={locked}
          onChange={(event) => onChange(event.target.value)}
        />
        <button type="button" aria-pressed={visible} disabled={locked} onClick={() => setVisible(!visible)}>
          {visible ? t('commonHide') : t('commonShow')}
        </button>
      </div>
      <OrgBadge managed={managed} policyKey="apiKey" />
      <p className="muted hint">{t('optionsApiKeyHint')}</p>
    </div>
  );
}
