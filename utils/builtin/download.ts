import { pairName } from './pair';
import { createTranslator } from './translator';

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

const WHAT_ELSE = 'Meanwhile, you can add a provider in Parley\'s settings.';

export function downloadFailureMessage(reason: DownloadFailureReason, sourceLanguage: string, targetLanguage: string, detail = ''): string {
  const pair = pairName(sourceLanguage, targetLanguage);
  const said = detail ? ` (Chrome said: ${detail})` : '';
  const messages: Record<DownloadFailureReason, string> = {
    'not-started': `The ${pair} pack has not started downloading. Chrome fetches language packs from Google's servers: check that this computer is online, then retry. If it still does not start, the disk may be full or your administrator may have turned off on-device AI. ${WHAT_ELSE}`,
    offline: `This computer is offline, so the ${pair} pack cannot download. Retry once you are online. ${WHAT_ELSE}`,
    disk: `There is not enough free disk space for the ${pair} pack${said}. Free some space, then retry. ${WHAT_ELSE}`,
    policy: `Chrome refused to download the ${pair} pack${said}: on-device AI may be turned off on this browser by your administrator. ${WHAT_ELSE}`,
    unsupported: `Chrome has no on-device pack for ${pair}${said}. Add a provider in Parley's settings to translate it.`,
    cancelled: `The download of the ${pair} pack was stopped.`,
    other: `The ${pair} pack could not be downloaded${said}. Retry; if it keeps failing, add a provider in Parley's settings.`,
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
