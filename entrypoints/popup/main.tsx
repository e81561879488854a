import '../../utils/messaging/zod-jitless';
import { createRoot } from 'react-dom/client';
import '../../components/ui/theme.css';
import { applySavedTheme } from '../../components/settings/apply-theme';
import '../../components/popup/shell.css';
import { PopupShell } from '../../components/popup/PopupShell';

applySavedTheme();
const root = document.getElementById('root');
if (root) createRoot(root).render(<PopupShell surface="popup" />);
