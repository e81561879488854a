import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { fieldAt, languageHints, locatorOf, readDraft, replaceDraft, sameText, type Draft } from '../../utils/compose/field';
import type { ComposeLaunch, SavedDraft } from '../../utils/compose/launch';
import { adoptDraft, discardDraft, markDraftReplaced } from '../../utils/compose/messages';
import type { ParleyErrorData } from '../../utils/errors/parley-error';
import { t } from '../../utils/i18n/t';
import type { LanguageCode } from '../../utils/languages/languages';
import { sendRequest } from '../../utils/messaging/request-client';
import type { WebmailAdapter } from '../../utils/webmail/adapter';
import { undoInField } from '../../utils/webmail/insert';
import { useInPageTheme } from '../ui/useInPageTheme';
import { ComposePanel } from './ComposePanel';
import { useWriteIn } from './useWriteIn';

const ignore = () => undefined;

/** What the panel opens with, worked out before it renders (see `openingFor`). */
export type Opening = { kind: 'new'; draft: Draft } | { kind: 'saved'; draft: Draft; saved: SavedDraft } | { kind: 'empty' };

/**
 * A saved draft written in this same field comes back (the field gets the user's words again when
 * a reload emptied it); else the draft in the field now is translated; an empty field gets a notice.
 */
export function openingFor(launch: ComposeLaunch, field: HTMLElement, adapter: WebmailAdapter): Opening {
  const locator = locatorOf(field, launch.adapterField);
  const current = readDraft(field, adapter);
  const saved = launch.saved.find((candidate) => candidate.locator.join('\u0000') === locator.join('\u0000') && fieldAt(candidate.locator) === field);
  if (saved && saved.id !== launch.sessionId) void sendRequest(adoptDraft, { sessionId: launch.sessionId, fromSessionId: saved.id }).catch(ignore);
  if (saved && (!current.text || sameText(current.text, saved.draft.draft))) {
    if (!current.text && !saved.draft.selectionOnly) replaceDraft(field, undefined, saved.draft.draft, adapter);
    return { kind: 'saved', draft: { ...readDraft(field, adapter), text: saved.draft.draft, selectionOnly: saved.draft.selectionOnly }, saved: saved.draft };
  }
  return current.text.trim() ? { kind: 'new', draft: current } : { kind: 'empty' };
}

interface Props {
  launch: ComposeLaunch;
  opening: Opening;
  field: HTMLElement;
  adapter: WebmailAdapter;
  onClose: () => void;
}

/** The panel's behaviour: reads the draft, streams its translation, replaces and undoes in the field. */
export function ComposeApp({ launch, opening, field, adapter, onClose }: Props) {
  const { state, run, show } = useWriteIn();
  const theme = useInPageTheme();
  const dialog = useRef<HTMLElement>(null);
  const locator = useMemo(() => locatorOf(field, launch.adapterField), [field, launch.adapterField]);
  const draft = opening.kind === 'empty' ? undefined : opening.draft;
  const notice = opening.kind === 'empty' ? t('composeEmptyDraft') : undefined;
  const [restored, setRestored] = useState(opening.kind === 'saved');
  const [replaced, setReplaced] = useState(false);
  const [actionError, setActionError] = useState<ParleyErrorData>();

  const translate = useCallback(
    (current: Draft, targetLanguage: LanguageCode | undefined) => {
      run({ sessionId: launch.sessionId, draft: current.text, selectionOnly: current.selectionOnly, locator, hints: languageHints(field, adapter), targetLanguage });
    },
    [run, launch.sessionId, locator, field, adapter],
  );

  useEffect(() => {
    dialog.current?.focus({ preventScroll: true });
    if (opening.kind === 'saved') show(opening.saved);
    else if (opening.kind === 'new') translate(opening.draft, undefined);
    // Once per panel: what the panel opens with does not change while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onReplace = () => {
    if (!draft || !state.translation) return;
    setActionError(undefined);
    // The draft may have been edited since the panel opened: replace what is there now.
    const span = draft.selectionOnly ? draft.span : readDraft(field, adapter).span;
    replaceDraft(field, span, state.translation, adapter);
    setReplaced(true);
    void sendRequest(markDraftReplaced, { sessionId: launch.sessionId, replaced: true }).catch(ignore);
  };

  const onUndo = () => {
    if (!draft) return;
    undoInField(field);
    // Editors that keep their own undo stack may refuse the browser's: then the draft is written back.
    if (!draft.selectionOnly && !sameText(readDraft(field, adapter).text, draft.text)) {
      replaceDraft(field, readDraft(field, adapter).span, draft.text, adapter);
    }
    setReplaced(false);
    void sendRequest(markDraftReplaced, { sessionId: launch.sessionId, replaced: false }).catch(ignore);
  };

  const onDiscard = () => {
    sendRequest(discardDraft, { sessionId: launch.sessionId })
      .then(onClose)
      .catch(() => setActionError({ code: 'unknown', message: t('composeFailed'), action: 'none' }));
  };

  return (
    <ComposePanel
      ref={dialog}
      state={actionError ? { ...state, error: actionError } : state}
      notice={notice}
      theme={theme}
      replaced={replaced}
      restored={restored}
      onTargetChange={(code) => {
        if (!draft) return;
        setReplaced(false);
        setRestored(false);
        translate(draft, code);
      }}
      onRetry={() => {
        if (!draft) return;
        setRestored(false);
        translate(draft, state.targetLanguage);
      }}
      onReplace={onReplace}
      onUndo={onUndo}
      onDiscard={onDiscard}
      onClose={onClose}
    />
  );
}
