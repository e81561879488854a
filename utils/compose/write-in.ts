import { browser } from 'wxt/browser';
import { parleyError } from '../errors/parley-error';
import { t } from '../i18n/t';
import type { LanguageCode } from '../languages/languages';
import type { GenerateRequest, LlmProvider } from '../llm/provider';
import { formalityLine } from '../prompts/formality';
import { termsPromptBlock } from '../prompts/terms';
import { buildBackTranslationMessages, buildWriteInMessages, type WriteInStyle } from '../prompts/write-in';
import { keptSources, termsFor } from '../terms/terms-for';
import type { TermEntry } from '../terms/schema';
import { DEFAULT_WORDING, type WordingSettings } from '../wording/schema';
import type { Settings } from '../settings/schema';
import type { DetectorResult } from '../translate/detect';
import type { SavedDraft } from './launch';
import type { LanguageHints, WriteInEvent } from './messages';
import { decideDraftLanguage, decideWriteInTarget } from './target-language';

const DETECT_SAMPLE_CHARS = 2_000;

async function detect(text: string): Promise<DetectorResult | undefined> {
  if (!text.trim()) return undefined;
  try {
    return await browser.i18n.detectLanguage(text.slice(0, DETECT_SAMPLE_CHARS));
  } catch {
    // Some browsers lack the detector; scripts and the page's lang still answer.
    return undefined;
  }
}

export interface WriteInRequest {
  draft: string;
  selectionOnly: boolean;
  hints: LanguageHints;
  chosenTarget: LanguageCode | undefined;
}

/** Local detection only: no text leaves the device to pick the language. */
export async function planWriteIn(request: WriteInRequest, languages: Settings['languages']): Promise<Pick<SavedDraft, 'draftLanguage' | 'targetLanguage' | 'backLanguage'>> {
  const draftLanguage = decideDraftLanguage(request.draft, await detect(request.draft), languages.mine);
  const { answeredText, pageText, pageLanguage } = request.hints;
  const targetLanguage =
    request.chosenTarget ??
    decideWriteInTarget(
      {
        answered: answeredText ? { text: answeredText, detector: await detect(answeredText) } : undefined,
        pageLanguage,
        pageText: pageText ? { text: pageText, detector: await detect(pageText) } : undefined,
      },
      draftLanguage,
      languages,
    );
  return { draftLanguage, targetLanguage, backLanguage: languages.mine };
}

async function* streamAnswer(provider: LlmProvider, request: GenerateRequest, signal: AbortSignal): AsyncGenerator<string> {
  let started = false;
  for await (const part of provider.stream(request, signal)) {
    if (part.type === 'finish' && part.finishReason === 'length') throw parleyError('too-long', t('composeCutShort'), 'retry');
    if (part.type !== 'text') continue;
    // Models often open with a newline: it would land in the field.
    const text = started ? part.text : part.text.trimStart();
    if (!text) continue;
    started = true;
    yield text;
  }
}

export type PickProvider = (request: GenerateRequest) => Promise<LlmProvider>;

/** The register the user chose for the target language and the terms the draft holds, as for any translation. */
function writeInStyle(draft: string, plan: Pick<SavedDraft, 'draftLanguage' | 'targetLanguage'>, wording: WordingSettings): { style: WriteInStyle; terms: TermEntry[] } {
  const terms = termsFor(draft, { source: plan.draftLanguage ?? undefined, target: plan.targetLanguage }, wording);
  const extraInstructions = [formalityLine(wording.formality, plan.targetLanguage, 'correspondent'), termsPromptBlock(terms)].filter(Boolean);
  return { style: { extraInstructions }, terms };
}

/**
 * The translation, then the back-translation from a second request that is given only the
 * translation. `save` is called with the complete result of each step, so a closed panel or a
 * stopped worker keeps what was finished.
 */
export async function* runWriteIn(
  request: WriteInRequest,
  plan: Pick<SavedDraft, 'draftLanguage' | 'targetLanguage' | 'backLanguage'>,
  pickProvider: PickProvider,
  save: (draft: SavedDraft) => Promise<void>,
  signal: AbortSignal,
  wording: WordingSettings = DEFAULT_WORDING,
): AsyncGenerator<WriteInEvent> {
  if (!request.draft.trim()) throw parleyError('empty-input', t('composeEmptyDraft'));
  const { style, terms } = writeInStyle(request.draft, plan, wording);
  const forward: GenerateRequest = {
    feature: 'translate',
    messages: buildWriteInMessages({ draft: request.draft, draftLanguage: plan.draftLanguage ?? undefined, targetLanguage: plan.targetLanguage, style }),
    translation: { text: request.draft, sourceLanguage: plan.draftLanguage ?? undefined, targetLanguage: plan.targetLanguage, keep: keptSources(terms) },
  };
  const provider = await pickProvider(forward);
  yield { type: 'start', ...plan, providerLabel: provider.label };
  const saved: SavedDraft = { draft: request.draft, selectionOnly: request.selectionOnly, ...plan, translation: '', backTranslation: '' };
  await save(saved);
  for await (const text of streamAnswer(provider, forward, signal)) {
    saved.translation += text;
    yield { type: 'translation', text };
  }
  saved.translation = saved.translation.trimEnd();
  if (!saved.translation) throw parleyError('bad-response', t('composeEmptyAnswer'), 'retry');
  await save(saved);
  if (plan.targetLanguage === plan.backLanguage) return;
  const back: GenerateRequest = {
    feature: 'translate',
    messages: buildBackTranslationMessages(saved.translation, plan.targetLanguage, plan.backLanguage),
    translation: { text: saved.translation, sourceLanguage: plan.targetLanguage, targetLanguage: plan.backLanguage },
  };
  const backProvider = await pickProvider(back);
  for await (const text of streamAnswer(backProvider, back, signal)) {
    saved.backTranslation += text;
    yield { type: 'back', text };
  }
  saved.backTranslation = saved.backTranslation.trimEnd();
  await save(saved);
}
