// @vitest-environment jsdom
// jsdom, not happy-dom: DOMPurify relies on DOM details happy-dom gets wrong (it let handlers through).
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../utils/chat/markdown';

function render(markdown: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = renderMarkdown(markdown);
  return root;
}

describe('renderMarkdown', () => {
  it('renders ordinary markdown: emphasis, lists, code', () => {
    const root = render('**Bold** and _italic_\n\n- one\n- two\n\n```ts\nconst a = 1;\n```');
    expect(root.querySelector('strong')?.textContent).toBe('Bold');
    expect(root.querySelectorAll('li')).toHaveLength(2);
    expect(root.querySelector('pre code')?.textContent).toBe('const a = 1;\n');
  });

  it('shows raw HTML as text: no img, no script, no handler attribute', () => {
    const root = render('<img src=x onerror="alert(1)">\n\n<script>alert(2)</script>\n\nInline <b onmouseover="alert(3)">bold</b>');
    expect(root.querySelectorAll('img, script, b')).toHaveLength(0);
    const handlers = Array.from(root.querySelectorAll('*')).flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on')));
    expect(handlers).toEqual([]);
    expect(root.textContent).toContain('<script>alert(2)</script>');
  });

  it('removes javascript: and data: links but keeps their text', () => {
    const root = render('[click](javascript:alert(1)) and [data](data:text/html,<script>alert(1)</script>)');
    for (const link of root.querySelectorAll('a')) expect(link.getAttribute('href')).toBeNull();
    expect(root.textContent).toContain('click');
  });

  it('opens web links in a new tab without a handle on Parley', () => {
    const link = render('[Docs](https://example.org/docs)').querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.org/docs');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('turns a markdown image into a link, so nothing is fetched by showing it', () => {
    const root = render('![pixel](https://tracker.example/p.png?user=42)');
    expect(root.querySelector('img')).toBeNull();
    const link = root.querySelector('a');
    expect(link?.textContent).toBe('[Image: pixel]');
    expect(link?.getAttribute('href')).toBe('https://tracker.example/p.png?user=42');
  });

  it('drops a markdown image with a javascript: target to plain text', () => {
    const root = render('![x](javascript:alert(1))');
    expect(root.querySelector('a')?.getAttribute('href') ?? null).toBeNull();
    expect(root.querySelector('img')).toBeNull();
  });
});
