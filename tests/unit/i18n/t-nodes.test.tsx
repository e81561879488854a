// @vitest-environment happy-dom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { tNodes } from '../../../components/ui/t-nodes';

describe('tNodes', () => {
  it('puts elements into the sentence at their $n slots, in the order the message gives', () => {
    const { container } = render(<p>{tNodes('welcomeStepTest', [<strong key="a">Test connection</strong>, <strong key="b">Save</strong>])}</p>);
    expect(container.textContent).toBe('Press Test connection, then Save.');
    expect([...container.querySelectorAll('strong')].map((element) => element.textContent)).toEqual(['Test connection', 'Save']);
  });
});
