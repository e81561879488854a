import type { LockableKey } from '../../utils/managed/fields';
import type { ManagedView } from '../../utils/managed/view';
import { t } from '../../utils/i18n/t';

/** Whether a page must show a value read-only: the organisation locked it. */
export function isLockedBy(managed: ManagedView | undefined, key: LockableKey): boolean {
  return managed?.locked.includes(key) ?? false;
}

/** "Set by your organisation" under a locked value; a quieter line under an unlocked default. */
export function OrgBadge({ managed, policyKey }: { managed: ManagedView | undefined; policyKey: LockableKey }) {
  if (!managed) return null;
  const locked = managed.locked.includes(policyKey);
  if (!locked && !managed.set.includes(policyKey)) return null;
  return (
    <p className={`hint org-badge${locked ? ' locked' : ''}`} data-testid={`org-${policyKey}`}>
      {locked ? t('managedSetByOrg') : t('managedDefaultByOrg')}
    </p>
  );
}
