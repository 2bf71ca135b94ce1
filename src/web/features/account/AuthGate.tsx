import type { QueryCache } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { isApiError } from '../../api/client';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { sessionKey, useSession } from './api';
import { INVITATION_PATHS, isInvitationReturn, RETURN_KEY } from './invitation-return';

export { RETURN_KEY } from './invitation-return';

// The sign-in, sign-up and reset pages (and their password fields) load only when someone needs them:
// never in local mode, once per visit signed out in hosted mode.
const SignInPage = lazy(async () => ({ default: (await import('./AuthPages')).SignInPage }));
const SignUpPage = lazy(async () => ({ default: (await import('./AuthPages')).SignUpPage }));
const ResetPasswordPage = lazy(async () => ({ default: (await import('./AuthPages')).ResetPasswordPage }));
const signInFallback = <LoadingState label="Loading the sign-in page" />;

/** When any request answers 401 (the session ended, or the account was disabled), ask who is there again. */
function useSignedOutWatch(cache: QueryCache) {
  const qc = useQueryClient();
  useEffect(
    () =>
      cache.subscribe((event) => {
        if (event.type === 'updated' && isApiError(event.query.state.error) && event.query.state.error.status === 401) {
          void qc.invalidateQueries({ queryKey: sessionKey });
        }
      }),
    [cache, qc],
  );
}

/**
 * Local mode: the app as it always was. Hosted mode: the sign-in, sign-up and
 * reset pages until someone is signed in, then the app as that account.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const session = useSession();
  const qc = useQueryClient();
  const { pathname, search } = useLocation();
  useSignedOutWatch(qc.getQueryCache());

  if (session.isPending) return <LoadingState label="Loading Debrief" />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  const info = session.data;
  if (info.mode === 'local') return <>{children}</>;
  if (!info.account) {
    // An invitation link opened while signed out: come back to it after signing in (or up).
    if (INVITATION_PATHS.includes(pathname) && search) sessionStorage.setItem(RETURN_KEY, `${pathname}${search}`);
    return (
      <Suspense fallback={signInFallback}>
        <Routes>
          <Route path="sign-in" element={<SignInPage />} />
          <Route path="sign-up" element={<SignUpPage />} />
          <Route path="reset-password" element={<ResetPasswordPage />} />
          <Route path="*" element={<Navigate to="/sign-in" replace />} />
        </Routes>
      </Suspense>
    );
  }
  if (pathname === '/sign-in' || pathname === '/sign-up' || (pathname === '/reset-password' && !search.includes('token'))) {
    // Read, not removed here (this may render more than once before navigating); the page it leads to forgets it.
    const back = sessionStorage.getItem(RETURN_KEY);
    return <Navigate to={isInvitationReturn(back) ? back : '/'} replace />;
  }
  if (pathname === '/reset-password') {
    return (
      <Suspense fallback={signInFallback}>
        <ResetPasswordPage />
      </Suspense>
    );
  }
  return <>{children}</>;
}
