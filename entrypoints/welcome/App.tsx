import { useEffect, useState } from 'react';
import { KeylessStart } from '../../components/builtin/KeylessStart';
import { SettingsForm } from '../../components/settings/SettingsForm';
import { localisePage } from '../../components/ui/localise-page';
import { tNodes } from '../../components/ui/t-nodes';
import { t } from '../../utils/i18n/t';

/** Gets a new user to a working provider in under a minute: pick, paste, test, save. */
export function App() {
  const [done, setDone] = useState(false);
  useEffect(() => localisePage('welcomeTitle'), []);
  return (
    <main className="settings-page">
      <h1>{t('welcomeTitle')}</h1>
      <p>{tNodes('welcomeIntro', [<strong key="menu">{t('menuTranslateSelection')}</strong>])}</p>
      <KeylessStart />
      <p>
        <strong>{t('welcomeProviderLead')}</strong>
      </p>
      <ol>
        <li>{t('welcomeStepKey')}</li>
        <li>{tNodes('welcomeStepTest', [<strong key="test">{t('optionsTestConnection')}</strong>, <strong key="save">{t('commonSave')}</strong>])}</li>
      </ol>
      <SettingsForm compact onSaved={() => setDone(true)} />
      {done && (
        <p className="notice ok" role="status">
          {t('welcomeDone')}
        </p>
      )}
    </main>
  );
}
