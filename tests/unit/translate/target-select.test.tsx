// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TargetSelect } from '../../../components/translate/TargetSelect';
import { LANGUAGES } from '../../../utils/languages/languages';

// The bubble's target picker opens with the chosen language alone (components/translate/TargetSelect.tsx):
// the full list costs most of the bubble's first style and layout.

afterEach(cleanup);

const options = () => screen.getAllByRole<HTMLOptionElement>('option').map((option) => option.value);
const noChange = () => undefined;

describe('the in-page target picker', () => {
  it('first holds the chosen language alone, then every language once painted', async () => {
    render(<TargetSelect value="de" onChange={noChange} />);
    expect(options()).toEqual(['de']);
    expect(screen.getByRole<HTMLSelectElement>('combobox').value).toBe('de');
    await waitFor(() => expect(options()).toHaveLength(LANGUAGES.length));
    expect(screen.getByRole<HTMLSelectElement>('combobox').value).toBe('de');
  });

  it('gets every language at once when the user reaches for it first', () => {
    render(<TargetSelect value="fr" onChange={noChange} />);
    fireEvent.focus(screen.getByRole('combobox'));
    expect(options()).toHaveLength(LANGUAGES.length);
  });
});
