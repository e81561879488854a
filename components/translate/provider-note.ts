import type { FallbackReason } from '../../utils/translate/device-fallback';
import { t, type MessageKey } from '../../utils/i18n/t';
import type { TranslationState } from './useTranslationStream';

const FALLBACK_NOTES: Record<FallbackReason, MessageKey> = {
  'rate-limited': 'translateFallbackRateLimited',
  quota: 'translateFallbackQuota',
  network: 'translateFallbackNetwork',
  server: 'translateFallbackServer',
};

/** Who translated, as shown beside the result: "OpenAI · gpt-4o-mini", or "On-device (Chrome): your provider is rate limited". */
export function providerNote(state: Pick<TranslationState, 'providerLabel' | 'fallbackReason'>): string {
  const label = state.providerLabel ?? '';
  return state.fallbackReason ? t(FALLBACK_NOTES[state.fallbackReason], label) : label;
}
