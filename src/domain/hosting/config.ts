/**
 * Hosted mode's settings, read from the environment (docs/decisions/0020-hosted-accounts.md).
 * Pure: it takes the variables and returns the settings or the reasons they cannot be used.
 */
export type SignupPolicy = 'open' | 'invite' | 'closed';
export const SIGNUP_POLICIES: readonly SignupPolicy[] = ['open', 'invite', 'closed'];

export interface HostedConfig {
  databaseUrl: string;
  /** The address people use, e.g. https://debrief.example.org (no trailing slash). */
  publicUrl: string;
  /** Whether the public address is https: cookies are then marked Secure. */
  secure: boolean;
  signup: SignupPolicy;
  /** smtp://user:pass@host:587 or smtps://…; without it, links wait in the admin page. */
  smtpUrl: string | null;
  /** The sender of Debrief's mail. */
  mailFrom: string;
  /** The key that signs session cookies; when unset, one is made and kept in the database. */
  secret: string | null;
  /** Request headers that carry the visitor's address behind a reverse proxy. */
  ipHeaders: string[];
}

export type HostedConfigResult = { ok: true; config: HostedConfig } | { ok: false; problems: string[] };

export function isHostedMode(env: NodeJS.ProcessEnv, flag: boolean | undefined): boolean {
  return flag === true || env.DEBRIEF_MODE === 'hosted';
}

export function readHostedConfig(env: NodeJS.ProcessEnv): HostedConfigResult {
  const problems: string[] = [];
  const databaseUrl = env.DATABASE_URL ?? '';
  if (!databaseUrl) {
    problems.push('Hosted mode needs PostgreSQL: set DATABASE_URL=postgres://user:password@host:5432/database. SQLite serves local mode only.');
  } else if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push(`Hosted mode needs PostgreSQL, and DATABASE_URL does not name one (it must start with postgres://). SQLite serves local mode only.`);
  }

  let publicUrl = '';
  let secure = false;
  const rawPublic = env.PUBLIC_URL ?? '';
  if (!rawPublic) {
    problems.push('Set PUBLIC_URL to the address people open, e.g. PUBLIC_URL=https://debrief.example.org (it is used for cookies and for links in mail).');
  } else {
    try {
      const u = new URL(rawPublic);
      if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('scheme');
      publicUrl = `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
      secure = u.protocol === 'https:';
    } catch {
      problems.push(`PUBLIC_URL "${rawPublic}" is not an http:// or https:// address.`);
    }
  }

  const rawSignup = (env.DEBRIEF_SIGNUP ?? 'invite').trim().toLowerCase();
  const signup = SIGNUP_POLICIES.find((p) => p === rawSignup);
  if (!signup) problems.push(`DEBRIEF_SIGNUP must be open, invite or closed (got "${env.DEBRIEF_SIGNUP}").`);

  const smtpUrl = env.SMTP_URL?.trim() ? env.SMTP_URL.trim() : null;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) problems.push('SMTP_URL must start with smtp:// or smtps://.');

  const secret = env.DEBRIEF_SECRET?.trim() ? env.DEBRIEF_SECRET.trim() : null;
  if (secret !== null && secret.length < 32) problems.push('DEBRIEF_SECRET must be at least 32 characters long (or leave it unset to let Debrief keep one in the database).');

  let mailFrom = env.MAIL_FROM?.trim() ?? '';
  if (!mailFrom) {
    let host = 'localhost';
    try {
      host = new URL(rawPublic).hostname || host;
    } catch {
      // reported above
    }
    mailFrom = `Debrief <debrief@${host}>`;
  }

  const ipHeaders = (env.TRUSTED_IP_HEADER ?? 'x-forwarded-for')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);

  if (problems.length > 0 || !signup) return { ok: false, problems };
  return { ok: true, config: { databaseUrl, publicUrl, secure, signup, smtpUrl, mailFrom, secret, ipHeaders } };
}
