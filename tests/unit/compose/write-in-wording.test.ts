import { describe, expect, it } from 'vitest';
import type { Completion, GenerateRequest, LlmProvider, StreamPart } from '../../../utils/llm/provider';
import { runWriteIn } from '../../../utils/compose/write-in';
import type { SavedDraft } from '../../../utils/compose/launch';
import { DEFAULT_WORDING, type WordingSettings } from '../../../utils/wording/schema';

// The provider is the network boundary: this one records what Parley would send and answers in French.
function recordingProvider(requests: GenerateRequest[]): LlmProvider {
  return {
    label: 'Test · model',
    async *stream(request): AsyncGenerator<StreamPart> {
      requests.push(request);
      yield { type: 'text', text: requests.length === 1 ? 'Merci pour votre message, Parley arrive jeudi.' : 'Thank you for your message, Parley arrives Thursday.' };
      yield { type: 'finish', finishReason: 'stop' };
    },
    complete: async (): Promise<Completion> => ({ text: '', reasoning: '', finishReason: 'stop' }),
    listModels: async () => [],
  };
}

const term = { target: '', keep: false, caseSensitive: false, sourceLanguage: null, targetLanguage: null };

async function writeIn(wording: WordingSettings | undefined) {
  const requests: GenerateRequest[] = [];
  const provider = recordingProvider(requests);
  const saved: SavedDraft[] = [];
  const request = { draft: 'Thanks for your message, Parley ships on Thursday.', selectionOnly: false, hints: { answeredText: '', pageLanguage: '', pageText: '' }, chosenTarget: undefined };
  const plan = { draftLanguage: 'en' as const, targetLanguage: 'fr' as const, backLanguage: 'en' as const };
  for await (const event of runWriteIn(request, plan, async () => provider, async (draft) => void saved.push({ ...draft }), new AbortController().signal, wording)) void event;
  return requests;
}

describe('"Write in …" with the user\'s register and terms', () => {
  it('writes the translation in the register chosen for the target language, with the terms the draft holds', async () => {
    const wording: WordingSettings = {
      ...DEFAULT_WORDING,
      formality: { ...DEFAULT_WORDING.formality, fr: 'formal' },
      terms: [
        { ...term, source: 'Parley', keep: true },
        { ...term, source: 'invoice', target: 'facture' },
      ],
    };
    const [forward, back] = await writeIn(wording);
    const system = forward?.messages[0]?.content ?? '';
    expect(system).toContain('Address the correspondent formally (vous).');
    expect(system).toContain('Parley =');
    expect(system).not.toContain('invoice');
    expect(forward?.translation?.keep).toEqual(['Parley']);
    // The check sees only the translation: no register or terms steer it.
    expect(back?.messages[0]?.content).not.toContain('formally');
  });

  it('adds nothing on automatic register and an empty terms list', async () => {
    const [forward] = await writeIn(undefined);
    const system = forward?.messages[0]?.content ?? '';
    expect(system).not.toContain('Address the');
    expect(system).not.toContain('Use these terms');
  });
});
