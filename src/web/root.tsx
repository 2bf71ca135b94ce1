import { StrictMode, useEffect, type ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cssVariablesResolver, theme } from './theme';
import { isApiError } from './api/client';
import { LaterToasts } from './components/LaterToasts';
import { READY_MARK } from '../contracts/first-pages';

/** The app's cache of API answers: one per page load in the browser, one per page drawn on the server. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
}

/**
 * A page drawn by the server arrives `inert` (seen, not yet usable: nothing to click before the app's
 * script runs); the attribute goes once the app has taken the page over (src/web/main.tsx).
 */
function Ready() {
  useEffect(() => {
    document.getElementById('root')?.removeAttribute('inert');
    performance.mark(READY_MARK);
  }, []);
  return null;
}

/**
 * Everything around the pages, the same in the browser and on the server (src/web/entry-server.tsx),
 * so that the browser takes over the page the server drew: `router` is the browser's or the server's.
 */
export function AppRoot({ queryClient, router }: { queryClient: QueryClient; router: ReactNode }) {
  return (
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
        <QueryClientProvider client={queryClient}>
          <ModalsProvider labels={{ confirm: 'Confirm', cancel: 'Cancel' }}>
            <LaterToasts />
            <Ready />
            {router}
          </ModalsProvider>
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>
  );
}
