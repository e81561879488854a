import { OnDeviceSection } from '../../components/builtin/OnDeviceSection';
import { RepliesSettings } from '../../components/replies/RepliesSettings';
import { SettingsForm } from '../../components/settings/SettingsForm';
import { TranslateSettings } from '../../components/translate/TranslateSettings';
import { t } from '../../utils/i18n/t';

export function App() {
  return (
    <main className="settings-page">
      <h1>{t('optionsTitle')}</h1>
      <SettingsForm extraSections={(draft, setDraft) => (<><OnDeviceSection draft={draft} setDraft={setDraft} /><TranslateSettings /><RepliesSettings draft={draft} setDraft={setDraft} /></>)} />
    </main>
  );
}
