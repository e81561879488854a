import { describe, expect, it } from 'vitest';
import { matchPattern, registrationStep } from '../../../utils/scripting/registered-script';

describe('a page-load script’s registration', () => {
  it('is registered when pages first need it', () => {
    expect(registrationStep(undefined, ['https://zeitung.example/*'])).toBe('register');
  });

  it('is left alone when it already matches the same pages, in any order', () => {
    expect(registrationStep(['https://b.example/*', 'https://a.example/*'], ['https://a.example/*', 'https://b.example/*'])).toBe('keep');
  });

  it('is updated when a page is added or gone', () => {
    expect(registrationStep(['https://a.example/*'], ['https://a.example/*', 'https://b.example/*'])).toBe('update');
    expect(registrationStep(['https://a.example/*', 'https://b.example/*'], ['https://a.example/*'])).toBe('update');
  });

  it('is removed when no page needs it, and not touched when there is none', () => {
    expect(registrationStep(['https://a.example/*'], [])).toBe('unregister');
    expect(registrationStep(undefined, [])).toBe('keep');
  });
});

describe('match patterns for a page', () => {
  it('keep the port in Chrome, where patterns take one', () => {
    expect(matchPattern(new URL('http://127.0.0.1:8080/forum?id=3#post'), '/*', false)).toBe('http://127.0.0.1:8080/*');
  });

  it('leave the port out in Firefox, whose patterns take none', () => {
    expect(matchPattern(new URL('http://127.0.0.1:8080/forum'), '/forum*', true)).toBe('http://127.0.0.1/forum*');
  });
});
