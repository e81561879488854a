import { z } from 'zod';
import { t } from '../i18n/t';
import { describeIssues, migrateSettings } from './migrations';
import { SETTINGS_VERSION, SettingsSchema, type Settings } from './schema';

/** Marks a file as Parley's, so a random JSON file is refused before anything is read from it. */
export const BACKUP_FORMAT = 'parley-settings-backup';

const BackupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  exportedAt: z.string().optional(),
  settings: z.unknown(),
  /** Present only when the user ticked "include key" on export. */
  apiKey: z.string().max(1000).optional(),
});

export type ParsedBackup =
  | { ok: true; settings: Settings; apiKey: string | undefined }
  | { ok: false; problems: string[] };

export function backupFileName(now: Date): string {
  return `parley-settings-${now.toISOString().slice(0, 10)}.json`;
}

export function serializeBackup(settings: Settings, apiKey: string | undefined, now: Date): string {
  const file = { format: BACKUP_FORMAT, exportedAt: now.toISOString(), settings, ...(apiKey ? { apiKey } : {}) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Where a section of the file breaks the schema, in words ("provider": baseUrl: That is not a URL…). */
function sectionProblems(record: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [key, schema] of Object.entries(SettingsSchema.shape)) {
    if (key === 'version' || record[key] === undefined) continue;
    const parsed = schema.safeParse(record[key]);
    if (!parsed.success) problems.push(t('backupInvalidSection', [key, describeIssues(parsed.error)]));
  }
  return problems;
}

/**
 * Reads a backup file into settings the user can save, through the same migration as stored
 * settings (older versions are upgraded). A file that is not a backup, or whose settings have
 * any problem, gives problems in words and nothing to save: an import never half-applies.
 */
export function parseBackup(text: string, uiLanguage: string | undefined): ParsedBackup {
  const json = parseJson(text);
  if (!json.ok) return { ok: false, problems: [t('backupNotJson')] };
  const file = BackupFileSchema.safeParse(json.value);
  if (!file.success) return { ok: false, problems: [t('backupNotParley')] };
  const raw = file.data.settings;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, problems: [t('backupNoSettings')] };
  const record = raw as Record<string, unknown>;
  if (typeof record.version === 'number' && record.version > SETTINGS_VERSION) return { ok: false, problems: [t('backupNewerVersion')] };
  const { settings, problems } = migrateSettings(record, uiLanguage);
  if (problems.length > 0) {
    const details = sectionProblems(record);
    return { ok: false, problems: details.length > 0 ? details : [t('backupUnreadable')] };
  }
  return { ok: true, settings, apiKey: file.data.apiKey?.trim() || undefined };
}
