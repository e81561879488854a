import { z } from 'zod';
import { LOCKABLE_KEYS, POLICY_KEYS } from './fields';
import { policyKeysSet, type ManagedPolicy } from './policy';

/** What pages learn of the policy: which keys it sets and locks, never a secret's value. */
export const ManagedViewSchema = z.object({
  set: z.array(z.enum(POLICY_KEYS)),
  locked: z.array(z.enum(LOCKABLE_KEYS)),
  /** "Your organisation's setting X is invalid: …", one line per ignored value. */
  problems: z.array(z.string()),
  /** The models users may pick; empty: any. */
  models: z.array(z.string()),
  /** Names only: the values stay in the background with the key. */
  headerNames: z.array(z.string()),
});
export type ManagedView = z.infer<typeof ManagedViewSchema>;

export const NO_POLICY_VIEW: ManagedView = { set: [], locked: [], problems: [], models: [], headerNames: [] };

export function managedView(policy: ManagedPolicy, problems: string[]): ManagedView {
  return { set: policyKeysSet(policy), locked: policy.locked, problems, models: policy.models, headerNames: Object.keys(policy.headers) };
}
