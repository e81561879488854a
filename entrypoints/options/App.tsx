import { useEffect } from 'react';
import { OnDeviceSection } from '../../components/builtin/OnDeviceSection';
import { RepliesSettings } from '../../components/replies/RepliesSettings';
import { AppearanceSection } from '../../components/settings/AppearanceSection';
import { SettingsBackup } from '../../components/settings/SettingsBackup';
import { SettingsForm } from '../../components/settings/SettingsForm';
import { WordingSection } from '../../components/terms/WordingSection';
import { TranslateSettings } from '../../components/translate/TranslateSettings';
import { localisePage } from '../../components/ui/localise-page';
import { t } from '../../utils/i18n/t';

export function App() {
  useEffect(() => localisePage('optionsTitle'), []);
  return (
    <main className="settings-page">
      <h1>{t('optionsTitle')}</h1>
      <SettingsForm extraSections={(draft, setDraft, managed) => (<><OnDeviceSection draft={draft} setDraft={setDraft} /><TranslateSettings draft={draft} setDraft={setDraft} /><WordingSection draft={draft} setDraft={setDraft} managed={managed} /><RepliesSettings draft={draft} setDraft={setDraft} /><AppearanceSection draft={draft} setDraft={setDraft} /><SettingsBackup setDraft={setDraft} /></>)} />
    </main>
  );
}
