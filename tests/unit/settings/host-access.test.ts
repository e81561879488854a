import { describe, expect, it } from 'vitest';
import { originPattern } from '../../../utils/settings/host-access';

describe('originPattern', () => {
  it('asks Chrome for the server\'s one origin, port included', () => {
    expect(originPattern('http://localhost:11434/v1', false)).toBe('http://localhost:11434/*');
    expect(originPattern('https://gateway.example.com/openai/v1', false)).toBe('https://gateway.example.com/*');
  });

  it('asks Firefox for the host without the port, which Firefox\'s match patterns refuse', () => {
    expect(originPattern('http://localhost:11434/v1', true)).toBe('http://localhost/*');
    expect(originPattern('https://gateway.example.com:8443/v1', true)).toBe('https://gateway.example.com/*');
  });
});
