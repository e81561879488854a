import { beforeEach, describe, expect, it } from 'vitest';
import { clearLearned, editRatio, greetingOf, learnedFor, measureLastInsertion } from '../../../utils/replies/learning';
import { learningDb } from '../../../utils/replies/learning-store';

describe('learning from the user, locally', () => {
  beforeEach(async () => {
    await clearLearned(undefined);
  });

  it('measures how much of an inserted reply the user rewrote', () => {
    expect(editRatio('Bonjour Claire, vendredi me convient.', 'Bonjour Claire, vendredi me convient.')).toBe(0);
    expect(editRatio('Bonjour Claire, vendredi me convient.', 'Bonjour Claire, lundi me convient mieux.')).toBeCloseTo(3 / 6);
    expect(editRatio('a b c', 'x y z')).toBe(1);
  });

  it('recognises a greeting line', () => {
    expect(greetingOf('Chère Claire,\nMerci.')).toBe('Chère Claire,');
    expect(greetingOf('Vendredi me convient parfaitement pour la réunion que vous proposez.')).toBe('');
  });

  it('shapes later replies for that correspondent only, and forgets on request', async () => {
    const claire = 'claire.dubois@atelier-lumiere.fr';
    await learningDb.insertions.add({ correspondent: claire, at: 1, intent: 'accepter', tone: 'friendly', length: 'short', text: 'Chère Claire,\nVendredi me va très bien.', editRatio: null });
    await learningDb.ratings.add({ correspondent: claire, at: 2, intent: 'accepter', vote: 'up' });
    await measureLastInsertion(claire, 'Chère Claire,\nVendredi me va très bien. À vendredi !');

    const lines = await learnedFor(claire);
    expect(lines).toContain('They usually pick a friendly tone.');
    expect(lines).toContain('They greet this person as: "Chère Claire,".');
    expect(lines).toContain('Replies they liked: accepter.');
    expect((await learningDb.insertions.toArray())[0]?.editRatio).toBeCloseTo(3 / 10);
    expect(await learnedFor('someone.else@example.com')).toEqual([]);

    await clearLearned(claire);
    expect(await learnedFor(claire)).toEqual([]);
  });
});
