import type { ManagedView } from '../../utils/managed/view';
import type { FeatureSwitches, Settings } from '../../utils/settings/schema';
import { isLockedBy, OrgBadge } from './OrgBadge';
import { t, type MessageKey } from '../../utils/i18n/t';

const SWITCHES: Array<[keyof FeatureSwitches, MessageKey]> = [
  ['chat', 'optionsFeatureChat'],
  ['replies', 'optionsFeatureReplies'],
  ['pageTranslate', 'optionsFeaturePageTranslate'],
  ['onDevice', 'optionsFeatureOnDevice'],
];

const KEEP_DAYS = [null, 365, 90, 30, 7, 1, 0] as const;

function keepLabel(days: number | null): string {
  if (days === null) return t('optionsHistoryForever');
  return days === 0 ? t('optionsHistoryNever') : t('optionsHistoryDays', String(days));
}

interface Props {
  draft: Settings;
  setDraft: (settings: Settings) => void;
  managed: ManagedView;
}

/** Which flows are on and how long chat history stays (utils/chat/retention.ts); an organisation may set or lock both. */
export function FeaturesSection({ draft, setDraft, managed }: Props) {
  const keep = draft.chatHistory.keepDays;
  const choices = KEEP_DAYS.includes(keep as (typeof KEEP_DAYS)[number]) ? KEEP_DAYS : [...KEEP_DAYS, keep];
  return (
    <section aria-labelledby="features-heading">
      <h2 id="features-heading">{t('optionsFeaturesHeading')}</h2>
      <OrgBadge managed={managed} policyKey="features" />
      {SWITCHES.map(([feature, label]) => (
        <div className="field" key={feature}>
          <label>
            <input
              type="checkbox"
              name={`feature-${feature}`}
              checked={draft.features[feature]}
              disabled={isLockedBy(managed, 'features')}
              onChange={(event) => setDraft({ ...draft, features: { ...draft.features, [feature]: event.target.checked } })}
            />{' '}
            {t(label)}
          </label>
        </div>
      ))}
      <div className="field">
        <label htmlFor="chat-history-keep">{t('optionsHistoryKeep')}</label>
        <select
          id="chat-history-keep"
          value={keep === null ? 'forever' : String(keep)}
          disabled={isLockedBy(managed, 'chatHistoryDays')}
          onChange={(event) => setDraft({ ...draft, chatHistory: { keepDays: event.target.value === 'forever' ? null : Number(event.target.value) } })}
        >
          {choices.map((days) => (
            <option key={String(days)} value={days === null ? 'forever' : String(days)}>
              {keepLabel(days)}
            </option>
          ))}
        </select>
        <OrgBadge managed={managed} policyKey="chatHistoryDays" />
      </div>
    </section>
  );
}
