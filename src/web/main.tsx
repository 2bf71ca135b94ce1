import './zod-config';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { cssVariablesResolver, theme } from './theme';
import { App, preloadPageFor } from './App';
import { isApiError } from './api/client';
import { prefetchFirstData } from './first-data';
import { LaterToasts } from './components/LaterToasts';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

const firstPage = preloadPageFor(window.location.pathname);
prefetchFirstData(queryClient, window.location.pathname, window.location.search);

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

// The opened page's script is preloaded by index.html and has usually run by now: drawing once it has
// lets the first render show the page itself instead of a loader (see `later` in App.tsx).
void firstPage.then(() => createRoot(container).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <QueryClientProvider client={queryClient}>
        <ModalsProvider labels={{ confirm: 'Confirm', cancel: 'Cancel' }}>
          <LaterToasts />
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
));
