import { useEffect, useState, type ChangeEvent } from 'react';
import { browser } from 'wxt/browser';
import { ParleyError } from '../../utils/errors/parley-error';
import { sendRequest } from '../../utils/messaging/request-client';
import { getSelectButtonState, setSelectButton } from '../../utils/translate/messages';
import { ALL_SITES } from '../../utils/translate/select-button-protocol';

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
      setStatus({ kind: 'error', text: 'Parley was not allowed to read pages on all sites, so the button stays off. Turn it on again and choose "Allow" to use it.' });
      return;
    }
    setEnabled((await sendRequest(setSelectButton, { enabled: true })).enabled);
    setStatus({ kind: 'ok', text: 'On: select text on any page (reload pages that were already open) and click "Translate".' });
  };

  const turnOff = async () => {
    setEnabled((await sendRequest(setSelectButton, { enabled: false })).enabled);
    const before = (await browser.permissions.getAll()).origins ?? [];
    await browser.permissions.remove({ origins: ALL_SITES });
    setStatus({ kind: 'ok', text: 'Off: Parley no longer has access to all sites.' });
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
      setStatus({ kind: 'error', text: error instanceof ParleyError ? error.message : 'The setting could not be changed. Reload this page and try again.' });
    });
  };

  return (
    <div className="field">
      <label>
        <input type="checkbox" checked={enabled ?? false} disabled={enabled === undefined} onChange={onChange} /> Show a translate button whenever I select text
      </label>
      <p className="muted">Needs access to all sites, asked for when you turn it on and given back when you turn it off. Without it, use the right-click menu or Alt+T.</p>
      {status && (
        <p className={`notice ${status.kind === 'ok' ? 'ok' : 'error'}`} role={status.kind === 'ok' ? 'status' : 'alert'} data-testid="select-button-status">
          {status.text}
        </p>
      )}
    </div>
  );
}
