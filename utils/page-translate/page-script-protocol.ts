import { z } from 'zod';
import { LanguageCodeSchema, PageTranslateSettingsSchema } from '../settings/schema';

/** What the background asks of the page script, through executeScript (out of the page's reach). */
export const PageScriptCallSchema = z.discriminatedUnion('command', [
  z.object({
    command: z.literal('start'),
    sessionId: z.uuid(),
    targetLanguage: LanguageCodeSchema,
    display: PageTranslateSettingsSchema.shape.display,
    style: PageTranslateSettingsSchema.shape.style,
  }),
  z.object({ command: z.enum(['stop', 'show-original', 'finish', 'retry']) }),
  /** A notice in the progress control, for a page Parley will not translate. */
  z.object({ command: z.literal('notice'), message: z.string().max(500) }),
]);
export type PageScriptCall = z.infer<typeof PageScriptCallSchema>;
export type StartCall = Extract<PageScriptCall, { command: 'start' }>;

/** The isolated-world global of entrypoints/page-translate.ts. */
export interface PageTranslateGlobal {
  call(call: unknown): void;
}
