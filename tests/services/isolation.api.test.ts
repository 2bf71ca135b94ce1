import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { exportOwnedRows, findAccount } from '../../src/db/repos/accounts.repo.js';
import { PUBLIC_API_PATHS } from '../../src/server/session.js';
import { freshDatabase, testDialects } from '../support/databases.js';
import { hostedTestApp, type HostedTestApp, type RequestOptions } from '../support/hosted.js';
import { buildEmail, SAMPLE_TEXTS, toMbox } from '../support/mail.js';

/**
 * Isolation, proved for every route of the OpenAPI document (docs/decisions/0020-hosted-accounts.md):
 * user A has data; user B calls each route with A's ids and must get 404, and B's own lists must
 * hold nothing of A's. Afterwards A's rows are exactly as they were. A route missing from COVERAGE
 * fails the test: a new route is added here with one line.
 */

/** A's ids, by what they name. */
interface Ids {
  account: string;
  application: string;
  company: string;
  event: string;
  note: string;
  journal: string;
  question: string;
  proposal: string;
  invitation: string;
  organisation: string;
  cohort: string;
  orgMember: string;
  orgInvitation: string;
}

type Params = (a: Ids) => Record<string, string>;
interface Probe {
  /** theirs: called with A's ids, must answer 404. mine: B's own data, must hold nothing of A's. */
  kind: 'theirs' | 'mine';
  params?: Params;
  /** A value, or made from A's ids (a body that names A's organisation). */
  body?: unknown;
  raw?: RequestOptions['raw'];
  query?: string | ((a: Ids) => string);
}

/** B acts on A's ids: every answer is 404. */
const theirs = (params: Params, body?: unknown, query?: string | ((a: Ids) => string)): Probe => ({ kind: 'theirs', params, body, ...(query ? { query } : {}) });
/** B acts on its own data (lists, creations): never an error of ours, never one of A's ids in the answer. */
const mine = (body?: unknown, extra: Partial<Probe> = {}): Probe => ({ kind: 'mine', body, ...extra });
/** A route only administrators have: for B (not one) it is not there. */
const adminOnly = (params?: Params, body?: unknown): Probe => ({ kind: 'theirs', ...(params ? { params } : {}), body });

const app = (a: Ids) => ({ id: a.application });
const organisation = (a: Ids) => ({ id: a.organisation });
const cohort = (a: Ids) => ({ id: a.cohort });
const MAILBOX = toMbox([
  buildEmail({ from: 'talent@larkspurlabs.com', fromName: 'Larkspur Labs Talent', subject: 'Your application for Data Analyst', body: SAMPLE_TEXTS.rejection('Larkspur Labs', 'Data Analyst'), messageId: 'iso-1', date: '2026-11-12T09:00:00Z' }),
]);

const COVERAGE: Record<string, Probe> = {
  'GET /api/session': mine(),
  'GET /api/account/export': mine(),
  'DELETE /api/account': mine({ email: 'a@example.org' }), // B's own account, refused: the address is A's
  'GET /api/admin/accounts': adminOnly(),
  'POST /api/admin/accounts/{id}/disable': adminOnly((a) => ({ id: a.account })),
  'POST /api/admin/accounts/{id}/enable': adminOnly((a) => ({ id: a.account })),
  'DELETE /api/admin/accounts/{id}': adminOnly((a) => ({ id: a.account })),
  'GET /api/admin/invitations': adminOnly(),
  'POST /api/admin/invitations': adminOnly(undefined, {}),
  'DELETE /api/admin/invitations/{id}': adminOnly((a) => ({ id: a.invitation })),
  'GET /api/admin/links': adminOnly(),
  'GET /api/applications': mine(),
  'POST /api/applications': mine({ company: 'Larkspur Labs', title: 'Data Analyst', date: '2026-11-01' }),
  'GET /api/applications/{id}': theirs(app),
  'PATCH /api/applications/{id}': theirs(app, { version: 1, title: 'Taken over' }),
  'DELETE /api/applications/{id}': theirs(app),
  'POST /api/applications/{id}/restore': theirs(app),
  'POST /api/applications/{id}/events': theirs(app, { stage: 'interview', occurredOn: '2026-11-15' }),
  'DELETE /api/applications/{id}/events/{eventId}': theirs((a) => ({ id: a.application, eventId: a.event })),
  'POST /api/applications/{id}/ghosted': theirs(app, {}),
  'POST /api/applications/{id}/notes': theirs(app, { body: 'Not yours' }),
  'DELETE /api/notes/{id}': theirs((a) => ({ id: a.note })),
  'GET /api/board': mine(),
  'GET /api/tags': mine(),
  'GET /api/companies': mine(),
  'POST /api/companies': mine({ name: 'Larkspur Labs' }),
  'GET /api/companies/{id}': theirs((a) => ({ id: a.company })),
  'PATCH /api/companies/{id}': theirs((a) => ({ id: a.company }), { notes: 'Not yours' }),
  'DELETE /api/companies/{id}': theirs((a) => ({ id: a.company })),
  'GET /api/settings': mine(),
  'PATCH /api/settings': mine({ yourName: 'Bea' }),
  'GET /api/demo': mine(),
  'POST /api/demo': mine(),
  'DELETE /api/demo': mine(),
  'GET /api/insights': mine(),
  'GET /api/insights/applications': mine(undefined, { query: 'segment=source&value=referral' }),
  'POST /api/applications/{id}/rejection': theirs(app, { date: '2026-11-16' }),
  'GET /api/applications/{id}/debrief': theirs(app),
  'PUT /api/applications/{id}/debrief/checkin': theirs(app, { mood: 3 }),
  'PUT /api/applications/{id}/debrief/message': theirs(app, { message: 'Not yours' }),
  'PUT /api/applications/{id}/debrief/feedback-request': theirs(app, { recipient: 'recruiter', tone: 'warm' }),
  'GET /api/applications/{id}/debrief/feedback-request/draft': theirs(app),
  'GET /api/applications/{id}/debrief/feedback-request/draft.eml': theirs(app),
  'POST /api/applications/{id}/debrief/feedback-request/sent': theirs(app, {}),
  'POST /api/applications/{id}/debrief/feedback-request/outcome': theirs(app, { status: 'declined' }),
  'GET /api/applications/{id}/debrief/feedback-request/follow-up': theirs(app),
  'PUT /api/applications/{id}/debrief/reflection': theirs(app, { answers: [] }),
  'PUT /api/applications/{id}/debrief/lessons': theirs(app, { themes: [] }),
  'POST /api/applications/{id}/debrief/skip': theirs(app, { step: 'checkin' }),
  'GET /api/debriefs': mine(),
  'GET /api/journal': mine(),
  'POST /api/journal': mine({ mood: 4 }),
  'DELETE /api/journal/{id}': theirs((a) => ({ id: a.journal })),
  'GET /api/themes': mine(),
  'POST /api/themes': mine({ label: 'Portfolio' }),
  'POST /api/themes/suggest': mine({ text: 'They wanted more SQL experience.' }),
  'GET /api/question-bank': mine(),
  'PATCH /api/question-bank/{id}': theirs((a) => ({ id: a.question }), { notes: 'Not yours' }),
  'POST /api/question-bank/{id}/practice': theirs((a) => ({ id: a.question }), {}),
  'POST /api/reader/parse': mine({ text: SAMPLE_TEXTS.rejection('Larkspur Labs', 'Data Analyst') }),
  'POST /api/reader/prefill': mine({ text: SAMPLE_TEXTS.rejection('Larkspur Labs', 'Data Analyst') }),
  'POST /api/mail/import': mine(undefined, { raw: { body: MAILBOX, type: 'application/mbox' } }),
  'GET /api/mail/proposals': mine(),
  'POST /api/mail/proposals/{id}/accept': theirs((a) => ({ id: a.proposal }), {}),
  'POST /api/mail/proposals/{id}/dismiss': theirs((a) => ({ id: a.proposal })),
  'GET /api/mail/account': mine(),
  'PUT /api/mail/account': mine({ user: 'bea@example.org', password: 'x', host: '127.0.0.1', port: 1, tls: false, folders: ['INBOX'] }),
  'PATCH /api/mail/account': mine({ syncEveryMinutes: 30 }),
  'DELETE /api/mail/account': mine(),
  'POST /api/mail/account/sync': mine(),
  'GET /api/practice': mine(),
  'POST /api/practice/{id}/rate': theirs((a) => ({ id: a.question }), { rating: 'good', reps: 0 }),
  // Organisations: B is in none of A's, so each of A's organisation ids answers 404.
  'GET /api/org': mine(),
  'POST /api/org': mine({ name: 'Elsewhere Academy' }),
  'POST /api/org/join/preview': mine({ token: 'not-a-real-invitation-token' }),
  'POST /api/org/join': mine({ token: 'not-a-real-invitation-token' }),
  'PATCH /api/org/memberships/{id}': theirs((a) => ({ id: a.orgMember }), { countInAggregates: false }),
  'DELETE /api/org/memberships/{id}': theirs((a) => ({ id: a.orgMember })),
  'GET /api/org/cohorts/compare': theirs(() => ({}), undefined, (a) => `a=${a.cohort}&b=${a.cohort}`),
  'POST /api/org/cohorts': theirs(() => ({}), (a: Ids) => ({ organisationId: a.organisation, name: 'Taken over' })),
  'GET /api/org/cohorts/{id}': theirs(cohort),
  'PATCH /api/org/cohorts/{id}': theirs(cohort, { name: 'Taken over' }),
  'DELETE /api/org/cohorts/{id}': theirs(cohort),
  'PUT /api/org/cohorts/{id}/coaches/{memberId}': theirs((a) => ({ id: a.cohort, memberId: a.orgMember })),
  'DELETE /api/org/cohorts/{id}/coaches/{memberId}': theirs((a) => ({ id: a.cohort, memberId: a.orgMember })),
  'GET /api/org/cohorts/{id}/insights': theirs(cohort),
  'GET /api/org/{id}': theirs(organisation),
  'GET /api/org/{id}/members': theirs(organisation),
  'PATCH /api/org/{id}/members/{memberId}': theirs((a) => ({ id: a.organisation, memberId: a.orgMember }), { status: 'placed' }),
  'DELETE /api/org/{id}/members/{memberId}': theirs((a) => ({ id: a.organisation, memberId: a.orgMember })),
  'GET /api/org/{id}/invitations': theirs(organisation),
  'POST /api/org/{id}/invitations': theirs(organisation, {}),
  'POST /api/org/{id}/invitations/csv': theirs(organisation, { csv: 'someone@example.org' }),
  'DELETE /api/org/{id}/invitations/{invitationId}': theirs((a) => ({ id: a.organisation, invitationId: a.orgInvitation })),
  'GET /api/org/{id}/insights': theirs(organisation),
  'GET /api/org/{id}/employers': theirs(organisation),
  'GET /api/org/{id}/outcomes': theirs(organisation),
  'GET /api/org/{id}/outcomes.csv': theirs(organisation),
};

interface Operation {
  key: string;
  method: string;
  path: string;
}

async function operations(h: HostedTestApp, cookie: string): Promise<Operation[]> {
  const doc = (await (await h.request('GET', '/api/openapi.json', { cookie })).json()) as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((m) => ({ key: `${m.toUpperCase()} ${path}`, method: m.toUpperCase(), path })),
  );
}

function fill(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for {${name}} in ${path}`);
    return encodeURIComponent(value);
  });
}

const onPostgres = testDialects().includes('postgres');

describe.runIf(onPostgres)('isolation between accounts, route by route (PostgreSQL)', () => {
  let database: Database;
  let h: HostedTestApp;
  let a: { cookie: string; id: string };
  let b: { cookie: string; id: string };
  let ids: Ids;
  let ops: Operation[];

  // Rows in a stable order (the export reads tables without ORDER BY: heap order may move).
  const snapshotOfA = async (): Promise<string> => {
    const rows = await exportOwnedRows(database.db, a.id);
    const sorted = Object.fromEntries(Object.entries(rows).map(([t, list]) => [t, list.map((r) => JSON.stringify(r)).sort()]));
    return JSON.stringify({ account: await findAccount(database.db, a.id), rows: sorted });
  };

  beforeAll(async () => {
    database = await freshDatabase('postgres');
    h = await hostedTestApp(database, { now: () => new Date('2026-11-20T10:00:00Z') });
    a = await h.account('a@example.org');
    b = await h.account('b@example.org');
    // A's search: the sample, a journal entry, a mailbox read, an invitation.
    expect((await h.request('POST', '/api/demo', { cookie: a.cookie })).status).toBe(201);
    expect((await h.request('POST', '/api/journal', { cookie: a.cookie, body: { mood: 2, note: 'A hard day' } })).status).toBe(201);
    const someApplication = (await database.db.selectFrom('applications').select('id').where('owner_id', '=', a.id).executeTakeFirstOrThrow()).id;
    expect((await h.request('POST', `/api/applications/${someApplication}/notes`, { cookie: a.cookie, body: { body: 'Call back Monday' } })).status).toBe(201);
    // A message from a company A has not applied to yet: a proposal to review.
    const mailOfA = toMbox([
      buildEmail({ from: 'jobs@brightwave.io', subject: 'We received your application', body: SAMPLE_TEXTS.received('Brightwave', 'Platform Engineer'), messageId: 'iso-a', date: '2026-11-14T09:00:00Z' }),
    ]);
    const imported = await h.request('POST', '/api/mail/import', { cookie: a.cookie, raw: { body: mailOfA, type: 'application/mbox' } });
    expect(imported.status, await imported.clone().text()).toBe(200);
    expect((await h.request('POST', '/api/admin/invitations', { cookie: a.cookie, body: {} })).status).toBe(201);
    // A runs an organisation with a cohort and an open invitation.
    const org = (await (await h.request('POST', '/api/org', { cookie: a.cookie, body: { name: 'Northside Careers' } })).json()) as { id: string; me: { id: string } };
    const made = await h.request('POST', '/api/org/cohorts', { cookie: a.cookie, body: { organisationId: org.id, name: 'Autumn 2026' } });
    expect(made.status).toBe(201);
    const cohortOfA = ((await made.json()) as { id: string }).id;
    const orgInvitation = await h.request('POST', `/api/org/${org.id}/invitations`, { cookie: a.cookie, body: { cohortId: cohortOfA } });
    expect(orgInvitation.status).toBe(201);
    const rows = await exportOwnedRows(database.db, a.id);
    const first = (table: string): string => {
      const row = rows[table]?.[0];
      if (!row) throw new Error(`A has no ${table} to probe with`);
      return String(row.id);
    };
    ids = {
      account: a.id,
      application: first('applications'),
      company: first('companies'),
      event: first('stage_events'),
      note: first('application_notes'),
      journal: first('check_ins'),
      question: first('question_bank'),
      proposal: first('mail_proposals'),
      invitation: first('invitations'),
      organisation: org.id,
      cohort: cohortOfA,
      orgMember: org.me.id,
      orgInvitation: first('org_invitations'),
    };
    ops = await operations(h, a.cookie);
  }, 240_000);
  afterAll(() => database?.close());

  it('has a probe for every route of the API, and none for a route that is gone', () => {
    const documented = new Set(ops.map((o) => o.key));
    const missing = [...documented].filter((k) => !(k in COVERAGE));
    const stale = Object.keys(COVERAGE).filter((k) => !documented.has(k));
    expect(missing, 'Routes without an isolation probe: add one line each to COVERAGE in tests/services/isolation.api.test.ts').toEqual([]);
    expect(stale, 'COVERAGE names routes the API no longer has').toEqual([]);
  });

  it('answers 401 to every route but the public ones without a session', async () => {
    const wrong: string[] = [];
    for (const op of ops) {
      if (PUBLIC_API_PATHS.includes(op.path)) continue;
      const r = await h.request(op.method, op.path.replace(/\{\w+\}/g, 'abc'), op.method === 'GET' || op.method === 'DELETE' ? {} : { body: {} });
      if (r.status !== 401) wrong.push(`${op.key} → ${r.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it("gives B a 404 for each of A's ids and nothing of A's in B's own lists; A's rows do not change", async () => {
    const before = await snapshotOfA();
    const allIdsOfA = new Set<string>([a.id]);
    for (const rows of Object.values(await exportOwnedRows(database.db, a.id))) {
      for (const row of rows) if (typeof row.id === 'string') allIdsOfA.add(row.id);
    }
    const problems: string[] = [];
    for (const op of ops) {
      const probe = COVERAGE[op.key];
      if (!probe) continue; // reported by the first test
      const query = typeof probe.query === 'function' ? probe.query(ids) : probe.query;
      const path = fill(op.path, probe.params ? probe.params(ids) : {}) + (query ? `?${query}` : '');
      const probeBody: unknown = typeof probe.body === 'function' ? (probe.body as (a: Ids) => unknown)(ids) : probe.body;
      const r = await h.request(op.method, path, {
        cookie: b.cookie,
        ...(probeBody !== undefined ? { body: probeBody } : {}),
        ...(probe.raw ? { raw: probe.raw } : {}),
      });
      const text = await r.text();
      if (probe.kind === 'theirs') {
        if (r.status !== 404) problems.push(`${op.key} with A's ids → ${r.status} ${text.slice(0, 200)}`);
      } else {
        if (r.status >= 500 && r.status !== 502) problems.push(`${op.key} → ${r.status} ${text.slice(0, 200)}`);
        const leaked = [...allIdsOfA].filter((id) => text.includes(id));
        if (leaked.length > 0) problems.push(`${op.key} showed B ${leaked.length} of A's ids (${leaked.slice(0, 3).join(', ')})`);
      }
    }
    expect(problems).toEqual([]);
    expect(JSON.parse(await snapshotOfA())).toEqual(JSON.parse(before));
  });
});
