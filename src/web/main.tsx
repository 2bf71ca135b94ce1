import './zod-config';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App, preloadPageFor } from './App';
import { prefetchFirstData } from './first-data';
import { AppRoot, createQueryClient } from './root';

const queryClient = createQueryClient();

const firstPage = preloadPageFor(window.location.pathname);
void prefetchFirstData(queryClient, window.location.pathname, window.location.search);

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

// The opened page's script is preloaded by index.html and has usually run by now: drawing once it has
// lets the first render show the page itself instead of a loader (see `later` in App.tsx).
void firstPage.then(() => {
  const app = <AppRoot queryClient={queryClient} router={<BrowserRouter><App /></BrowserRouter>} />;
  if (!container.hasAttribute('data-drawn')) {
    createRoot(container).render(app);
    return;
  }
  // Drawn by the server (src/server/web-app.ts): take it over as it is. Where the browser would draw
  // something else (a minute has turned, a time zone differs), React draws that part again itself.
  hydrateRoot(container, app, {
    onRecoverableError: (error) => {
      // 419: a part the server left to the browser (a chart that loads later), drawn here as planned.
      if (!String(error).includes('419')) console.info('Debrief redrew part of the page the server had drawn:', error);
    },
  });
});
