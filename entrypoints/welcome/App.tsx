import { useState } from 'react';
import { KeylessStart } from '../../components/builtin/KeylessStart';
import { SettingsForm } from '../../components/settings/SettingsForm';

/** Gets a new user to a working provider in under a minute: pick, paste, test, save. */
export function App() {
  const [done, setDone] = useState(false);
  return (
    <main className="settings-page">
      <h1>Welcome to Parley</h1>
      <p>
        Select text on any page and choose <strong>Translate with Parley</strong> from the right-click menu. Parley can also
        chat and suggest replies in your webmail, with your own OpenAI-compatible API key.
      </p>
      <KeylessStart />
      <p>
        <strong>For chat, replies and languages this device lacks, add your own provider:</strong>
      </p>
      <ol>
        <li>Pick your provider and paste your API key (it stays on this device).</li>
        <li>Press <strong>Test connection</strong>, then <strong>Save</strong>.</li>
      </ol>
      <SettingsForm compact onSaved={() => setDone(true)} />
      {done && (
        <p className="notice ok" role="status">
          You are set. Select some text on a page and right-click it to translate.
        </p>
      )}
    </main>
  );
}
