import type { Settings } from '../../utils/settings/schema';
import { LearnedList } from './LearnedList';

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
      <h2 id="replies-heading">Suggested replies</h2>
      <div className="field">
        <label htmlFor="replies-name">Your name (replies are signed with it)</label>
        <input id="replies-name" type="text" maxLength={200} value={profile.name} onChange={(event) => change({ name: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="replies-role">Your role</label>
        <input id="replies-role" type="text" maxLength={300} placeholder="e.g. Head of partnerships at a design studio" value={profile.role} onChange={(event) => change({ role: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="replies-style">How you like to write</label>
        <textarea id="replies-style" maxLength={1000} rows={3} placeholder="e.g. warm but brief, no exclamation marks" value={profile.writingStyle} onChange={(event) => change({ writingStyle: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="replies-signature">Signature (added when the reply box has none)</label>
        <textarea id="replies-signature" maxLength={1000} rows={3} value={profile.signature} onChange={(event) => change({ signature: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="replies-tone">Default tone</label>
        <select id="replies-tone" value={profile.tone} onChange={(event) => change({ tone: event.target.value as Settings['replies']['tone'] })}>
          <option value="formal">Formal</option>
          <option value="neutral">Neutral</option>
          <option value="friendly">Friendly</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="replies-length">Default length</label>
        <select id="replies-length" value={profile.length} onChange={(event) => change({ length: event.target.value as Settings['replies']['length'] })}>
          <option value="short">Short</option>
          <option value="medium">Medium</option>
          <option value="detailed">Detailed</option>
        </select>
      </div>
      <LearnedList />
    </section>
  );
}
