import { parleyError } from '../errors/parley-error';
import { handleRequest } from '../messaging/request-router';
import type { WebmailAdapter } from '../webmail/adapter';
import { ADAPTERS } from '../webmail/adapters';
import { isEditable } from '../webmail/dom-text';
import { insertAtCaret, ownText, undoInField } from '../webmail/insert';
import { frameAttach, frameInsert, frameRead, frameUndo } from './messages';
import type { Conversation } from './schema';
import { t } from '../i18n/t';

/** Where the webmail button marks the compose box it sits next to. */
export const TARGET_ATTRIBUTE = 'data-parley-target';

interface Attached {
  field: HTMLElement;
  adapter: WebmailAdapter;
  /** The caret as the user left it: clicking the panel moves focus away from the field. */
  saved: Range | undefined;
}

const attached = new Map<string, Attached>();
let lastFocusedEditable: HTMLElement | undefined;

function rangeIn(field: HTMLElement): Range | undefined {
  const selection = field.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  return field.contains(range.commonAncestorContainer) ? range.cloneRange() : undefined;
}

function focusedEditable(): HTMLElement | undefined {
  const active = document.activeElement;
  if (isEditable(active)) return active;
  if (document.body && isEditable(document.body)) return document.body;
  return lastFocusedEditable?.isConnected ? lastFocusedEditable : undefined;
}

function findField(adapter: WebmailAdapter): HTMLElement | undefined {
  if (adapter.id === 'generic') return focusedEditable();
  return document.querySelector<HTMLElement>(`[${TARGET_ATTRIBUTE}]`) ?? adapter.composeBoxes(document)[0];
}

function entryFor(jobId: string): Attached {
  const entry = attached.get(jobId);
  if (!entry) throw parleyError('page-unavailable', t('repliesErrorNoField'));
  if (!entry.field.isConnected) {
    // Webmails re-render the compose box; the same adapter finds its successor.
    const again = entry.adapter.id === 'generic' ? undefined : entry.adapter.composeBoxes(document)[0];
    if (!again) throw parleyError('page-unavailable', t('repliesErrorBoxClosed'));
    entry.field = again;
    entry.saved = undefined;
  }
  return entry;
}

const MAX_MESSAGES = 20;
const MAX_BODY = 20_000;

function read(entry: Attached): Conversation {
  const thread = entry.adapter.readThread(document, entry.field);
  if (!thread) {
    throw parleyError(
      'empty-input',
      entry.adapter.id === 'generic'
        ? t('repliesErrorNoMessageNearField')
        : t('repliesErrorNoOpenEmail'),
    );
  }
  return {
    adapter: entry.adapter.id,
    thread: {
      subject: thread.subject.slice(0, 2000),
      messages: thread.messages.slice(-MAX_MESSAGES).map((message) => ({ ...message, body: message.body.slice(0, MAX_BODY) })),
    },
    ownText: ownText(entry.field, entry.adapter.protectedParts(entry.field)).slice(0, MAX_BODY),
    hasSignature: entry.adapter.hasSignature(entry.field),
    pageLanguage: (document.documentElement.lang || '').slice(0, 35),
  };
}

/** The frame side of suggested replies: finds the field, reads the conversation, inserts on request of the background. */
export function startFrameAgent(): void {
  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.composedPath()[0];
      if (target instanceof Element && isEditable(target)) lastFocusedEditable = target as HTMLElement;
    },
    true,
  );
  document.addEventListener('selectionchange', () => {
    for (const entry of attached.values()) entry.saved = rangeIn(entry.field) ?? entry.saved;
  });

  handleRequest(frameAttach, async ({ jobId, adapter }) => {
    const field = findField(ADAPTERS[adapter]);
    if (field) attached.set(jobId, { field, adapter: ADAPTERS[adapter], saved: rangeIn(field) });
    return {};
  });
  handleRequest(frameRead, async ({ jobId }) => read(entryFor(jobId)));
  handleRequest(frameInsert, async ({ jobId, text }) => {
    const entry = entryFor(jobId);
    insertAtCaret(entry.field, text, entry.adapter.protectedParts(entry.field), entry.saved);
    entry.saved = rangeIn(entry.field);
    return {};
  });
  handleRequest(frameUndo, async ({ jobId }) => {
    undoInField(entryFor(jobId).field);
    return {};
  });
}
