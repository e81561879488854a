import { formalityFor, type FormalitySettings } from '../wording/formality';

/**
 * One line naming the register the user chose for a language, with its forms ("Sie", "vous"):
 * "formal" alone leaves models guessing between polite wording and the grammatical form.
 * Nothing for "automatic": the model then follows the source (or the thread) as it would anyway,
 * and the request pays nothing.
 */
export function formalityLine(settings: FormalitySettings, language: string, who: 'reader' | 'correspondent'): string {
  const chosen = formalityFor(settings, language);
  if (!chosen) return '';
  return `Address the ${who} ${chosen.register === 'formal' ? 'formally' : 'informally'} (${chosen.forms}).`;
}
