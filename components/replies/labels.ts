import type { MessageKey } from '../../utils/i18n/t';
import type { Length, Tone } from '../../utils/replies/schema';

/** The reply controls' values as the UI names them (in running text, so in lower case in English). */
export const TONE_LABELS: Record<Tone, MessageKey> = { formal: 'repliesToneFormal', neutral: 'repliesToneNeutral', friendly: 'repliesToneFriendly' };
export const LENGTH_LABELS: Record<Length, MessageKey> = { short: 'repliesLengthShort', medium: 'repliesLengthMedium', detailed: 'repliesLengthDetailed' };
