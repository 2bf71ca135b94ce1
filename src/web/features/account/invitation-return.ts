/** Where to come back to after signing in or up, when an invitation link was opened signed out. */
export const RETURN_KEY = 'debrief.after-sign-in';

/** Invitation links opened while signed out: a coach's (/coach/accept) and an organisation's (/org/join). */
export const INVITATION_PATHS = ['/coach/accept', '/org/join'];
export const isInvitationReturn = (path: string | null): path is string => path !== null && INVITATION_PATHS.some((p) => path.startsWith(`${p}?`));

/** The invitation token of the link being followed (signed out), if any: it lets its address create an account. */
export function pendingInvitationToken(): string | null {
  const back = sessionStorage.getItem(RETURN_KEY);
  if (!isInvitationReturn(back)) return null;
  return new URLSearchParams(back.slice(back.indexOf('?'))).get('token');
}
