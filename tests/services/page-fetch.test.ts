import type { lookup as systemLookup } from 'node:dns';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, isPrivateAddress } from '../../src/services/page-fetch.js';

/**
 * The server reads a job posting's link for the user (capture). Whatever the link, and wherever it
 * redirects, it must never reach this machine, a private network, link-local addresses or a cloud
 * metadata service: in hosted mode that would let one user read the insides of the deployment.
 * Only a server started here is used; names are resolved by a stand-in resolver, never the network.
 */

/** A resolver that knows a few names, as a hostile DNS zone might answer them. */
const NAMES: Record<string, string[]> = {
  'jobs.example.test': ['93.184.216.34'],
  'intranet.example.test': ['10.0.0.7'],
  'metadata.example.test': ['169.254.169.254'],
  'mixed.example.test': ['93.184.216.34', '127.0.0.1'],
  'mapped.example.test': ['::ffff:127.0.0.1'],
  'v6-local.example.test': ['fd00::5'],
};
const fakeResolve = ((hostname: string, options: unknown, callback: (err: Error | null, addresses: { address: string; family: number }[]) => void) => {
  const found = NAMES[hostname];
  if (!found) return callback(Object.assign(new Error(`no such name ${hostname}`), { code: 'ENOTFOUND' }), []);
  callback(null, found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
}) as unknown as typeof systemLookup;

describe('reading a job page from the server: never a private address', () => {
  let server: Server;
  let host = '';
  const hits: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      const port = (server.address() as AddressInfo).port;
      const to = (location: string) => res.writeHead(302, { location }).end();
      switch (req.url) {
        case '/job':
          return res.writeHead(200, { 'content-type': 'text/html' }).end('<title>Data Analyst - Larkspur Labs</title>');
        case '/to-localhost':
          return to(`http://localhost:${port}/job`);
        case '/to-loopback-number':
          return to('http://2130706433/job');
        case '/to-mapped':
          return to(`http://[::ffff:127.0.0.1]:${port}/job`);
        case '/to-metadata':
          return to('http://169.254.169.254/latest/meta-data/');
        case '/to-private-name':
          return to(`http://intranet.example.test:${port}/job`);
        case '/to-file':
          return to('file:///etc/passwd');
        case '/to-other-port':
          return to('http://127.0.0.1:1/job');
        case '/to-job':
          return to('/job');
        default:
          return res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('knows which addresses are private, in every spelling', () => {
    const privateOnes = [
      '127.0.0.1', '127.8.9.10', '0.0.0.0', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '100.64.0.1', '169.254.169.254',
      '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fd12:3456::1', 'fc00::1', 'fec0::1', 'ff02::1',
      '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe', '::ffff:10.0.0.1', '::7f00:1', '64:ff9b::a9fe:a9fe', '2002:7f00:1::1',
      'not-an-address',
    ];
    expect(privateOnes.filter((a) => !isPrivateAddress(a))).toEqual([]);
    expect(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111', '::ffff:93.184.216.34'].filter(isPrivateAddress)).toEqual([]);
  });

  it('refuses links to this machine, private networks and metadata services, however they are written', async () => {
    const links = [
      'http://127.0.0.1/', 'http://127.1/', 'http://0x7f000001/', 'http://2130706433/', 'http://017700000001/', 'http://0/',
      'http://localhost/', 'http://localhost./', 'http://app.localhost/', 'http://[::1]/', 'http://[::]/', 'http://[::ffff:127.0.0.1]/',
      'http://[::ffff:a9fe:a9fe]/', 'http://[fe80::1]/', 'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.1/', 'http://192.168.0.1:8080/',
      'https://172.20.0.2/', 'http://100.100.100.200/',
    ];
    for (const link of links) {
      await expect(fetchPage(link, { resolve: fakeResolve, timeoutMs: 1000 }), link).rejects.toMatchObject({ code: 'validation' });
    }
    for (const link of ['file:///etc/passwd', 'ftp://jobs.example.test/', 'gopher://127.0.0.1/', 'javascript:alert(1)', 'data:text/html,hi', 'not a link']) {
      await expect(fetchPage(link, { resolve: fakeResolve }), link).rejects.toMatchObject({ code: 'validation' });
    }
  });

  it('refuses names that resolve to a private address (any one of them), before connecting', async () => {
    for (const name of ['intranet.example.test', 'metadata.example.test', 'mixed.example.test', 'mapped.example.test', 'v6-local.example.test']) {
      await expect(fetchPage(`http://${name}/job`, { resolve: fakeResolve, timeoutMs: 1000 }), name).rejects.toMatchObject({
        code: 'validation',
        message: expect.stringContaining('private network'),
      });
    }
  });

  it('checks every redirect again, so a public page cannot send the server inside', async () => {
    const options = { trustedHosts: [host], resolve: fakeResolve, timeoutMs: 2000 };
    // The server the test trusts answers directly and through a redirect to itself.
    expect((await fetchPage(`http://${host}/to-job`, options)).html).toContain('Larkspur Labs');
    hits.length = 0;
    for (const path of ['/to-localhost', '/to-loopback-number', '/to-mapped', '/to-metadata', '/to-private-name', '/to-file', '/to-other-port']) {
      await expect(fetchPage(`http://${host}${path}`, options), path).rejects.toMatchObject({ code: 'validation' });
    }
    // Each redirect was refused before its target was asked: only the first hops reached the server.
    expect(hits).toEqual(['/to-localhost', '/to-loopback-number', '/to-mapped', '/to-metadata', '/to-private-name', '/to-file', '/to-other-port']);
  });
});
