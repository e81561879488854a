import type { ManagedView } from '../../utils/managed/view';
import { t } from '../../utils/i18n/t';

/** The policy's ignored values, and where a key from policy lives; nothing when no policy applies. */
export function ManagedNotices({ managed }: { managed: ManagedView }) {
  return (
    <>
      {managed.problems.map((problem) => (
        <div key={problem} className="notice error" role="alert">
          {problem}
        </div>
      ))}
      {managed.set.includes('apiKey') && (
        <p className="notice" data-testid="managed-key-location">
          {t('managedKeyInPolicy')}
        </p>
      )}
    </>
  );
}
