import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { ServiceError } from './errors.js';

/**
 * Fetching a job posting's page from the server, safely: http and https only,
 * never to loopback, private, link-local or other special addresses (checked
 * on the address actually connected to, after DNS, and again on every
 * redirect), with a time limit and a size limit.
 */
export const FETCH_TIMEOUT_MS = 8000;
export const FETCH_MAX_BYTES = 3 * 1024 * 1024;
const MAX_REDIRECTS = 5;

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
  ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, prefix, 'ipv4');
// ::/96 holds the unspecified address, loopback and the old IPv4-compatible form (::7f00:1); IPv4-mapped
// addresses (::ffff:7f00:1) are checked against the IPv4 list by BlockList itself. 64:ff9b::/96 and 2002::/16
// carry an IPv4 address inside (NAT64, 6to4); fec0::/10 is the old site-local range.
for (const [net, prefix] of [
  ['::', 96], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['2002::', 16], ['2001:db8::', 32], ['100::', 64],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/** Whether an address is one a server must not be sent to by a user's URL. */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return blocked.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  /** Only for tests against a server they start on this machine. */
  allowPrivateAddresses?: boolean;
  /** Only for tests: hosts (`host:port`, as in the URL) read even though their address is private; every other one is checked. */
  trustedHosts?: readonly string[];
  /** Only for tests: how names become addresses (the system's resolver by default). */
  resolve?: typeof dnsLookup;
}

export interface FetchedPage {
  html: string;
  url: string;
}

const cannot = (why: string) =>
  new ServiceError('unavailable', `${why} Many job sites block automatic visits: open the posting in your browser and paste the page (or its text) instead.`);

function safeLookup(allowPrivate: boolean, resolve: typeof dnsLookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 4);
      const bad = addresses.find((a) => isPrivateAddress(a.address));
      if (bad && !allowPrivate) return callback(Object.assign(new Error(`refused address ${bad.address}`), { code: 'EPRIVATE' }), '', 4);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      return first ? callback(null, first.address, first.family) : callback(new Error('no address'), '', 4);
    });
  };
}

function checkUrl(raw: string, allowPrivateAddresses: boolean, trustedHosts: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ServiceError('validation', 'That is not a web address. Paste the full link, starting with https://.', { url: 'Not a web address' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ServiceError('validation', 'Only http and https links can be read.', { url: 'Only http and https links can be read' });
  }
  const allowPrivate = allowPrivateAddresses || trustedHosts.includes(url.host);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  if (!allowPrivate && (host === 'localhost' || host.endsWith('.localhost') || (isIP(host) !== 0 && isPrivateAddress(host)))) {
    throw new ServiceError('validation', 'Debrief does not read addresses on this computer or a private network.', { url: 'Private or local address' });
  }
  return url;
}

function getOnce(url: URL, opts: Required<FetchOptions>): Promise<{ status: number; location?: string; type: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.get(
      url,
      {
        lookup: safeLookup(opts.allowPrivateAddresses, opts.resolve),
        headers: { 'user-agent': 'Mozilla/5.0 (compatible; Debrief job capture)', accept: 'text/html,application/xhtml+xml,application/ld+json;q=0.9,*/*;q=0.5' },
        timeout: opts.timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > opts.maxBytes) {
            req.destroy();
            reject(cannot('That page is larger than Debrief reads (3 MB).'));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, type: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    const timer = setTimeout(() => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })), opts.timeoutMs);
    req.on('close', () => clearTimeout(timer));
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (e instanceof ServiceError) return reject(e);
      if (e.code === 'EPRIVATE') return reject(new ServiceError('validation', 'Debrief does not read addresses on this computer or a private network.', { url: 'Private or local address' }));
      if (e.code === 'ETIMEDOUT') return reject(cannot('The site took too long to answer.'));
      reject(cannot(`The site could not be reached (${e.code ?? e.message}).`));
    });
  });
}

export async function fetchPage(raw: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const opts: Required<FetchOptions> = { timeoutMs: FETCH_TIMEOUT_MS, maxBytes: FETCH_MAX_BYTES, allowPrivateAddresses: false, trustedHosts: [], resolve: dnsLookup, ...options };
  let url = checkUrl(raw, opts.allowPrivateAddresses, opts.trustedHosts);
  for (let i = 0; i <= MAX_REDIRECTS; i++) {
    const res = await getOnce(url, opts);
    if (res.status >= 300 && res.status < 400 && res.location) {
      url = checkUrl(new URL(res.location, url).toString(), opts.allowPrivateAddresses, opts.trustedHosts);
      continue;
    }
    if (res.status === 401 || res.status === 403 || res.status === 429 || res.status === 999) throw cannot(`The site refused to show the page to Debrief (${res.status}).`);
    if (res.status >= 400) throw cannot(`The site answered with an error (${res.status}).`);
    if (!/html|xml|json|text\/plain/i.test(res.type) && res.type !== '') throw cannot('That link is not a web page.');
    const charset = /charset=([\w-]+)/i.exec(res.type)?.[1] ?? 'utf-8';
    let html: string;
    try {
      html = new TextDecoder(charset).decode(res.body);
    } catch {
      html = new TextDecoder('utf-8').decode(res.body);
    }
    return { html, url: url.toString() };
  }
  throw cannot('The link redirects too many times.');
}
