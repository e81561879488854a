// The popup floor: React mounting one textarea, the least a React popup with a chat input does.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) createRoot(root).render(createElement('textarea', { 'aria-label': 'Message' }));
