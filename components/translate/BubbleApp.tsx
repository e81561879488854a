import { useCallback, useEffect, useRef, useState } from 'react';
import type { LanguageCode } from '../../utils/languages/languages';
import { sendRequest } from '../../utils/messaging/request-client';
import type { StartedStream } from '../../utils/messaging/started-stream';
import { getPublicSettings } from '../../utils/settings/messages';
import type { BubbleLaunch } from '../../utils/translate/launch';
import { openSettingsFromPage, showTranslationInPopup, type TranslateEvent } from '../../utils/translate/messages';
import { canReplace, replaceSelection, type CapturedSelection } from '../../utils/translate/page-selection';
import { addTermFromBubble } from '../../utils/terms/messages';
import { AddTermForm } from '../terms/AddTermForm';
import { Bubble } from './Bubble';
import { streamJob, type JobStreamOptions } from './job-stream';
import { useSpeech } from './useSpeech';
import { cachedAnswerState, useTranslationStream } from './useTranslationStream';

interface Props {
  launch: BubbleLaunch;
  captured: CapturedSelection;
  /** The job's translation, already started as the bubble opened. */
  firstStream?: StartedStream<TranslateEvent>;
  /** "Translate and replace" with a cached answer: mountBubble put it into the field already. */
  replacedAtOpen: boolean;
  onClose: () => void;
}

/** The bubble's behaviour: starts the job's stream, re-translates, replaces, copies. */
export function BubbleApp({ launch, captured, firstStream, replacedAtOpen, onClose }: Props) {
  const cached = launch.kind === 'job' ? launch.cached : undefined;
  const { state, run } = useTranslationStream(cached ? cachedAnswerState(cached) : undefined);
  const speech = useSpeech();
  /** The user's pick stays in the picker while its translation starts (the stream resets the state). */
  const [chosenTarget, setChosenTarget] = useState<LanguageCode>();
  const shown = { ...state, targetLanguage: chosenTarget ?? state.targetLanguage };
  const [theme, setTheme] = useState<'system' | 'light' | 'dark'>('system');
  const [replaced, setReplaced] = useState(replacedAtOpen);
  const [copied, setCopied] = useState(false);
  const [addingTerm, setAddingTerm] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  // A cached answer is replaced at the open, once: a later stream (a retry) does not replace again.
  const autoReplaced = useRef(cached !== undefined);
  const jobId = launch.kind === 'job' ? launch.jobId : undefined;
  const unreadFirstStream = useRef(firstStream);

  const translate = useCallback(
    (options: JobStreamOptions) => {
      if (!jobId) return;
      // "Translate and replace": the field gets the translation once it is complete, never a partial one.
      const replaceWhenDone = (text: string) => {
        if (launch.kind !== 'job' || launch.mode !== 'replace' || autoReplaced.current || !text) return;
        autoReplaced.current = true;
        if (replaceSelection(captured, text)) setReplaced(true);
      };
      const started = unreadFirstStream.current;
      unreadFirstStream.current = undefined;
      void run((signal) => {
        // The first translation was started as the bubble opened (mountBubble): it is read, not asked for again.
        if (started && !options.targetLanguage && !options.fresh) {
          signal.addEventListener('abort', started.cancel, { once: true });
          return started.events;
        }
        started?.cancel();
        return streamJob(jobId, captured, options, signal);
      }, replaceWhenDone);
    },
    [jobId, launch, captured, run],
  );

  useEffect(() => {
    // Focus moves into the bubble so the keyboard (Tab, Esc) works at once.
    dialog.current?.focus();
    // A cached answer came complete with the launch (and mountBubble already replaced with it).
    if (!cached) translate({});
    sendRequest(getPublicSettings, {})
      .then((settings) => setTheme(settings.theme))
      .catch(() => undefined);
  }, [translate, cached]);


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
