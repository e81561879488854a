import { z } from 'zod';
import { t } from '../i18n/t';

/** Header names as HTTP allows them (RFC 9110 tokens). */
export const HeaderNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, { error: () => t('settingsErrorHeaderName') });

/** A line break in a value would split the request; fetch refuses it anyway, later and less clearly. */
export const HeaderValueSchema = z
  .string()
  .max(4000)
  .regex(/^[^\r\n\0]*$/, { error: () => t('settingsErrorHeaderValue') });

export const CustomHeaderSchema = z.object({ name: HeaderNameSchema, value: HeaderValueSchema });
export type CustomHeader = z.infer<typeof CustomHeaderSchema>;

/**
 * A header row as a page sends it on save: the value omitted keeps the saved value of that
 * name, since pages are never given saved values (they are masked like the key).
 */
export const HeaderEditSchema = z.object({ name: HeaderNameSchema, value: HeaderValueSchema.optional() });
export type HeaderEdit = z.infer<typeof HeaderEditSchema>;
export const HeaderEditsSchema = z.array(HeaderEditSchema).max(30);

/** Resolves edits against the saved headers; a name given twice keeps its last value. */
export function resolveHeaderEdits(edits: readonly HeaderEdit[], saved: readonly CustomHeader[]): CustomHeader[] {
  const byName = new Map<string, CustomHeader>();
  for (const edit of edits) {
    const value = edit.value ?? saved.find((header) => header.name.toLowerCase() === edit.name.toLowerCase())?.value;
    if (value !== undefined) byName.set(edit.name.toLowerCase(), { name: edit.name, value });
  }
  return [...byName.values()];
}

/** Header records are case-insensitive: a later source replaces an earlier one's header of the same name. */
export function mergeHeaders(...sources: Array<Record<string, string>>): Record<string, string> {
  const merged = new Map<string, [string, string]>();
  for (const source of sources) for (const [name, value] of Object.entries(source)) merged.set(name.toLowerCase(), [name, value]);
  return Object.fromEntries(merged.values());
}

export function headersToRecord(headers: readonly CustomHeader[]): Record<string, string> {
  return mergeHeaders(Object.fromEntries(headers.map((header) => [header.name, header.value])));
}
