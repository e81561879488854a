import { createRoot } from 'react-dom/client';
import '../../components/ui/theme.css';
import '../../components/popup/shell.css';
import { PopupShell } from '../../components/popup/PopupShell';

// The same tabs as the popup, in Chrome's side panel or Firefox's sidebar, which stay open across tabs.
const root = document.getElementById('root');
if (root) createRoot(root).render(<PopupShell surface="sidepanel" />);
