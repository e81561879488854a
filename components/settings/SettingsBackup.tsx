import { useRef, useState, type ChangeEvent } from 'react';
import { browser } from 'wxt/browser';
import { ParleyError } from '../../utils/errors/parley-error';
import { t } from '../../utils/i18n/t';
import { sendRequest } from '../../utils/messaging/request-client';
import { backupFileName, parseBackup, serializeBackup } from '../../utils/settings/backup';
import { exportApiKeyRequest } from '../../utils/settings/backup-messages';
import { getSettings, saveSettingsRequest } from '../../utils/settings/messages';
import type { Settings } from '../../utils/settings/schema';

type Status = { kind: 'ok'; text: string } | { kind: 'error'; text: string; problems: string[] } | undefined;

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its own copy once started; the URL only needs to outlive this task.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function messageOf(error: unknown): string {
  return error instanceof ParleyError ? error.message : t('backupSomethingWentWrong');
}

interface Props {
  /** Shows the imported settings in the form above, which would otherwise keep showing the old ones. */
  setDraft: (settings: Settings) => void;
}

/** Export the saved settings to a JSON file (the key only if asked) and import such a file back. */
export function SettingsBackup({ setDraft }: Props) {
  const [includeKey, setIncludeKey] = useState(false);
  const [status, setStatus] = useState<Status>();
  const fileInput = useRef<HTMLInputElement>(null);

  async function exportSettings() {
    setStatus(undefined);
    try {
      const { settings } = await sendRequest(getSettings, {});
      const apiKey = includeKey ? (await sendRequest(exportApiKeyRequest, { confirm: 'include-key-in-backup' })).apiKey : undefined;
      const now = new Date();
      download(serializeBackup(settings, apiKey, now), backupFileName(now));
      setStatus({ kind: 'ok', text: apiKey ? t('backupExportedWithKey') : t('backupExported') });
    } catch (error) {
      setStatus({ kind: 'error', text: t('backupExportFailed'), problems: [messageOf(error)] });
    }
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // The same file chosen again must fire change again.
    event.target.value = '';
    if (!file) return;
    setStatus(undefined);
    const parsed = parseBackup(await file.text(), browser.i18n.getUILanguage());
    if (!parsed.ok) {
      setStatus({ kind: 'error', text: t('backupImportRefused', file.name), problems: parsed.problems });
      return;
    }
    try {
      const result = await sendRequest(saveSettingsRequest, { settings: parsed.settings, apiKey: parsed.apiKey });
      setDraft(result.settings);
      setStatus({ kind: 'ok', text: parsed.apiKey ? t('backupImportedWithKey', file.name) : t('backupImported', file.name) });
    } catch (error) {
      setStatus({ kind: 'error', text: t('backupImportRefused', file.name), problems: [messageOf(error)] });
    }
  }

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <p className="muted">{t('backupIntro')}</p>
      <div className="field">
        <label>
          <input type="checkbox" checked={includeKey} onChange={(event) => setIncludeKey(event.target.checked)} aria-describedby="backup-key-warning" />{' '}
          {t('backupIncludeKey')}
        </label>
        <p id="backup-key-warning" className={includeKey ? 'notice error' : 'hint muted'}>
          {includeKey ? t('backupKeyWarning') : t('backupNoKeyHint')}
        </p>
      </div>
      <div className="row">
        <button type="button" onClick={() => void exportSettings()}>
          {t('backupExportButton')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('backupImportButton')}
        </button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden aria-hidden="true" tabIndex={-1} onChange={(event) => void importFile(event)} />
      </div>
      <div aria-live="polite">
        {status?.kind === 'ok' && (
          <p className="notice ok" role="status" data-testid="backup-status">
            {status.text}
          </p>
        )}
        {status?.kind === 'error' && (
          <div className="notice error" role="alert" data-testid="backup-status">
            <p>{status.text}</p>
            <ul>
              {status.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
