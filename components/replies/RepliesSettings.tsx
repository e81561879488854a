import type { Settings } from '../../utils/settings/schema';
import { LearnedList } from './LearnedList';
import { t } from '../../utils/i18n/t';

interface Props {
  draft: Settings;
  setDraft: (settings: Settings) => void;
}

/** The profile that shapes suggested replies, and what Parley learned from the user's choices. */
export function RepliesSettings({ draft, setDraft }: Props) {
  const profile = draft.replies;
  const change = (patch: Partial<Settings['replies']>) => setDraft({ ...draft, replies: { ...profile, ...patch } });
  return (
    <section aria-labelledby="replies-heading">
      <h2 id="replies-heading">{t('featureReplies')}</h2>
      <div className="field">
        <label htmlFor="replies-name">{t('repliesName')}</label>
        <input id="replies-name" type="text" maxLength={200} value={profile.name} onChange={(event) => change({ name: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="replies-role">{t('repliesRole')}</label>
        <input id="replies-role" type="text" maxLength={300} placeholder={t('repliesRolePlaceholder')} value={profile.role} onChange={(event) => change({ role: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="replies-style">{t('repliesStyle')}</label>
        <textarea id="replies-style" maxLength={1000} rows={3} placeholder={t('repliesStylePlaceholder')} value={profile.writingStyle} onChange={(event) => change({ writingStyle: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="replies-signature">{t('repliesSignature')}</label>
        <textarea id="replies-signature" maxLength={1000} rows={3} value={profile.signature} onChange={(event) => change({ signature: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="replies-tone">{t('repliesDefaultTone')}</label>
        <select id="replies-tone" value={profile.tone} onChange={(event) => change({ tone: event.target.value as Settings['replies']['tone'] })}>
          <option value="formal">{t('repliesToneFormalOption')}</option>
          <option value="neutral">{t('repliesToneNeutralOption')}</option>
          <option value="friendly">{t('repliesToneFriendlyOption')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="replies-length">{t('repliesDefaultLength')}</label>
        <select id="replies-length" value={profile.length} onChange={(event) => change({ length: event.target.value as Settings['replies']['length'] })}>
          <option value="short">{t('repliesLengthShortOption')}</option>
          <option value="medium">{t('repliesLengthMediumOption')}</option>
          <option value="detailed">{t('repliesLengthDetailedOption')}</option>
        </select>
      </div>
      <LearnedList />
    </section>
  );
}
