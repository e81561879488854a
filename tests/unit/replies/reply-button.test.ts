// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountReplyButtons, type ExtensionLink } from '../../../components/replies/reply-button';
import { OPEN_FROM_BUTTON_TYPE } from '../../../utils/replies/open-request';
import { composeBox } from '../../../utils/webmail/gmail';

const BOX = '<div contenteditable="true" role="textbox" g_editable="true"></div>';
const UNAVAILABLE = 'Parley is unavailable: it may have been updated. Reload the page.';

function fakeLink(overrides: Partial<ExtensionLink> = {}) {
  return {
    uiLanguage: vi.fn(() => 'en-US'),
    isAlive: vi.fn(() => true),
    openPanel: vi.fn(async (): Promise<unknown> => ({ ok: true, data: {} })),
    openFailedMessage: vi.fn(() => 'Parley could not open here. Reload the page and retry.'),
    switchedOff: vi.fn(() => false),
    ...overrides,
  };
}

const hosts = () => [...document.querySelectorAll('[data-parley-reply-button]')];
const buttonOf = (host: Element | undefined) => host?.shadowRoot?.querySelector('button') ?? null;
const statusOf = (host: Element | undefined) => host?.shadowRoot?.querySelector('[role="status"]')?.textContent;

/** A click as the user's own: the page's scripts can only make untrusted ones. */
function userClick(button: HTMLButtonElement | null): void {
  const click = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(click, 'isTrusted', { value: true });
  button?.dispatchEvent(click);
}

/** Lets the click's promise chain and the MutationObserver's callbacks run. */
const settle = async () => {
  for (let turn = 0; turn < 5; turn += 1) await Promise.resolve();
};

describe('the webmail reply button', () => {
  beforeEach(() => {
    document.documentElement.removeAttribute('data-parley-webmail');
    // A new <body> each time: the observers of earlier tests keep watching the old one.
    const body = document.createElement('body');
    body.innerHTML = `<div class="M9">${BOX}</div>`;
    document.documentElement.replaceChild(body, document.body);
  });
  afterEach(() => vi.useRealTimers());

  it('sits right above each reply box, in the browser’s language, and asks the extension for nothing else at page load', () => {
    const link = fakeLink({ uiLanguage: vi.fn(() => 'ja') });
    mountReplyButtons(composeBox, link);
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]?.nextElementSibling?.matches(composeBox)).toBe(true);
    expect(buttonOf(hosts()[0])?.textContent).toBe('返信を提案');
    expect(link.isAlive).not.toHaveBeenCalled();
    expect(link.openPanel).not.toHaveBeenCalled();
    expect(link.openFailedMessage).not.toHaveBeenCalled();
  });

  it('gives a reply box that appears later its button once the page settles, and never a second one', async () => {
    vi.useFakeTimers();
    mountReplyButtons(composeBox, fakeLink());
    await settle();
    // Its own buttons are no news: nothing is scheduled after the first placement.
    expect(vi.getTimerCount()).toBe(0);
    document.body.insertAdjacentHTML('beforeend', `<div class="M9">${BOX}</div>`);
    await settle();
    expect(hosts()).toHaveLength(1);
    vi.advanceTimersByTime(250);
    expect(hosts()).toHaveLength(2);
    document.body.insertAdjacentHTML('beforeend', '<p>unrelated</p>');
    await settle();
    vi.advanceTimersByTime(250);
    expect(hosts()).toHaveLength(2);
  });

  it('places no button while replies are switched off, takes them away when switched off later, and places them again when switched on', async () => {
    vi.useFakeTimers();
    let off = true;
    const buttons = mountReplyButtons(composeBox, fakeLink({ switchedOff: () => off }));
    expect(hosts()).toHaveLength(0);
    // A reply box opening while switched off gets no button either.
    document.body.insertAdjacentHTML('beforeend', `<div class="M9">${BOX}</div>`);
    await settle();
    vi.advanceTimersByTime(250);
    expect(hosts()).toHaveLength(0);
    off = false;
    buttons.refresh();
    expect(hosts()).toHaveLength(2);
    off = true;
    buttons.refresh();
    expect(hosts()).toHaveLength(0);
  });

  it('starts nothing on a click made by the page’s script', async () => {
    const link = fakeLink();
    mountReplyButtons(composeBox, link);
    buttonOf(hosts()[0])?.click();
    await settle();
    expect(link.openPanel).not.toHaveBeenCalled();
    expect(document.querySelector('[data-parley-target]')).toBeNull();
  });

  it('on the user’s click, marks its reply box and asks the background to open the panel', async () => {
    const link = fakeLink();
    mountReplyButtons(composeBox, link);
    userClick(buttonOf(hosts()[0]));
    await settle();
    expect(link.openPanel).toHaveBeenCalledWith({ parley: 1, type: OPEN_FROM_BUTTON_TYPE, payload: {} });
    expect(document.querySelector('[data-parley-target]')?.matches(composeBox)).toBe(true);
    expect(statusOf(hosts()[0])).toBe('');
    expect(buttonOf(hosts()[0])?.disabled).toBe(false);
  });

  it('shows the background’s refusal under the button, and lets the user try again', async () => {
    const link = fakeLink({ openPanel: vi.fn(async () => ({ ok: false, error: { code: 'not-allowed', message: 'Parley cannot run on this page.', action: 'none' } })) });
    mountReplyButtons(composeBox, link);
    userClick(buttonOf(hosts()[0]));
    await settle();
    expect(statusOf(hosts()[0])).toBe('Parley cannot run on this page.');
    expect(buttonOf(hosts()[0])?.disabled).toBe(false);
  });

  it('says to reload the page when the message cannot reach the background', async () => {
    const link = fakeLink({ openPanel: vi.fn(async () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))) });
    mountReplyButtons(composeBox, link);
    userClick(buttonOf(hosts()[0]));
    await settle();
    expect(statusOf(hosts()[0])).toBe('Parley could not open here. Reload the page and retry.');
  });

  it('after Parley was updated or reloaded, says so on click, starts nothing and stops watching the page', async () => {
    vi.useFakeTimers();
    const link = fakeLink({ isAlive: vi.fn(() => false) });
    mountReplyButtons(composeBox, link);
    userClick(buttonOf(hosts()[0]));
    await settle();
    expect(statusOf(hosts()[0])).toBe(UNAVAILABLE);
    expect(buttonOf(hosts()[0])?.disabled).toBe(true);
    expect(link.openPanel).not.toHaveBeenCalled();
    document.body.insertAdjacentHTML('beforeend', `<div class="M9">${BOX}</div>`);
    await settle();
    vi.advanceTimersByTime(250);
    expect(hosts()).toHaveLength(1);
  });

  it('when the extension goes away during the click, says Parley is unavailable rather than retry', async () => {
    let alive = true;
    const link = fakeLink({
      isAlive: vi.fn(() => alive),
      openPanel: vi.fn(async () => {
        alive = false;
        throw new Error('Extension context invalidated.');
      }),
    });
    mountReplyButtons(composeBox, link);
    userClick(buttonOf(hosts()[0]));
    await settle();
    expect(statusOf(hosts()[0])).toBe(UNAVAILABLE);
    expect(buttonOf(hosts()[0])?.disabled).toBe(true);
  });

  it('replaces the buttons an earlier Parley left in the page with its own', () => {
    document.documentElement.setAttribute('data-parley-webmail', '');
    document.querySelector(composeBox)?.insertAdjacentHTML('beforebegin', '<div data-parley-reply-button id="left-behind"><button>Suggest replies</button></div>');
    mountReplyButtons(composeBox, fakeLink());
    expect(document.getElementById('left-behind')).toBeNull();
    expect(hosts()).toHaveLength(1);
    expect(buttonOf(hosts()[0])?.textContent).toBe('Suggest replies');
  });

  it('hands over to a newer script (Parley updated while the tab stayed open): the older one stops placing buttons', async () => {
    vi.useFakeTimers();
    const older = fakeLink();
    const newer = fakeLink();
    mountReplyButtons(composeBox, older);
    mountReplyButtons(composeBox, newer);
    expect(hosts()).toHaveLength(1);
    document.body.insertAdjacentHTML('beforeend', `<div class="M9">${BOX}</div>`);
    await settle();
    vi.advanceTimersByTime(250);
    expect(hosts()).toHaveLength(2);
    for (const host of hosts()) userClick(buttonOf(host));
    await settle();
    expect(newer.openPanel).toHaveBeenCalledTimes(2);
    expect(older.openPanel).not.toHaveBeenCalled();
  });
});
