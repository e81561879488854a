import { pairName } from './pair';
import { createTranslator } from './translator';
import { t } from '../i18n/t';

/**
 * Downloading a language pack, from a page where the user just clicked: Chrome refuses create()
 * without a user gesture while the pack is missing, so the service worker cannot do it.
 */
export type DownloadFailureReason = 'not-started' | 'offline' | 'disk' | 'policy' | 'unsupported' | 'cancelled' | 'other';

export class DownloadFailure extends Error {
  constructor(
    readonly reason: DownloadFailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'DownloadFailure';
  }
}

export function downloadFailureMessage(reason: DownloadFailureReason, sourceLanguage: string, targetLanguage: string, detail = ''): string {
  const pair = pairName(sourceLanguage, targetLanguage);
  const said = detail ? ` ${t('errorChromeSaid', detail)}` : '';
  const whatElse = ` ${t('builtinDownloadWhatElse')}`;
  const messages: Record<DownloadFailureReason, string> = {
    'not-started': t('builtinDownloadNotStarted', pair) + whatElse,
    offline: t('builtinDownloadOffline', pair) + whatElse,
    disk: t('builtinDownloadDisk', [pair, said]) + whatElse,
    policy: t('builtinDownloadPolicy', [pair, said]) + whatElse,
    unsupported: t('builtinDownloadUnsupported', [pair, said]),
    cancelled: t('builtinDownloadCancelled', pair),
    other: t('builtinDownloadOther', [pair, said]),
  };
  return messages[reason];
}

/** DOMException names the spec uses for create() failures, mapped to what the user can do. */
export function classifyDownloadError(error: unknown, online: boolean): DownloadFailureReason {
  const name = error instanceof Error ? error.name : '';
  if (name === 'AbortError') return 'cancelled';
  if (!online || name === 'NetworkError') return 'offline';
  if (name === 'QuotaExceededError') return 'disk';
  if (name === 'NotAllowedError') return 'policy';
  if (name === 'NotSupportedError') return 'unsupported';
  return 'other';
}

/** Only an explicit "offline" counts: contexts without the flag are taken as online. */
function isOnline(): boolean {
  return globalThis.navigator?.onLine !== false;
}

export interface DownloadOptions {
  signal: AbortSignal;
  onProgress: (fraction: number) => void;
  /** Called once when no progress has come after `stallMs`; the download keeps waiting. */
  onStall: (message: string) => void;
  stallMs: number;
}

/** Resolves when the pack is on the device; rejects with a DownloadFailure that says what to do. */
export async function downloadLanguagePack(sourceLanguage: string, targetLanguage: string, options: DownloadOptions): Promise<void> {
  let progressed = false;
  // Offline and stalled downloads hang without an error (seen in Chromium 156): say so after a while.
  const stall = setTimeout(() => {
    if (!progressed) options.onStall(downloadFailureMessage(isOnline() ? 'not-started' : 'offline', sourceLanguage, targetLanguage));
  }, options.stallMs);
  try {
    const translator = await createTranslator(sourceLanguage, targetLanguage, {
      signal: options.signal,
      onProgress(fraction) {
        progressed = true;
        options.onProgress(fraction);
      },
    });
    translator.destroy?.();
  } catch (error) {
    const reason = classifyDownloadError(error, isOnline());
    const detail = error instanceof Error ? error.message : '';
    throw new DownloadFailure(reason, downloadFailureMessage(reason, sourceLanguage, targetLanguage, detail));
  } finally {
    clearTimeout(stall);
  }
}
