import { ParleyError } from '../errors/parley-error';
import type { Feature } from '../settings/schema';
import type { BuiltinAvailability } from './browser-ai';
import { pairName } from './pair';
import { t, type MessageKey } from '../i18n/t';

/**
 * What the user reads when the on-device path cannot serve a request: what is missing and the
 * two ways on (the one-time download, or their own provider). Never a silent failure.
 */
export function translationUnsupported(sourceLanguage: string, targetLanguage: string, availability: BuiltinAvailability): ParleyError {
  const pair = pairName(sourceLanguage, targetLanguage);
  const messages: Record<BuiltinAvailability, MessageKey> = {
    absent: 'errorTranslatorAbsent',
    unavailable: 'errorTranslatorUnavailable',
    downloadable: 'errorTranslatorDownloadable',
    downloading: 'errorTranslatorDownloading',
    available: 'errorTranslatorNotStarted',
  };
  return new ParleyError({ code: 'unsupported', message: t(messages[availability], pair), action: 'open-settings' });
}

const FEATURE_NAMES: Record<Feature, MessageKey> = { translate: 'featureTranslation', chat: 'featureChat', replies: 'featureReplies' };
// In the middle of a sentence; not lower-cased in code, since German nouns keep their capital.
const FEATURE_NAMES_IN_SENTENCE: Record<Feature, MessageKey> = { translate: 'featureTranslationInSentence', chat: 'featureChatInSentence', replies: 'featureRepliesInSentence' };

export function modelUnsupported(feature: Feature, availability: BuiltinAvailability): ParleyError {
  const what = t(FEATURE_NAMES[feature]);
  const messages: Record<BuiltinAvailability, string> = {
    absent: t('errorModelAbsent', what),
    unavailable: t('errorModelUnavailable', what),
    downloadable: t('errorModelDownloadable', what),
    downloading: t('errorModelDownloading', t(FEATURE_NAMES_IN_SENTENCE[feature])),
    available: t('errorModelNotStarted'),
  };
  return new ParleyError({ code: 'unsupported', message: messages[availability], action: 'open-settings' });
}

export function sourceLanguageUnknown(): ParleyError {
  return new ParleyError({
    code: 'unsupported',
    message: t('errorSourceLanguageUnknown'),
    action: 'open-settings',
  });
}
