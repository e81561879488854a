import { ParleyError, type ErrorCode } from '../errors/parley-error';
import type { Feature } from '../settings/schema';
import type { GenerateRequest, LlmProvider } from '../llm/provider';

/**
 * Why the user's provider could not translate, for the note beside the device's translation.
 * Only failures that the provider's own retries could not get past and that say nothing about
 * the text: a wrong key, model or request would fail the same way next time and needs the
 * user's fix, so it keeps its message.
 */
export const FALLBACK_REASONS = ['rate-limited', 'quota', 'network', 'server'] as const satisfies readonly ErrorCode[];
export type FallbackReason = (typeof FALLBACK_REASONS)[number];

function isFallbackReason(code: ErrorCode): code is FallbackReason {
  return (FALLBACK_REASONS as readonly ErrorCode[]).includes(code);
}

export interface FallbackConditions {
  feature: Feature;
  /** Options → Translate → "Translate on this device when my provider cannot". */
  enabled: boolean;
}

/**
 * The reason to fall back to the device, or undefined when the error stands. Translation only:
 * the device's prompt model may be absent or weaker, so chat and replies keep their clear errors.
 * The four reasons only come from the user's provider (the on-device path fails with
 * `unsupported`), so a device failure never falls back onto the device again.
 */
export function fallbackReason(error: unknown, { feature, enabled }: FallbackConditions): FallbackReason | undefined {
  if (feature !== 'translate' || !enabled) return undefined;
  if (!(error instanceof ParleyError)) return undefined;
  return isFallbackReason(error.data.code) ? error.data.code : undefined;
}

export interface DeviceFallback {
  provider: LlmProvider;
  reason: FallbackReason;
}

/** Given a request the provider failed and the error, the device that serves it instead, if any. */
export type FallbackPicker = (request: GenerateRequest, error: unknown) => Promise<DeviceFallback | undefined>;

export interface FallbackDeps extends Pick<FallbackConditions, 'enabled'> {
  /** True only when the device can translate this pair now (available, pack present): never starts a download. */
  deviceCanServe: (request: GenerateRequest) => Promise<boolean>;
  device: () => LlmProvider;
}

export function deviceFallbackPicker({ enabled, deviceCanServe, device }: FallbackDeps): FallbackPicker {
  return async (request, error) => {
    const reason = fallbackReason(error, { feature: request.feature, enabled });
    if (!reason || !(await deviceCanServe(request))) return undefined;
    return { provider: device(), reason };
  };
}
