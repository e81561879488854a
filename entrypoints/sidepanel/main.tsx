import '../../utils/messaging/zod-jitless';
import { createRoot } from 'react-dom/client';
import '../../components/ui/theme.css';
import { applySavedTheme } from '../../components/settings/apply-theme';
import '../../components/popup/shell.css';
import { PopupShell } from '../../components/popup/PopupShell';

// The same tabs as the popup, in Chrome's side panel or Firefox's sidebar, which stay open across tabs.
applySavedTheme();
const root = document.getElementById('root');
if (root) createRoot(root).render(<PopupShell surface="sidepanel" />);
