import { describe, expect, it } from 'vitest';
import { explainImapError, knownServer, syncStart, uidChunks, uidsToRead } from './imap.js';

describe('knownServer', () => {
  it.each([
    ['me@gmail.com', 'imap.gmail.com', 'Gmail'],
    ['Me@FastMail.com', 'imap.fastmail.com', 'Fastmail'],
    ['me@icloud.com', 'imap.mail.me.com', 'iCloud'],
    ['me@yahoo.co.uk', 'imap.mail.yahoo.com', 'Yahoo'],
  ])('finds the server of %s', (address, host, provider) => {
    expect(knownServer(address)).toMatchObject({ host, port: 993, tls: true, provider });
  });

  it('knows nothing of other domains or of text that is not an address', () => {
    expect(knownServer('me@example.org')).toBeUndefined();
    expect(knownServer('not an address')).toBeUndefined();
  });
});

describe('explainImapError', () => {
  const where = { host: 'imap.gmail.com', port: 993 };

  it('a refused sign-in at a known provider names its app passwords', () => {
    const e = explainImapError({ authenticationFailed: true, serverResponseCode: 'AUTHENTICATIONFAILED' }, where);
    expect(e.problem).toBe('auth');
    expect(e.message).toMatch(/Gmail needs an app password/);
  });

  it('a refused sign-in elsewhere mentions app passwords in general', () => {
    const e = explainImapError({ responseText: 'Authentication failed.' }, { host: 'mail.example.org', port: 993 });
    expect(e).toMatchObject({ problem: 'auth' });
    expect(e.message).toMatch(/app password/);
  });

  it.each([
    [{ code: 'ENOTFOUND' }, 'unreachable', /No mail server named/],
    [{ code: 'ECONNREFUSED' }, 'unreachable', /Could not reach imap\.gmail\.com:993/],
    [{ code: 'ETIMEDOUT' }, 'timeout', /did not answer in time/],
    [{ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, 'certificate', /could not be trusted/],
    [{ code: 'ERR_TLS_CERT_ALTNAME_INVALID' }, 'certificate', /could not be trusted/],
    [{ code: 'EPROTO', message: 'wrong version number' }, 'tls', /did not speak TLS/],
  ] as const)('%o is %s', (facts, problem, message) => {
    const e = explainImapError(facts, where);
    expect(e.problem).toBe(problem);
    expect(e.message).toMatch(message);
  });

  it('a missing folder is named', () => {
    const e = explainImapError({ serverResponseCode: 'NONEXISTENT', responseText: 'Mailbox does not exist' }, { ...where, folder: 'Jobs' });
    expect(e).toMatchObject({ problem: 'folder' });
    expect(e.message).toContain('"Jobs"');
  });

  it('other server answers are passed on, short and on one line', () => {
    const e = explainImapError({ responseText: 'Too many\nconnections '.repeat(50) }, where);
    expect(e.problem).toBe('server');
    expect(e.message).not.toContain('\n');
    expect(e.message.length).toBeLessThan(300);
  });
});

describe('sync positions', () => {
  it('reads only UIDs above the last one, once each, in order', () => {
    expect(uidsToRead([7, 5, 9, 9, 3], 5)).toEqual([7, 9]);
    // `6:*` on a folder whose newest UID is 5 returns 5: nothing to read.
    expect(uidsToRead([5], 5)).toEqual([]);
  });

  it('chunks keep order and size', () => {
    expect(uidChunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(uidChunks([], 2)).toEqual([]);
  });

  it('starts from the beginning the first time and when UIDVALIDITY changed', () => {
    expect(syncStart(undefined, '100')).toEqual({ lastUid: 0, reset: false });
    expect(syncStart({ uidValidity: '100', lastUid: '42' }, '100')).toEqual({ lastUid: 42, reset: false });
    expect(syncStart({ uidValidity: '100', lastUid: '42' }, '101')).toEqual({ lastUid: 0, reset: true });
  });
});
