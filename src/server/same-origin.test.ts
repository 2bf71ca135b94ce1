import { describe, expect, it } from 'vitest';
import { mayChangeData, type RequestFacts } from './same-origin.js';

const own = 'http://127.0.0.1:5757';
const local = { allowWithoutBrowserHeaders: true };
const strict = { allowWithoutBrowserHeaders: false, trustedOrigins: ['https://debrief.example.org'] };

const request = (facts: Partial<RequestFacts>): RequestFacts => ({ method: 'POST', ownOrigin: own, origin: undefined, fetchSite: undefined, ...facts });

describe('mayChangeData', () => {
  it.each([
    ['a read from anywhere', request({ method: 'GET', origin: 'http://evil.example', fetchSite: 'cross-site' }), local, true],
    ['a page of Debrief', request({ origin: own, fetchSite: 'same-origin' }), local, true],
    ['an address typed in the browser', request({ fetchSite: 'none' }), local, true],
    ['another site', request({ origin: 'http://evil.example', fetchSite: 'cross-site' }), local, false],
    ['another port of this computer', request({ origin: 'http://127.0.0.1:3000', fetchSite: 'same-site' }), local, false],
    ['another site, older browser (Origin only)', request({ method: 'DELETE', origin: 'http://evil.example' }), local, false],
    ['a sandboxed frame or file page', request({ method: 'PUT', origin: 'null' }), local, false],
    ['Debrief, older browser', request({ method: 'PATCH', origin: own }), local, true],
    ['the CLI or curl in local mode', request({}), local, true],
    ['a program when the server asks for browser headers', request({}), strict, false],
    ['a trusted public origin behind a proxy', request({ origin: 'https://debrief.example.org' }), strict, true],
    ['Sec-Fetch-Site decides over a matching Origin', request({ origin: own, fetchSite: 'cross-site' }), local, false],
  ])('%s', (_name, facts, options, expected) => {
    expect(mayChangeData(facts, options)).toBe(expected);
  });
});
