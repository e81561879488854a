import type { Settings } from '../../utils/settings/schema';
import { t } from '../../utils/i18n/t';

interface Props {
  draft: Settings;
  setDraft: (settings: Settings) => void;
}

/** "Translate on this device when my provider cannot": saved with the rest of the form. */
export function DeviceFallbackSetting({ draft, setDraft }: Props) {
  return (
    <div className="field">
      <label>
        <input
          type="checkbox"
          checked={draft.translate.deviceFallback}
          onChange={(event) => setDraft({ ...draft, translate: { ...draft.translate, deviceFallback: event.target.checked } })}
          aria-describedby="device-fallback-hint"
        />{' '}
        {t('translateDeviceFallbackLabel')}
      </label>
      <p id="device-fallback-hint" className="muted">
        {t('translateDeviceFallbackHint')}
      </p>
    </div>
  );
}
