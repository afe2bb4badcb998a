import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// antd's styles, written at build time (vite.config.ts): before the app's own stylesheet, which overrides them.
import 'virtual:antd-styles.css';
import './i18n/index.ts';
import './styles.css';
import { App } from './app.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
