import { useState, type FormEvent, type ReactNode } from 'react';
import { ParleyError } from '../../utils/errors/parley-error';
import { requestHostAccess } from '../../utils/settings/host-access';
import { validateSettings } from '../../utils/settings/migrations';
import type { Settings } from '../../utils/settings/schema';
import { AdvancedSection } from './AdvancedSection';
import { LanguagesSection } from './LanguagesSection';
import { ProviderSection } from './ProviderSection';
import { useSettings } from './useSettings';

type Status = { kind: 'saved' | 'error' | 'warning'; text: string } | undefined;

interface Props {
  /** The welcome page shows only the provider; the options page shows everything. */
  compact?: boolean;
  /** More sections that edit the same draft (features add theirs). */
  extraSections?: (draft: Settings, setDraft: (settings: Settings) => void) => ReactNode;
  onSaved?: (settings: Settings) => void;
}

export function SettingsForm({ compact = false, extraSections, onSaved }: Props) {
  const { saved, hasKey, problems, loadError, save } = useSettings();
  const [edited, setDraft] = useState<Settings>();
  const [apiKey, setApiKey] = useState('');
  const [status, setStatus] = useState<Status>();
  // Until the user edits something, the form shows what is saved.
  const draft = edited ?? saved;

  if (loadError) return <div className="notice error" role="alert">{loadError.message}</div>;
  if (!draft) return <p aria-busy="true">Loading settings…</p>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const checked = validateSettings(draft);
    if (!checked.ok) {
      setStatus({ kind: 'error', text: `Not saved: ${checked.message}` });
      return;
    }
    // Asked before any await of ours: the permission prompt needs the click's user gesture.
    const access = requestHostAccess(checked.settings.provider).catch(() => false);
    try {
      await save(checked.settings, apiKey.trim() ? apiKey.trim() : undefined);
      setApiKey('');
      onSaved?.(checked.settings);
      setStatus(
        (await access)
          ? { kind: 'saved', text: 'Saved.' }
          : {
              kind: 'warning',
              text: `Saved, but Parley was not allowed to reach ${new URL(checked.settings.provider.baseUrl).origin}. Unless that server allows cross-origin requests, save again and allow access.`,
            },
      );
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof ParleyError ? error.message : 'Not saved: something went wrong.' });
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-label="Parley settings">
      {problems.map((problem) => (
        <div key={problem} className="notice error" role="alert">
          {problem}
        </div>
      ))}
      <ProviderSection provider={draft.provider} onChange={(provider) => setDraft({ ...draft, provider })} apiKey={apiKey} onApiKeyChange={setApiKey} hasSavedKey={hasKey} />
      {!compact && <LanguagesSection languages={draft.languages} onChange={(languages) => setDraft({ ...draft, languages })} />}
      {!compact && extraSections?.(draft, setDraft)}
      {!compact && <AdvancedSection settings={draft} onChange={setDraft} />}
      <div className="actions">
        <button type="submit" className="primary">
          Save
        </button>
        <span aria-live="polite">
          {status && (
            <span className={`notice ${status.kind === 'saved' ? 'ok' : 'error'}`} role={status.kind === 'saved' ? 'status' : 'alert'} data-testid="save-status">
              {status.text}
            </span>
          )}
        </span>
      </div>
    </form>
  );
}
