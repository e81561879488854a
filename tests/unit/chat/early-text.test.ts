import { describe, expect, it } from 'vitest';
import { joinEarlyText } from '../../../components/chat/early-text';

describe('text typed before the saved draft was read', () => {
  it('goes after the saved draft on a line of its own', () => {
    expect(joinEarlyText('Liebe Frau Keller,', 'bitte bestätigen Sie den Termin.')).toBe('Liebe Frau Keller,\nbitte bestätigen Sie den Termin.');
  });

  it('is the whole text when nothing was saved, and the saved draft stays as it was when nothing was typed', () => {
    expect(joinEarlyText('', 'Quelle heure est-il à Tokyo ?')).toBe('Quelle heure est-il à Tokyo ?');
    expect(joinEarlyText('Draft from yesterday', '')).toBe('Draft from yesterday');
  });
});
