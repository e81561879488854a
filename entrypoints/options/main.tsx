import '../../utils/messaging/zod-jitless';
import { createRoot } from 'react-dom/client';
import '../../components/ui/theme.css';
import { applySavedTheme } from '../../components/settings/apply-theme';
import '../../components/settings/settings.css';
import { App } from './App';

applySavedTheme();
const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
