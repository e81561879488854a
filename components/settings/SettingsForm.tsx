import type { ManagedView } from '../../utils/managed/view';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ParleyError } from '../../utils/errors/parley-error';
import { requestHostAccess } from '../../utils/settings/host-access';
import { HeaderEditsSchema } from '../../utils/settings/headers';
import { describeIssues, validateSettings } from '../../utils/settings/migrations';
import type { Settings } from '../../utils/settings/schema';
import { AdvancedSection } from './AdvancedSection';
import { FeaturesSection } from './FeaturesSection';
import { rowsFromNames, rowsToEdits, type HeaderRow } from './HeadersField';
import { ManagedNotices } from './ManagedNotices';
import { LanguagesSection } from './LanguagesSection';
import { ProviderSection } from './ProviderSection';
import { useSettings } from './useSettings';
import { t } from '../../utils/i18n/t';

type Status = { kind: 'saved' | 'error' | 'warning'; text: string } | undefined;

interface Props {
  /** The welcome page shows only the provider; the options page shows everything. */
  compact?: boolean;
  /** More sections that edit the same draft (features add theirs). */
  extraSections?: (draft: Settings, setDraft: (settings: Settings) => void, managed: ManagedView | undefined) => ReactNode;
  onSaved?: (settings: Settings) => void;
}

export function SettingsForm({ compact = false, extraSections, onSaved }: Props) {
  const { saved, hasKey, problems, loadError, headerNames, managed, save } = useSettings();
  const [editedHeaders, setHeaderRows] = useState<HeaderRow[]>();
  const headerRows = editedHeaders ?? rowsFromNames(headerNames);
  const [edited, setDraft] = useState<Settings>();
  const [apiKey, setApiKey] = useState('');
  const [status, setStatus] = useState<Status>();
  // Until the user edits something, the form shows what is saved.
  const draft = edited ?? saved;

  if (loadError) return <div className="notice error" role="alert">{loadError.message}</div>;
  if (!draft) return <p aria-busy="true">{t('optionsLoading')}</p>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const checked = validateSettings(draft);
    if (!checked.ok) {
      setStatus({ kind: 'error', text: t('optionsNotSaved', checked.message) });
      return;
    }
    const headers = HeaderEditsSchema.safeParse(rowsToEdits(headerRows));
    if (!headers.success) {
      setStatus({ kind: 'error', text: t('optionsNotSaved', describeIssues(headers.error)) });
      return;
    }
    // Asked before any await of ours: the permission prompt needs the click's user gesture.
    const access = requestHostAccess(checked.settings.provider).catch(() => false);
    try {
      await save(checked.settings, apiKey.trim() ? apiKey.trim() : undefined, headers.data);
      setApiKey('');
      setHeaderRows(undefined);
      onSaved?.(checked.settings);
      setStatus(
        (await access)
          ? { kind: 'saved', text: t('optionsSaved') }
          : {
              kind: 'warning',
              text: t('optionsSavedNoAccess', new URL(checked.settings.provider.baseUrl).origin),
            },
      );
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof ParleyError ? error.message : t('optionsNotSavedUnknown') });
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-label={t('optionsTitle')}>
      {problems.map((problem) => (
        <div key={problem} className="notice error" role="alert">
          {problem}
        </div>
      ))}
      <ManagedNotices managed={managed} />
      <ProviderSection
        provider={draft.provider}
        onChange={(provider) => setDraft({ ...draft, provider })}
        apiKey={apiKey}
        onApiKeyChange={setApiKey}
        hasSavedKey={hasKey}
        headerRows={headerRows}
        onHeaderRowsChange={setHeaderRows}
        managed={managed}
      />
      {!compact && <LanguagesSection languages={draft.languages} onChange={(languages) => setDraft({ ...draft, languages })} managed={managed} />}
      {!compact && <FeaturesSection draft={draft} setDraft={setDraft} managed={managed} />}
      {!compact && extraSections?.(draft, setDraft, managed)}
      {!compact && <AdvancedSection settings={draft} onChange={setDraft} />}
      <div className="actions">
        <button type="submit" className="primary">
          {t('commonSave')}
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
