import { createRoot } from 'react-dom/client';
import '../../components/ui/theme.css';
import '../../components/settings/settings.css';
import { App } from './App';

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
