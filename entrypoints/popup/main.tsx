import { createRoot } from 'react-dom/client';
import '../../components/ui/theme.css';
import '../../components/popup/shell.css';
import { PopupShell } from '../../components/popup/PopupShell';

const root = document.getElementById('root');
if (root) createRoot(root).render(<PopupShell surface="popup" />);
