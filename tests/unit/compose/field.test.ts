// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fieldAt, locatorOf, readDraft } from '../../../utils/compose/field';
import { composeBox, gmail } from '../../../utils/webmail/gmail';
import { generic } from '../../../utils/webmail/generic';
import { loadFixture } from '../webmail/load-fixture';

function useFixture(page: string): void {
  const doc = loadFixture(page);
  document.documentElement.innerHTML = doc.documentElement.innerHTML;
}

describe('the draft "Write in" translates', () => {
  it('in a Gmail reply is the user’s text above the signature and the quote', () => {
    useFixture('gmail-thread.html');
    const box = document.querySelector<HTMLElement>(composeBox);
    const first = box?.firstElementChild;
    if (!box || !first) throw new Error('fixture changed');
    first.textContent = 'Friday works for me.';
    const draft = readDraft(box, gmail);
    expect(draft.text).toBe('Friday works for me.');
    expect(draft.selectionOnly).toBe(false);
    expect(draft.span?.kind === 'editable' && draft.span.range.toString()).toBe('Friday works for me.');
  });

  it('in a textarea holding a quoted original is the text above the quote, without the blank lines around it', () => {
    useFixture('generic-textarea.html');
    const area = document.querySelector<HTMLTextAreaElement>('#composebody');
    if (!area) throw new Error('fixture changed');
    area.value = `\nDanke, wir nehmen die Wand.\n\n${area.value}`;
    area.setSelectionRange(0, 0);
    const draft = readDraft(area, generic);
    expect(draft.text).toBe('Danke, wir nehmen die Wand.');
    expect(draft.span).toEqual({ kind: 'text-field', start: 1, end: 1 + draft.text.length });
  });

  it('is only the selection when the user selected part of the field', () => {
    useFixture('generic-textarea.html');
    const area = document.querySelector<HTMLTextAreaElement>('#composebody');
    if (!area) throw new Error('fixture changed');
    area.value = 'Erster Satz. Zweiter Satz.';
    area.setSelectionRange(13, 26);
    expect(readDraft(area, generic)).toMatchObject({ text: 'Zweiter Satz.', selectionOnly: true });
  });
});

describe('finding the same field again after a reload', () => {
  it('uses the webmail adapter’s selector for a compose box (its id changes with every load)', () => {
    useFixture('gmail-thread.html');
    const box = document.querySelector<HTMLElement>(composeBox);
    if (!box) throw new Error('fixture changed');
    expect(locatorOf(box, composeBox)).toEqual([composeBox]);
  });

  it('uses an id, a name or the element’s place, and goes through shadow roots', () => {
    document.body.innerHTML = '<form><textarea name="body"></textarea></form><div><p></p><my-editor></my-editor></div>';
    const named = document.querySelector<HTMLElement>('textarea');
    const host = document.querySelector('my-editor');
    if (!named || !host) throw new Error('markup changed');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div><div></div><div contenteditable="true">x</div></div>';
    const inner = shadow.querySelectorAll<HTMLElement>('div')[2];
    if (!inner) throw new Error('markup changed');
    expect(locatorOf(named, undefined)).toEqual(['textarea[name="body"]']);
    const chain = locatorOf(inner, undefined);
    expect(chain).toEqual(['body > div:nth-of-type(1) > my-editor:nth-of-type(1)', 'div:nth-of-type(1) > div:nth-of-type(2)']);
    expect(fieldAt(chain)).toBe(inner);
  });
});
