import { SettingsForm } from '../../components/settings/SettingsForm';

export function App() {
  return (
    <main className="settings-page">
      <h1>Parley settings</h1>
      <SettingsForm />
    </main>
  );
}
