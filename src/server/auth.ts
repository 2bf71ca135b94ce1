import { betterAuth } from 'better-auth';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { admin } from 'better-auth/plugins';
import { type Kysely } from 'kysely';
import { dialectOf } from '../db/dialect.js';
import type { DB } from '../db/schema.js';
import type { HostedConfig } from '../domain/hosting/config.js';
import { newId } from '../domain/ids.js';
import {
  checkSignup,
  deliverAccountLink,
  forgetAccountLinks,
  roleForNewAccount,
  startOwnerRecord,
  useInvitation,
} from '../services/accounts.service.js';
import { isServiceError } from '../services/errors.js';
import type { Mailer } from '../services/mailer.js';

/**
 * better-auth for hosted mode (docs/decisions/0020-hosted-accounts.md), mounted at /api/auth:
 * email and password (scrypt), sessions in PostgreSQL, limits on sign-in and reset shared by
 * every app server, and the sign-up policy checked before an address is looked up.
 */
export interface AuthOptions {
  db: Kysely<DB>;
  config: HostedConfig;
  secret: string;
  mailer: Mailer | null;
  now?: () => Date;
}

export const MIN_PASSWORD_LENGTH = 10;

function invitationOf(body: unknown): string | undefined {
  if (body && typeof body === 'object' && 'invitation' in body) {
    const value = (body as { invitation: unknown }).invitation;
    if (typeof value === 'string' && value.length > 0 && value.length < 200) return value;
  }
  return undefined;
}

function emailOf(body: unknown): string | undefined {
  if (body && typeof body === 'object' && 'email' in body) {
    const value = (body as { email: unknown }).email;
    if (typeof value === 'string' && value.length < 320) return value;
  }
  return undefined;
}

export function createAuth(options: AuthOptions) {
  const { db, config, mailer } = options;
  const now = options.now ?? (() => new Date());
  const withMail = mailer !== null;
  return betterAuth({
    appName: 'Debrief',
    baseURL: config.publicUrl,
    basePath: '/api/auth',
    secret: options.secret,
    // Hosted mode runs on PostgreSQL; the isolation test also drives the same app over SQLite.
    database: { db, type: dialectOf(db) },
    trustedOrigins: [new URL(config.publicUrl).origin],
    user: { modelName: 'auth_user' },
    session: { modelName: 'auth_session', expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    account: { modelName: 'auth_account' },
    verification: { modelName: 'auth_verification' },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 256,
      // Never signs in on sign-up: the answer is the same whether the address was new or not.
      autoSignIn: false,
      requireEmailVerification: withMail,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user, token }) => {
        const url = `${config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
        await deliverAccountLink(db, mailer, { userId: user.id, email: user.email, kind: 'reset', url, now: now() });
      },
      onPasswordReset: async ({ user }) => {
        await forgetAccountLinks(db, user.id, 'reset');
      },
    },
    emailVerification: {
      sendOnSignUp: withMail,
      autoSignInAfterVerification: false,
      expiresIn: 60 * 60 * 24,
      sendVerificationEmail: async ({ user, url }) => {
        await deliverAccountLink(db, mailer, { userId: user.id, email: user.email, kind: 'verify', url, now: now() });
      },
      afterEmailVerification: async (user) => {
        await forgetAccountLinks(db, user.id, 'verify');
      },
    },
    rateLimit: {
      enabled: true,
      storage: 'database',
      modelName: 'auth_rate_limit',
      window: 60,
      max: 120,
      customRules: {
        '/sign-in/email': { window: 60, max: 5 },
        '/sign-up/email': { window: 60, max: 5 },
        '/request-password-reset': { window: 300, max: 3 },
        '/reset-password': { window: 300, max: 5 },
        '/send-verification-email': { window: 300, max: 3 },
      },
    },
    advanced: {
      useSecureCookies: config.secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure: config.secure },
      ipAddress: { ipAddressHeaders: config.ipHeaders },
      database: { generateId: () => newId() },
    },
    plugins: [admin({ defaultRole: 'user', adminRoles: ['admin'] })],
    hooks: {
      // The policy is checked before better-auth looks the address up, so that its answer
      // says nothing about which addresses have accounts.
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== '/sign-up/email') return;
        const check = await checkSignup(db, config.signup, invitationOf(ctx.body), now(), emailOf(ctx.body));
        if (!check.ok) throw new APIError('FORBIDDEN', { message: check.message, code: 'SIGNUP_NOT_ALLOWED' });
      }),
    },
    databaseHooks: {
      user: {
        create: {
          before: async (user, ctx) => {
            const role = await roleForNewAccount(db);
            if (ctx?.path === '/sign-up/email') {
              const check = await checkSignup(db, config.signup, invitationOf(ctx.body), now(), user.email);
              if (!check.ok) throw new APIError('FORBIDDEN', { message: check.message, code: 'SIGNUP_NOT_ALLOWED' });
              if (check.invitationHash) {
                try {
                  await useInvitation(db, check.invitationHash, user.email, now());
                } catch (e) {
                  if (isServiceError(e)) throw new APIError('FORBIDDEN', { message: e.message, code: 'SIGNUP_NOT_ALLOWED' });
                  throw e;
                }
              }
            }
            // The role never comes from the request: the first account administers, the others use.
            return { data: { ...user, role } };
          },
          after: async (user) => {
            await startOwnerRecord(db, { id: user.id, email: user.email, name: user.name }, now());
          },
        },
      },
    },
  });
}

export type DebriefAuth = ReturnType<typeof createAuth>;
