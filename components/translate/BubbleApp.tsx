import { useCallback, useEffect, useRef, useState } from 'react';
import type { LanguageCode } from '../../utils/languages/languages';
import { sendRequest } from '../../utils/messaging/request-client';
import { streamFrom } from '../../utils/messaging/stream-client';
import { getPublicSettings } from '../../utils/settings/messages';
import { checkTranslatable } from '../../utils/translate/check';
import type { BubbleLaunch } from '../../utils/translate/launch';
import { openSettingsFromPage, showTranslationInPopup, translateJobStream } from '../../utils/translate/messages';
import { canReplace, replaceSelection, type CapturedSelection } from '../../utils/translate/page-selection';
import { addTermFromBubble } from '../../utils/terms/messages';
import { AddTermForm } from '../terms/AddTermForm';
import { Bubble } from './Bubble';
import { pageContextOf } from '../../utils/translate/selection-context';
import { useSpeech } from './useSpeech';
import { useTranslationStream } from './useTranslationStream';

interface Props {
  launch: BubbleLaunch;
  captured: CapturedSelection;
  onClose: () => void;
}

/** The bubble's behaviour: starts the job's stream, re-translates, replaces, copies. */
export function BubbleApp({ launch, captured, onClose }: Props) {
  const { state, run } = useTranslationStream();
  const speech = useSpeech();
  /** The user's pick stays in the picker while its translation starts (the stream resets the state). */
  const [chosenTarget, setChosenTarget] = useState<LanguageCode>();
  const shown = { ...state, targetLanguage: chosenTarget ?? state.targetLanguage };
  const [theme, setTheme] = useState<'system' | 'light' | 'dark'>('system');
  const [replaced, setReplaced] = useState(false);
  const [copied, setCopied] = useState(false);
  const [addingTerm, setAddingTerm] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  const autoReplaced = useRef(false);
  const jobId = launch.kind === 'job' ? launch.jobId : undefined;

  const translate = useCallback(
    (options: { targetLanguage?: LanguageCode; fresh?: boolean }) => {
      if (!jobId) return;
      const start = {
        jobId,
        targetLanguage: options.targetLanguage,
        pageLanguage: document.documentElement.lang.slice(0, 35) || undefined,
        selectedText: captured.text || undefined,
        fresh: options.fresh,
        pageContext: pageContextOf(captured),
      };
      // "Translate and replace": the field gets the translation once it is complete, never a partial one.
      const replaceWhenDone = (text: string) => {
        if (launch.kind !== 'job' || launch.mode !== 'replace' || autoReplaced.current || !text) return;
        autoReplaced.current = true;
        if (replaceSelection(captured, text)) setReplaced(true);
      };
      void run((signal) => {
        // A huge selection is refused here, before anything is sent (the message could not carry it anyway).
        if (captured.text) checkTranslatable(captured.text);
        return streamFrom(translateJobStream, start, signal);
      }, replaceWhenDone);
    },
    [jobId, launch, captured, run],
  );

  useEffect(() => {
    // Focus moves into the bubble so the keyboard (Tab, Esc) works at once.
    dialog.current?.focus();
    translate({});
    sendRequest(getPublicSettings, {})
      .then((settings) => setTheme(settings.theme))
      .catch(() => undefined);
  }, [translate]);


  return (
    <Bubble
      ref={dialog}
      state={shown}
      notice={launch.kind === 'notice' ? launch.message : undefined}
      theme={theme}
      canReplace={canReplace(captured)}
      replaced={replaced}
      copied={copied}
      onTargetChange={(targetLanguage) => {
        speech.stop();
        setReplaced(false);
        setCopied(false);
        setChosenTarget(targetLanguage);
        translate({ targetLanguage });
      }}
      onRetry={() => {
        setCopied(false);
        translate({ targetLanguage: shown.targetLanguage, fresh: true });
      }}
      onCopy={() => {
        navigator.clipboard.writeText(state.text).then(
          () => setCopied(true),
          () => setCopied(false),
        );
      }}
      onReplace={() => {
        if (replaceSelection(captured, state.text)) setReplaced(true);
      }}
      speech={speech.state}
      onListen={() => (speech.state.speaking ? speech.stop() : speech.speak(state.text, shown.targetLanguage))}
      onOpenPopup={() => {
        if (jobId) void sendRequest(showTranslationInPopup, { jobId, translation: state.text }).catch(() => undefined);
      }}
      onOpenSettings={() => void sendRequest(openSettingsFromPage, {}).catch(() => undefined)}
      onClose={onClose}
      onAddTerm={() => setAddingTerm((open) => !open)}
      addTerm={
        addingTerm && jobId ? (
          <AddTermForm
            original={captured.text}
            targetLanguage={shown.targetLanguage}
            onSave={async (entry) => {
              await sendRequest(addTermFromBubble, { jobId, entry });
            }}
            onCancel={() => setAddingTerm(false)}
          />
        ) : null
      }
    />
  );
}
