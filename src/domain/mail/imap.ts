/**
 * Reading a mailbox over IMAP, the pure parts: where the common providers
 * keep their IMAP servers, what a connection problem means for the person
 * (docs/decisions/0013-imap-sync.md), and which UIDs a sync still has to read.
 */

export interface ImapServer {
  host: string;
  port: number;
  tls: boolean;
  /** The provider, when known: it decides the advice about app passwords. */
  provider?: string;
  /** Where the provider explains its app passwords, in words (no links to keep current). */
  appPasswordHint?: string;
}

const PROVIDERS: { domains: string[]; host: string; provider: string; hint: string }[] = [
  { domains: ['gmail.com', 'googlemail.com'], host: 'imap.gmail.com', provider: 'Gmail', hint: 'Google Account → Security → 2-Step Verification → App passwords' },
  { domains: ['fastmail.com', 'fastmail.fm', 'fastmail.org'], host: 'imap.fastmail.com', provider: 'Fastmail', hint: 'Settings → Privacy & Security → Connected apps & API tokens → New app password' },
  { domains: ['icloud.com', 'me.com', 'mac.com'], host: 'imap.mail.me.com', provider: 'iCloud', hint: 'appleid.apple.com → Sign-In and Security → App-Specific Passwords' },
  { domains: ['yahoo.com', 'yahoo.co.uk', 'ymail.com'], host: 'imap.mail.yahoo.com', provider: 'Yahoo', hint: 'Account Info → Account Security → Generate app password' },
  { domains: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com'], host: 'outlook.office365.com', provider: 'Outlook.com', hint: 'Microsoft account → Security → Advanced security options → App passwords' },
  { domains: ['aol.com'], host: 'imap.aol.com', provider: 'AOL', hint: 'Account Security → Generate app password' },
  { domains: ['zoho.com', 'zohomail.com'], host: 'imap.zoho.com', provider: 'Zoho Mail', hint: 'My Account → Security → App Passwords' },
  { domains: ['proton.me', 'protonmail.com'], host: '127.0.0.1', provider: 'Proton Mail', hint: 'Proton Mail Bridge shows the IMAP password to use' },
];

/** The IMAP server of a well-known provider, from an address (`me@gmail.com`); undefined for others. */
export function knownServer(address: string): ImapServer | undefined {
  const domain = address.trim().toLowerCase().split('@')[1];
  if (!domain) return undefined;
  const known = PROVIDERS.find((p) => p.domains.includes(domain));
  if (!known) return undefined;
  const bridge = known.provider === 'Proton Mail';
  return { host: known.host, port: bridge ? 1143 : 993, tls: !bridge, provider: known.provider, appPasswordHint: known.hint };
}

/** The provider whose server this is, by host name (for advice after a refused sign-in). */
export function providerOfHost(host: string): ImapServer | undefined {
  const h = host.trim().toLowerCase();
  const known = PROVIDERS.find((p) => p.host === h);
  return known ? { host: known.host, port: 993, tls: true, provider: known.provider, appPasswordHint: known.hint } : undefined;
}

export type ImapProblem = 'auth' | 'unreachable' | 'timeout' | 'certificate' | 'tls' | 'folder' | 'server';

/** What an error from the connection says, read from its codes and flags (imapflow and Node's net/tls errors). */
export interface ConnectionErrorFacts {
  code?: string;
  message?: string;
  authenticationFailed?: boolean;
  serverResponseCode?: string;
  responseText?: string;
}

export interface ExplainedProblem {
  problem: ImapProblem;
  /** A sentence a person can act on. Never contains the password. */
  message: string;
}

const CERT_CODES = new Set([
  'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'ERR_TLS_CERT_ALTNAME_INVALID', 'CERT_UNTRUSTED', 'CERT_REVOKED',
]);

/** Turns a connection failure into the advice a person needs; `folder` names the folder being opened, if any. */
export function explainImapError(facts: ConnectionErrorFacts, where: { host: string; port: number; folder?: string }): ExplainedProblem {
  const code = facts.code ?? '';
  const server = `${where.host}:${where.port}`;
  if (facts.authenticationFailed || facts.serverResponseCode === 'AUTHENTICATIONFAILED' || /authenticat|login failed|invalid credentials/i.test(facts.responseText ?? '')) {
    const provider = providerOfHost(where.host);
    const advice = provider
      ? `${provider.provider} needs an app password here, not your usual password (${provider.appPasswordHint}).`
      : 'Many providers (Gmail, iCloud, Yahoo, Fastmail, Outlook.com) need an app password here rather than your usual password.';
    return { problem: 'auth', message: `The mail server refused the user name or password. ${advice}` };
  }
  if (CERT_CODES.has(code) || /certificate/i.test(facts.message ?? '')) {
    return {
      problem: 'certificate',
      message: `The certificate of ${server} could not be trusted (${code || 'certificate problem'}). Check the server name, or ask your provider; Debrief does not connect to a server it cannot verify.`,
    };
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return { problem: 'unreachable', message: `No mail server named "${where.host}" was found. Check the server name (for Gmail it is imap.gmail.com).` };
  }
  if (code === 'ECONNREFUSED' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'ECONNRESET' || code === 'EPIPE') {
    return { problem: 'unreachable', message: `Could not reach ${server}. Check the server name and port (IMAP over TLS is usually 993), and your network.` };
  }
  if (code === 'ETIMEDOUT' || code === 'ETIMEOUT' || code === 'CONNECT_TIMEOUT' || code === 'GREETING_TIMEOUT' || /timed? ?out/i.test(facts.message ?? '')) {
    return { problem: 'timeout', message: `${server} did not answer in time. Check the server name and port, or try again later.` };
  }
  if (/wrong version number|packet length too long|ssl routines|EPROTO/i.test(`${code} ${facts.message ?? ''}`)) {
    return { problem: 'tls', message: `${server} did not speak TLS as expected. Port 993 uses TLS from the start; for port 143 turn TLS off (STARTTLS is used when the server offers it).` };
  }
  if (where.folder && (facts.serverResponseCode === 'NONEXISTENT' || /mailbox doesn't exist|not exist|unknown mailbox/i.test(facts.responseText ?? facts.message ?? ''))) {
    return { problem: 'folder', message: `The folder "${where.folder}" does not exist on ${where.host}. Choose one of the folders the server lists.` };
  }
  const detail = (facts.responseText || facts.message || code || 'unknown error').replace(/\s+/g, ' ').slice(0, 200);
  return { problem: 'server', message: `The mail server ${server} answered with an error: ${detail}` };
}

/** UIDs above the last one read, in order: an IMAP `N:*` search also returns the newest message when it is below N. */
export function uidsToRead(found: readonly number[], lastUid: number): number[] {
  return [...new Set(found)].filter((uid) => uid > lastUid).sort((a, b) => a - b);
}

/** Splits a list of UIDs into chunks read and recorded together, so an interrupted sync resumes where it stopped. */
export function uidChunks(uids: readonly number[], size: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < uids.length; i += size) out.push(uids.slice(i, i + size));
  return out;
}

/**
 * Where a folder's sync starts: from the last UID read, unless the server's
 * UIDVALIDITY changed (the folder was rebuilt, UIDs mean something else), when
 * it starts again from the beginning; messages seen before are then recognised
 * by their Message-ID and not proposed twice.
 */
export function syncStart(stored: { uidValidity: string; lastUid: string } | undefined, serverUidValidity: string): { lastUid: number; reset: boolean } {
  if (!stored) return { lastUid: 0, reset: false };
  if (stored.uidValidity !== serverUidValidity) return { lastUid: 0, reset: true };
  const last = Number(stored.lastUid);
  return { lastUid: Number.isFinite(last) && last >= 0 ? last : 0, reset: false };
}
