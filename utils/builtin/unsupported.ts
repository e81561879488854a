import { ParleyError } from '../errors/parley-error';
import type { Feature } from '../settings/schema';
import type { BuiltinAvailability } from './browser-ai';
import { pairName } from './pair';

/**
 * What the user reads when the on-device path cannot serve a request: what is missing and the
 * two ways on (the one-time download, or their own provider). Never a silent failure.
 */
export function translationUnsupported(sourceLanguage: string, targetLanguage: string, availability: BuiltinAvailability): ParleyError {
  const pair = pairName(sourceLanguage, targetLanguage);
  const messages: Record<BuiltinAvailability, string> = {
    absent: `This browser has no on-device translator (it needs Chrome 138 or later on a computer). Add a provider in Parley's settings to translate ${pair}.`,
    unavailable: `Chrome cannot translate ${pair} on this device. Add a provider in Parley's settings to translate it.`,
    downloadable: `${pair} can run on this device after a one-time download of its language pack. Download it, or add a provider in Parley's settings.`,
    downloading: `The ${pair} language pack is still downloading to this device. Retry when it has finished, or add a provider in Parley's settings.`,
    available: `The on-device translator for ${pair} could not start. Retry, or add a provider in Parley's settings.`,
  };
  return new ParleyError({ code: 'unsupported', message: messages[availability], action: 'open-settings' });
}

const FEATURE_NAMES: Record<Feature, string> = { translate: 'Translation', chat: 'Chat', replies: 'Suggested replies' };

export function modelUnsupported(feature: Feature, availability: BuiltinAvailability): ParleyError {
  const what = FEATURE_NAMES[feature];
  const messages: Record<BuiltinAvailability, string> = {
    absent: `${what} on this device needs Chrome's on-device model (Chrome 138 or later), which this browser does not have. Add a provider in Parley's settings.`,
    unavailable: `${what} cannot run on this device: Chrome's on-device model needs about 22 GB of free disk, 16 GB of memory and 4 CPU cores. Add a provider in Parley's settings.`,
    downloadable: `${what} can run on this device after a one-time download of Chrome's on-device model (several GB). Start it in Parley's settings, or add a provider there.`,
    downloading: `Chrome's on-device model is still downloading. Retry ${what.toLowerCase()} when it has finished, or add a provider in Parley's settings.`,
    available: `Chrome's on-device model could not start. Retry, or add a provider in Parley's settings.`,
  };
  return new ParleyError({ code: 'unsupported', message: messages[availability], action: 'open-settings' });
}

export function sourceLanguageUnknown(): ParleyError {
  return new ParleyError({
    code: 'unsupported',
    message: 'Parley could not tell which language this text is in, so the on-device translator cannot start. Choose the source language, or add a provider in Parley\'s settings.',
    action: 'open-settings',
  });
}
