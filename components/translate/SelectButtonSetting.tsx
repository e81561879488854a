import { useEffect, useState, type ChangeEvent } from 'react';
import { browser } from 'wxt/browser';
import { ParleyError } from '../../utils/errors/parley-error';
import { sendRequest } from '../../utils/messaging/request-client';
import { getSelectButtonState, setSelectButton } from '../../utils/translate/messages';
import { ALL_SITES } from '../../utils/translate/select-button-protocol';
import { t } from '../../utils/i18n/t';

type Status = { kind: 'ok' | 'error'; text: string } | undefined;

/**
 * "Show a translate button whenever I select text": the one Parley feature that needs access to
 * all sites, asked for inside the click that turns it on and given back when it is turned off.
 */
export function SelectButtonSetting() {
  const [enabled, setEnabled] = useState<boolean>();
  const [status, setStatus] = useState<Status>();

  useEffect(() => {
    sendRequest(getSelectButtonState, {})
      .then((state) => setEnabled(state.enabled))
      .catch(() => setEnabled(false));
  }, []);

  const turnOn = async (granted: Promise<boolean>) => {
    if (!(await granted)) {
      setEnabled(false);
      setStatus({ kind: 'error', text: t('translateSelectButtonDenied') });
      return;
    }
    setEnabled((await sendRequest(setSelectButton, { enabled: true })).enabled);
    setStatus({ kind: 'ok', text: t('translateSelectButtonOn') });
  };

  const turnOff = async () => {
    setEnabled((await sendRequest(setSelectButton, { enabled: false })).enabled);
    const before = (await browser.permissions.getAll()).origins ?? [];
    await browser.permissions.remove({ origins: ALL_SITES });
    setStatus({ kind: 'ok', text: t('translateSelectButtonOff') });
    // Chromium's remove also drops narrower origins inside "all sites" (a local provider's
    // http://localhost:11434/*). Those were granted before, so asking again, still inside this
    // click, restores them without a prompt.
    const after = (await browser.permissions.getAll()).origins ?? [];
    const lost = before.filter((origin) => !ALL_SITES.includes(origin) && !after.includes(origin));
    if (lost.length > 0) await browser.permissions.request({ origins: lost });
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const wanted = event.target.checked;
    setStatus(undefined);
    // Shown at once; set back below if the permission or the registration fails.
    setEnabled(wanted);
    // Asked before any await: the browser shows the permission prompt only during the click.
    const action = wanted ? turnOn(browser.permissions.request({ origins: ALL_SITES })) : turnOff();
    action.catch((error: unknown) => {
      setEnabled(!wanted);
      setStatus({ kind: 'error', text: error instanceof ParleyError ? error.message : t('translateSettingFailed') });
    });
  };

  return (
    <div className="field">
      <label>
        <input type="checkbox" checked={enabled ?? false} disabled={enabled === undefined} onChange={onChange} /> {t('translateSelectButtonLabel')}
      </label>
      <p className="muted">{t('translateSelectButtonHint')}</p>
      {status && (
        <p className={`notice ${status.kind === 'ok' ? 'ok' : 'error'}`} role={status.kind === 'ok' ? 'status' : 'alert'} data-testid="select-button-status">
          {status.text}
        </p>
      )}
    </div>
  );
}
