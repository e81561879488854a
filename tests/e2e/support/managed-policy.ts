import { createHash, randomUUID } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extensionDir } from './browser.ts';

/**
 * A real Chromium policy for a copy of the e2e build. Chromium on Linux reads JSON policy files
 * from this folder at start (Google Chrome: /etc/opt/chrome/policies/managed); writing there needs
 * root, or a folder made writable for the test's user (README: "Running the policy test elsewhere").
 */
export const POLICY_DIR = process.env.PARLEY_POLICY_DIR ?? '/etc/chromium/policies/managed';

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, 32 hex digits written a-p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

export interface PolicyBuild {
  dir: string;
  id: string;
  remove: () => void;
}

/** The e2e build copied into a folder of its own: its own id, so the policy reaches no other test's Parley. */
export function copyOfBuild(): PolicyBuild {
  const root = mkdtempSync(path.join(tmpdir(), 'parley-policy-build-'));
  const dir = path.join(root, 'chrome-mv3');
  cpSync(extensionDir(), dir, { recursive: true });
  return { dir, id: unpackedExtensionId(dir), remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Writes the policy for one extension id under a file name of its own and returns its removal.
 * The file affects every Chromium started on the machine while it exists: callers remove it in
 * a finally block.
 */
export function writeExtensionPolicy(id: string, values: Record<string, unknown>): { file: string; remove: () => void } {
  const file = path.join(POLICY_DIR, `parley-e2e-${id}-${randomUUID().slice(0, 8)}.json`);
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: values } } }, null, 2));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot write a Chromium policy into ${POLICY_DIR} (${reason}): run as root, or see the README, "Running the policy test elsewhere".`, { cause: error });
  }
  return { file, remove: () => rmSync(file, { force: true }) };
}
