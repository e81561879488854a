import { useCallback, useEffect, useRef, useState } from 'react';
import { languageName } from '../../utils/builtin/pair';
import { languageByCode, type LanguageCode } from '../../utils/languages/languages';
import { t } from '../../utils/i18n/t';

export interface SpeechState {
  speaking: boolean;
  /** Why reading aloud failed, in words (most often: no voice installed for that language). */
  problem: string | undefined;
}

/** Errors that only mean the user (or a new translation) stopped the reading. */
const STOPPED = new Set(['canceled', 'interrupted']);

function describe(lang: string): string {
  const language = languageByCode(lang as LanguageCode);
  return language ? `${languageName(lang)} (${lang})` : lang || t('translateThisLanguage');
}

/** The bubble's Listen button: reads the translation in its language, and says so when it cannot. */
export function useSpeech() {
  const [state, setState] = useState<SpeechState>({ speaking: false, problem: undefined });
  const current = useRef<SpeechSynthesisUtterance | undefined>(undefined);

  const stop = useCallback(() => {
    current.current = undefined;
    speechSynthesis.cancel();
    setState({ speaking: false, problem: undefined });
  }, []);

  const speak = useCallback((text: string, language: LanguageCode | undefined) => {
    speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    if (language) utterance.lang = language;
    current.current = utterance;
    const mine = () => current.current === utterance;
    utterance.addEventListener('start', () => mine() && setState({ speaking: true, problem: undefined }));
    utterance.addEventListener('end', () => mine() && setState({ speaking: false, problem: undefined }));
    utterance.addEventListener('error', (event) => {
      if (!mine() || STOPPED.has(event.error)) return;
      setState({
        speaking: false,
        problem: t('translateSpeechFailed', [describe(utterance.lang), event.error]),
      });
    });
    setState({ speaking: true, problem: undefined });
    speechSynthesis.speak(utterance);
  }, []);

  useEffect(() => () => speechSynthesis.cancel(), []);
  return { state, speak, stop };
}
