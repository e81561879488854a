// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { plainTranslation, rebuildTranslation, serialiseBlock } from '../../../utils/page-translate/content/inline';

function paragraph(html: string): HTMLElement {
  document.body.innerHTML = `<p id="p">${html}</p>`;
  return document.getElementById('p') as HTMLElement;
}

describe('inline placeholders', () => {
  it('sends links and emphasis as numbered placeholders, code whole', () => {
    const { text, inlines } = serialiseBlock(paragraph('Die <a href="/a">Zeiten</a> ändern sich <strong>ab Montag</strong>, siehe <code>npm run</code>.'));
    expect(text).toBe('Die <x1>Zeiten</x1> ändern sich <x2>ab Montag</x2>, siehe <x3/>.');
    expect(inlines.map((inline) => inline.atomic)).toEqual([false, false, true]);
  });

  it('rebuilds links from the original nodes, keeping href and attributes, never the model’s markup', () => {
    const block = paragraph('Die <a id="x" href="https://example.org/a" title="A">Zeiten</a> und <b>mehr</b>.');
    const { inlines } = serialiseBlock(block);
    const fragment = rebuildTranslation('The <x1>hours</x1> and <x2>more <img src=x onerror=alert(1)></x2>.', inlines, document);
    const holder = document.createElement('div');
    holder.append(fragment as DocumentFragment);
    expect(holder.querySelector('a')?.getAttribute('href')).toBe('https://example.org/a');
    expect(holder.querySelector('a')?.getAttribute('title')).toBe('A');
    expect(holder.querySelector('a')?.hasAttribute('id')).toBe(false);
    expect(holder.querySelector('img')).toBeNull();
    expect(holder.querySelector('b')?.textContent).toBe('more <img src=x onerror=alert(1)>');
  });

  it('falls back when a placeholder is dropped, repeated, reordered or badly nested', () => {
    const { inlines } = serialiseBlock(paragraph('<a href="/a">Eins</a> und <em>zwei</em>'));
    expect(rebuildTranslation('One and <x2>two</x2>', inlines, document)).toBeUndefined();
    expect(rebuildTranslation('<x2>Two</x2> and <x1>one</x1>', inlines, document)).toBeUndefined();
    expect(rebuildTranslation('<x1>One <x2>and</x1> two</x2>', inlines, document)).toBeUndefined();
    expect(rebuildTranslation('<x1>One</x1> and <x1>two</x1>', inlines, document)).toBeUndefined();
    expect(plainTranslation('<x1>One</x1> and <x2>two</x2>')).toBe('One and two');
  });

  it('sends page text that looks like a placeholder as plain text', () => {
    const { text, inlines } = serialiseBlock(paragraph('Schreiben Sie &lt;x1&gt; und <em>fertig</em>'));
    expect(inlines).toEqual([]);
    expect(text).toBe('Schreiben Sie <x1> und fertig');
  });
});
