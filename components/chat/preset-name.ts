import { t, type MessageKey } from '../../utils/i18n/t';

// The built-in presets' prompts stay in English (the model reads them); their names are UI.
const BUILT_IN_NAMES: Record<string, MessageKey> = {
  assistant: 'chatPresetAssistant',
  translator: 'chatPresetTranslator',
  'support-replies': 'chatPresetSupportReplies',
};

/** A preset's name in the UI language: built-in ones are translated, the user's own shown as typed. */
export function presetName(preset: { id: string; name: string }): string {
  const key = BUILT_IN_NAMES[preset.id];
  return key ? t(key) : preset.name;
}
