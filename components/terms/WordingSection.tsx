import type { ManagedView } from '../../utils/managed/view';
import type { Settings } from '../../utils/settings/schema';
import { isLockedBy, OrgBadge } from '../settings/OrgBadge';
import { t } from '../../utils/i18n/t';
import { FormalityFields } from './FormalityFields';
import { TermsSection } from './TermsSection';

interface Props {
  draft: Settings;
  setDraft: (settings: Settings) => void;
  managed?: ManagedView;
}

/** Terms, register and page context: how translations and replies word things. Saved with the other settings. */
export function WordingSection({ draft, setDraft, managed }: Props) {
  const wording = draft.wording;
  const set = (patch: Partial<Settings['wording']>) => setDraft({ ...draft, wording: { ...wording, ...patch } });
  return (
    <section aria-labelledby="wording-heading">
      <h2 id="wording-heading">{t('wordingHeading')}</h2>
      <OrgBadge managed={managed} policyKey="terms" />
      <fieldset className="plain" disabled={isLockedBy(managed, 'terms')}>
        <TermsSection terms={wording.terms} onChange={(terms) => set({ terms })} />
      </fieldset>
      <FormalityFields formality={wording.formality} onChange={(formality) => set({ formality })} />
      <div className="field">
        <label className="check">
          <input type="checkbox" checked={wording.pageContext} onChange={(event) => set({ pageContext: event.target.checked })} />
          {t('pageContextLabel')}
        </label>
        <p className="hint muted">{t('pageContextHint')}</p>
      </div>
    </section>
  );
}
