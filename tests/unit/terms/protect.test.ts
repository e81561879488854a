import { describe, expect, it } from 'vitest';
import { protectTerms } from '../../../utils/terms/protect';

describe('protecting "keep as is" terms around a translator that takes no instructions', () => {
  it('replaces each kept term with a placeholder and restores the text’s own spelling after', () => {
    const guarded = protectTerms('Ouvrez Figma puis exportez depuis figma vers Parley.', ['Figma', 'Parley']);
    expect(guarded.text).toBe('Ouvrez ⟦0⟧ puis exportez depuis ⟦1⟧ vers ⟦2⟧.');
    expect(guarded.restore('Open ⟦0⟧, then export from ⟦ 1 ⟧ to ⟦2⟧.')).toBe('Open Figma, then export from figma to Parley.');
  });

  it('leaves a text without kept terms untouched', () => {
    const guarded = protectTerms('Bonjour à tous.', ['Figma']);
    expect(guarded.text).toBe('Bonjour à tous.');
    expect(guarded.restore('Hello everyone.')).toBe('Hello everyone.');
  });

  it('protects the longest of overlapping kept terms as one', () => {
    const guarded = protectTerms('Lisez le New York Times.', ['New York', 'New York Times']);
    expect(guarded.text).toBe('Lisez le ⟦0⟧.');
    expect(guarded.restore('Read the ⟦0⟧.')).toBe('Read the New York Times.');
  });
});
