import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { sql } from 'kysely';
import { exportOwnedRows, findAccount, ownedTables } from '../../src/db/repos/accounts.repo.js';
import { isPublicApiRequest } from '../../src/server/session.js';
import { insertJob } from '../../src/db/repos/jobs.repo.js';
import { newId } from '../../src/domain/ids.js';
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
  contact: string;
  interaction: string;
  action: string;
  suggestion: string;
  story: string;
  win: string;
  /** An application A deleted (still in the undo buffer). */
  deleted: string;
  /** An agenda item of A's (its key names one of A's applications or contacts). */
  agendaKey: string;
  /** An agenda item of A's with a draft message. */
  draftKey: string;
  job: string;
  /** A's share with coach C, C's note on A and C's suggestion to A. */
  share: string;
  coachNote: string;
  coachSuggestion: string;
  organisation: string;
  cohort: string;
  orgMember: string;
  orgInvitation: string;
}

type Params = (a: Ids) => Record<string, string>;
interface Probe {
  /**
   * theirs: called with A's ids, must answer 404. mine: B's own data, must hold nothing of A's.
   * refused: B creates something of its own that points at A's rows; it must be refused (400 or 404).
   */
  kind: 'theirs' | 'mine' | 'refused';
  params?: Params;
  /** The JSON body, or one made from A's ids. */
  body?: unknown;
  raw?: RequestOptions['raw'];
  query?: string | ((a: Ids) => string);
}

/** B acts on A's ids: every answer is 404. */
const theirs = (params: Params, body?: unknown, extra: Partial<Probe> = {}): Probe => ({ kind: 'theirs', params, body, ...extra });
/** B acts on its own data (lists, creations): never an error of ours, never one of A's ids in the answer. */
const mine = (body?: unknown | ((a: Ids) => unknown), extra: Partial<Probe> = {}): Probe => ({ kind: 'mine', body, ...extra });
/** B's new row linked to A's rows (ids in the body): refused as ids B does not have. */
const refused = (body: (a: Ids) => unknown): Probe => ({ kind: 'refused', body });
/** A route only administrators have: for B (not one) it is not there. */
const adminOnly = (params?: Params, body?: unknown): Probe => ({ kind: 'theirs', ...(params ? { params } : {}), body });

const app = (a: Ids) => ({ id: a.application });
/** Words only A wrote: none may appear in an answer to B, even without an id beside them. */
const WORDS_OF_A = ['A hard day', 'Call back Monday', 'The pricing dashboard', 'An evening SQL course', 'Finished the take-home on time', 'Adaline Quist', 'Quillmoor Freight', 'Brightwave'];
const organisation = (a: Ids) => ({ id: a.organisation });
const cohort = (a: Ids) => ({ id: a.cohort });
const MAILBOX = toMbox([
  buildEmail({ from: 'talent@larkspurlabs.com', fromName: 'Larkspur Labs Talent', subject: 'Your application for Data Analyst', body: SAMPLE_TEXTS.rejection('Larkspur Labs', 'Data Analyst'), messageId: 'iso-1', date: '2026-11-12T09:00:00Z' }),
]);
/** A spreadsheet naming a company and role A applied to: an import must not match A's rows. */
const CSV = Buffer.from('Company,Title,Applied\nLarkspur Labs,Data Analyst,2026-11-02\nNorthwind Analytics,Data Analyst,2026-11-03\n').toString('base64');
const CONNECTIONS = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nPriya,Raman,https://www.linkedin.com/in/priya-raman-iso,,Larkspur Labs,Recruiter,02 Nov 2026\n';
/** A backup whose rows carry A's ids: restoring it must neither touch A's rows nor fail with an error of ours. */
const backupWithIdsOf = (a: Ids) => ({
  format: 'debrief-backup',
  version: 1,
  schema: '20261122_0001_tracker',
  createdAt: '2026-11-20T10:00:00.000Z',
  tables: {
    companies: [{ id: a.company, name: 'Taken over', name_key: 'taken over', created_at: '2026-11-01T00:00:00.000Z', updated_at: '2026-11-01T00:00:00.000Z' }],
    contacts: [{ id: a.contact, name: 'Taken over', name_key: 'taken over', created_at: '2026-11-01T00:00:00.000Z', updated_at: '2026-11-01T00:00:00.000Z' }],
    stories: [{ id: a.story, title: 'Taken over', created_at: '2026-11-01T00:00:00.000Z', updated_at: '2026-11-01T00:00:00.000Z' }],
  },
});

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
  'POST /api/applications/{id}/restore': theirs((a) => ({ id: a.deleted })),
  'POST /api/applications/{id}/events': theirs(app, { stage: 'interview', occurredOn: '2026-11-15' }),
  'DELETE /api/applications/{id}/events/{eventId}': theirs((a) => ({ id: a.application, eventId: a.event })),
  'POST /api/applications/{id}/ghosted': theirs(app, {}),
  'POST /api/applications/{id}/notes': theirs(app, { body: 'Not yours' }),
  'DELETE /api/notes/{id}': theirs((a) => ({ id: a.note })),
  'GET /api/board': mine(undefined, { query: 'columns=saved,applied,screen,assessment,interview,final,offer,accepted,rejected,withdrawn,ghosted&fields=summary' }),
  'GET /api/board/columns/{status}': mine(undefined, { params: () => ({ status: 'applied' }), query: 'fields=summary' }),
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
  'GET /api/insights/applications': mine(undefined, { query: 'dimension=source&value=referral' }),
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
  'POST /api/question-bank': mine({ question: 'What does a good first month look like?', kind: 'to_ask' }),
  'DELETE /api/question-bank/{id}': theirs((a) => ({ id: a.question })),
  'GET /api/applications/{id}/prepare': theirs(app),
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
  'GET /api/jobs': mine(),
  'GET /api/jobs/{id}': theirs((a) => ({ id: a.job })),
  'GET /api/practice': mine(),
  'POST /api/practice/{id}/rate': theirs((a) => ({ id: a.question }), { rating: 'good', reps: 0 }),
  // Organisations: B is in none of A's, so each of A's organisation ids answers 404.
  'GET /api/org': mine(),
  'POST /api/org': mine({ name: 'Elsewhere Academy' }),
  'POST /api/org/join/preview': mine({ token: 'not-a-real-invitation-token' }),
  'POST /api/org/join': mine({ token: 'not-a-real-invitation-token' }),
  'PATCH /api/org/memberships/{id}': theirs((a) => ({ id: a.orgMember }), { countInAggregates: false }),
  'DELETE /api/org/memberships/{id}': theirs((a) => ({ id: a.orgMember })),
  'GET /api/org/cohorts/compare': theirs(() => ({}), undefined, { query: (a) => `a=${a.cohort}&b=${a.cohort}` }),
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
  // import, export, backup, capture
  'POST /api/import/preview': mine({ file: CSV }),
  'POST /api/import': mine({ file: CSV }),
  'GET /api/export/applications.csv': mine(),
  'GET /api/export/events.csv': mine(),
  'GET /api/export/applications.json': mine(),
  'GET /api/export/proof': mine(undefined, { query: 'from=2026-01-01&to=2026-12-31' }),
  'GET /api/export/proof.csv': mine(undefined, { query: 'from=2026-01-01&to=2026-12-31' }),
  'GET /api/backup': mine(),
  'GET /api/backup/status': mine(),
  'POST /api/backup/restore': mine(backupWithIdsOf, { query: 'mode=merge' }),
  'POST /api/capture': mine({ text: 'Data Analyst at Larkspur Labs, Berlin. Apply by the end of the month.' }),
  'GET /api/capture/similar': mine(undefined, { query: 'company=Larkspur%20Labs&title=Data%20Analyst' }),
  // growth plan and story bank
  'GET /api/plan': mine(),
  'POST /api/plan/actions': refused((a) => ({ type: 'reading', title: 'Read about SQL window functions', suggestionId: a.suggestion })),
  'GET /api/plan/actions/{id}': theirs((a) => ({ id: a.action })),
  'PATCH /api/plan/actions/{id}': theirs((a) => ({ id: a.action }), { title: 'Taken over' }),
  'DELETE /api/plan/actions/{id}': theirs((a) => ({ id: a.action })),
  'POST /api/plan/actions/{id}/notes': theirs((a) => ({ id: a.action }), { body: 'Not yours' }),
  'POST /api/plan/suggestions': mine({ themeSlug: 'technical_depth', type: 'course', title: 'A course of my own' }),
  'PATCH /api/plan/suggestions/{id}': theirs((a) => ({ id: a.suggestion }), { title: 'Taken over' }),
  'DELETE /api/plan/suggestions/{id}': theirs((a) => ({ id: a.suggestion })),
  'GET /api/stories': mine(),
  'POST /api/stories': refused((a) => ({ title: 'The migration weekend', questionIds: [a.question] })),
  'GET /api/stories/{id}': theirs((a) => ({ id: a.story })),
  'PATCH /api/stories/{id}': theirs((a) => ({ id: a.story }), { title: 'Taken over' }),
  'DELETE /api/stories/{id}': theirs((a) => ({ id: a.story })),
  // contacts, agenda, calendar
  'GET /api/contacts': mine(),
  'POST /api/contacts': refused((a) => ({ name: 'Priya Raman', company: 'Larkspur Labs', applicationIds: [a.application] })),
  'POST /api/contacts/import/linkedin': mine(undefined, { raw: { body: CONNECTIONS, type: 'text/csv' }, query: 'apply=true' }),
  'GET /api/contacts/{id}': theirs((a) => ({ id: a.contact })),
  'PATCH /api/contacts/{id}': theirs((a) => ({ id: a.contact }), { notes: 'Not yours' }),
  'DELETE /api/contacts/{id}': theirs((a) => ({ id: a.contact })),
  'POST /api/contacts/{id}/interactions': theirs((a) => ({ id: a.contact }), { kind: 'call', on: '2026-11-19' }),
  'DELETE /api/contacts/{id}/interactions/{interactionId}': theirs((a) => ({ id: a.contact, interactionId: a.interaction })),
  'GET /api/applications/{id}/people': theirs(app),
  'GET /api/agenda': mine(),
  'GET /api/agenda/today': mine(),
  'GET /api/agenda/rules': mine(),
  'PUT /api/agenda/rules': mine({
    interviews: { enabled: true },
    thankYou: { enabled: true, withinDays: 1 },
    followUp: { enabled: true, afterDays: 10 },
    reconnect: { enabled: false, afterMonths: 3 },
    stayInTouch: { enabled: true },
    feedbackReminders: { enabled: true },
    debriefs: { enabled: true },
    weekStartsOn: 'sunday',
  }),
  'POST /api/agenda/items/{key}/done': theirs((a) => ({ key: a.agendaKey })),
  'POST /api/agenda/items/{key}/snooze': theirs((a) => ({ key: a.agendaKey }), { until: '2026-11-27' }),
  'POST /api/agenda/items/{key}/dismiss': theirs((a) => ({ key: a.agendaKey })),
  'GET /api/agenda/items/{key}/draft.eml': theirs((a) => ({ key: a.draftKey })),
  'GET /api/calendar.ics': mine(),
  'GET /api/calendar/feed': mine(),
  'POST /api/calendar/feed': mine(),
  'DELETE /api/calendar/feed': mine(),
  // A's feed answers to its secret only; a made-up one is not found (the feed itself is tested below).
  'GET /api/calendar/feed/{file}': theirs(() => ({ file: 'Zm9yZ2VkLXRva2VuLW5vdC1hLWZlZWQtb2YtYW55b25lLWF0LWFsbA.ics' })),
  // home, goals, wins, review
  'GET /api/home': mine(),
  'GET /api/goals': mine(),
  'PUT /api/goals': mine({ applications: 2 }),
  'GET /api/wins': mine(),
  'POST /api/wins': mine({ title: 'Sent three applications' }),
  // Marks B's own wins; A's ids in the list are passed over (A's win stays uncelebrated: the rows are compared).
  'POST /api/wins/celebrated': mine((a: Ids) => ({ ids: [a.win] })),
  'DELETE /api/wins/{id}': theirs((a) => ({ id: a.win })),
  'GET /api/review/{week}': mine(undefined, { params: () => ({ week: '2026-11-16' }) }),
  'GET /api/shares': mine(),
  'POST /api/shares': mine({ email: 'coach-of-b@example.org', scopes: ['progress'] }),
  'PATCH /api/shares/{id}': theirs((a) => ({ id: a.share }), { scopes: ['progress', 'journal'] }),
  'DELETE /api/shares/{id}': theirs((a) => ({ id: a.share })),
  'GET /api/shares/suggestions': mine(),
  'POST /api/shares/suggestions/{id}/accept': theirs((a) => ({ id: a.coachSuggestion })),
  'POST /api/shares/suggestions/{id}/dismiss': theirs((a) => ({ id: a.coachSuggestion })),
  'POST /api/coach/invitations/accept': mine({ token: 'not-an-invitation-token' }),
  'GET /api/coach/clients': mine(),
  'GET /api/coach/clients/{id}': theirs((a) => ({ id: a.share })),
  'GET /api/coach/clients/{id}/board': theirs((a) => ({ id: a.share })),
  'GET /api/coach/clients/{id}/insights': theirs((a) => ({ id: a.share })),
  'GET /api/coach/clients/{id}/debriefs': theirs((a) => ({ id: a.share })),
  'GET /api/coach/clients/{id}/plan': theirs((a) => ({ id: a.share })),
  'GET /api/coach/clients/{id}/journal': theirs((a) => ({ id: a.share })),
  'GET /api/coach/clients/{id}/notes': theirs((a) => ({ id: a.share })),
  'POST /api/coach/clients/{id}/notes': theirs((a) => ({ id: a.share }), { body: 'Not my client' }),
  'DELETE /api/coach/clients/{id}/notes/{noteId}': theirs((a) => ({ id: a.share, noteId: a.coachNote })),
  'GET /api/coach/clients/{id}/suggestions': theirs((a) => ({ id: a.share })),
  'POST /api/coach/clients/{id}/suggestions': theirs((a) => ({ id: a.share }), { kind: 'practice_question', text: 'Not my client' }),
};

/** What each coach route needs from the scope (the coach probes of the scope test below). */
const COACH_ROUTES: Record<string, { needs: 'progress' | 'debriefs' | 'journal'; body?: unknown }> = {
  'GET /api/coach/clients/{id}': { needs: 'progress' },
  'GET /api/coach/clients/{id}/board': { needs: 'progress' },
  'GET /api/coach/clients/{id}/insights': { needs: 'progress' },
  'GET /api/coach/clients/{id}/debriefs': { needs: 'debriefs' },
  'GET /api/coach/clients/{id}/plan': { needs: 'debriefs' },
  'GET /api/coach/clients/{id}/journal': { needs: 'journal' },
  'GET /api/coach/clients/{id}/notes': { needs: 'progress' },
  'POST /api/coach/clients/{id}/notes': { needs: 'progress', body: { body: 'Talked about the interview nerves' } },
  'DELETE /api/coach/clients/{id}/notes/{noteId}': { needs: 'progress' },
  'GET /api/coach/clients/{id}/suggestions': { needs: 'progress' },
  'POST /api/coach/clients/{id}/suggestions': { needs: 'progress', body: { kind: 'growth_action', text: 'Ask a peer for a mock interview' } },
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

// Hosted mode runs on PostgreSQL; the same app over SQLite proves the queries themselves are scoped there too.
describe.each(testDialects())('isolation between accounts, route by route (%s)', (dialect) => {
  let database: Database;
  let h: HostedTestApp;
  let a: { cookie: string; id: string };
  let b: { cookie: string; id: string };
  let c: { cookie: string; id: string };
  let shareOfA: string;
  let ids: Ids;
  let ops: Operation[];

  /** A's account and rows, table by table, as text to compare. */
  const snapshotOfA = async (): Promise<Record<string, string>> => {
    const rows = await exportOwnedRows(database.db, a.id);
    return {
      account: JSON.stringify(await findAccount(database.db, a.id)),
      // Rows sorted: the database returns them in no promised order.
      ...Object.fromEntries(Object.entries(rows).map(([table, r]) => [table, JSON.stringify(r.map((row) => JSON.stringify(row)).sort())])),
    };
  };
  /** Which transaction last wrote each of A's rows (PostgreSQL's xmin): even a write of the same values shows. */
  const writesOfA = async (): Promise<Record<string, string>> => {
    if (dialect !== 'postgres') return {};
    const { owned } = await ownedTables(database.db);
    const out: Record<string, string> = {};
    for (const table of owned) {
      const r = await sql<{ x: string }>`select xmin::text as x from ${sql.table(table)} where owner_id = ${a.id}`.execute(database.db);
      out[table] = r.rows.map((row) => row.x).sort().join(',');
    }
    return out;
  };
  /** The tables whose rows differ between two snapshots, with the first change. */
  const changedTables = (before: Record<string, string>, after: Record<string, string>): string[] =>
    Object.keys({ ...before, ...after })
      .filter((t) => before[t] !== after[t])
      .map((t) => {
        const x = before[t] ?? '';
        const y = after[t] ?? '';
        let i = 0;
        while (i < x.length && x[i] === y[i]) i++;
        return `${t}: …${x.slice(Math.max(0, i - 80), i + 80)} → …${y.slice(Math.max(0, i - 80), i + 80)}`;
      });

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    h = await hostedTestApp(database, { now: () => new Date('2026-11-20T10:00:00Z') });
    a = await h.account('a@example.org');
    b = await h.account('b@example.org');
    // A's search: the sample, a journal entry, a mailbox read, an invitation.
    expect((await h.request('POST', '/api/demo', { cookie: a.cookie })).status).toBe(201);
    expect((await h.request('POST', '/api/journal', { cookie: a.cookie, body: { mood: 2, note: 'A hard day' } })).status).toBe(201);
    // An application of the sample (the one deleted below is imported later, so this note stays).
    const someApplication = (await database.db.selectFrom('applications').select('id').where('owner_id', '=', a.id).orderBy('id', 'asc').executeTakeFirstOrThrow()).id;
    expect((await h.request('POST', `/api/applications/${someApplication}/notes`, { cookie: a.cookie, body: { body: 'Call back Monday' } })).status).toBe(201);
    // A message from a company A has not applied to yet: a proposal to review.
    const mailOfA = toMbox([
      buildEmail({ from: 'jobs@brightwave.io', subject: 'We received your application', body: SAMPLE_TEXTS.received('Brightwave', 'Platform Engineer'), messageId: 'iso-a', date: '2026-11-14T09:00:00Z' }),
    ]);
    const imported = await h.request('POST', '/api/mail/import', { cookie: a.cookie, raw: { body: mailOfA, type: 'application/mbox' } });
    expect(imported.status, await imported.clone().text()).toBe(200);
    expect((await h.request('POST', '/api/admin/invitations', { cookie: a.cookie, body: {} })).status).toBe(201);
    // The rest of A's search: a story linked to a question and a theme, a suggestion of A's own, a win not yet
    // celebrated, goals, a remembered import layout, a practised question, a snoozed agenda item, a calendar feed.
    const asA = async (method: string, path: string, body?: unknown, expected = [200, 201, 204]): Promise<unknown> => {
      const r = await h.request(method, path, { cookie: a.cookie, ...(body !== undefined ? { body } : {}) });
      const text = await r.text();
      expect(expected, `${method} ${path} as A → ${r.status} ${text.slice(0, 300)}`).toContain(r.status);
      return text ? (JSON.parse(text) as unknown) : null;
    };
    const question = (await database.db.selectFrom('question_bank').select('id').where('owner_id', '=', a.id).executeTakeFirstOrThrow()).id;
    await asA('POST', '/api/stories', { title: 'The pricing dashboard', situation: 'Sales guessed prices.', result: 'Margins up 4%.', questionIds: [question], themes: ['showing_impact'] });
    await asA('POST', '/api/plan/suggestions', { themeSlug: 'technical_depth', type: 'course', title: 'An evening SQL course' });
    await asA('POST', '/api/wins', { title: 'Finished the take-home on time' });
    await database.db.updateTable('wins').set({ celebrated_at: null }).where('owner_id', '=', a.id).execute();
    await asA('PUT', '/api/goals', { applications: 4, networking: 2 });
    await asA('POST', '/api/import', { file: Buffer.from('Firm,Role,Sent on,Where\nQuillmoor Freight,Data Engineer,2026-11-10,Applied\n').toString('base64'), mapping: ['company', 'title', 'date', 'status'] });
    await asA('POST', `/api/practice/${question}/rate`, { rating: 'good', reps: 0 });
    await asA('PATCH', '/api/settings', { yourName: 'Adaline Quist' });
    await asA('POST', '/api/calendar/feed');
    // One application deleted (its undo buffer kept): B must not bring it back. The one imported above, named, so
    // that no row the sample links to another table (a contact met at an interview, say) goes with it.
    const deleted = (
      await database.db
        .selectFrom('applications as ap')
        .innerJoin('companies as co', 'co.id', 'ap.company_id')
        .select('ap.id')
        .where('ap.owner_id', '=', a.id)
        .where('co.name', '=', 'Quillmoor Freight')
        .executeTakeFirstOrThrow()
    ).id;
    await asA('DELETE', `/api/applications/${deleted}`);
    const agenda = (await asA('GET', '/api/agenda')) as { days: { items: { key: string; draft: unknown }[] }[] };
    const agendaItems = agenda.days.flatMap((d) => d.items);
    expect(agendaItems.length, 'A has agenda items to probe with').toBeGreaterThan(1);
    const draftItem = agendaItems.find((i) => i.draft) ?? agendaItems[0]!;
    const otherItem = agendaItems.find((i) => i !== draftItem)!;
    await asA('POST', `/api/agenda/items/${encodeURIComponent(otherItem.key)}/snooze`, { until: '2026-11-25' });
    // A background job of A's (this app has no worker: the row alone is probed).
    await insertJob(database.db, { id: newId(), owner_id: a.id, kind: 'mail_import', params: '{}', created_at: '2026-11-20T10:00:00.000Z' });
    // A shares the progress of the search with coach C, who keeps a note and suggests something.
    c = await h.account('c@example.org');
    const invited = await h.request('POST', '/api/shares', { cookie: a.cookie, body: { email: 'c@example.org' } });
    expect(invited.status).toBe(201);
    const token = decodeURIComponent(((await invited.json()) as { url: string }).url.split('token=')[1]!);
    expect((await h.request('POST', '/api/coach/invitations/accept', { cookie: b.cookie, body: { token } })).status).toBe(409); // not B's invitation
    const accepted = await h.request('POST', '/api/coach/invitations/accept', { cookie: c.cookie, body: { token } });
    expect(accepted.status).toBe(200);
    shareOfA = ((await accepted.json()) as { clientId: string }).clientId;
    expect((await h.request('POST', `/api/coach/clients/${shareOfA}/notes`, { cookie: c.cookie, body: { body: 'First call went well' } })).status).toBe(201);
    expect((await h.request('POST', `/api/coach/clients/${shareOfA}/suggestions`, { cookie: c.cookie, body: { kind: 'practice_question', text: 'Walk me through your CV' } })).status).toBe(201);
    // A runs an organisation with a cohort and an open invitation.
    const org = (await (await h.request('POST', '/api/org', { cookie: a.cookie, body: { name: 'Northside Careers' } })).json()) as { id: string; me: { id: string } };
    const made = await h.request('POST', '/api/org/cohorts', { cookie: a.cookie, body: { organisationId: org.id, name: 'Autumn 2026' } });
    expect(made.status).toBe(201);
    const cohortOfA = ((await made.json()) as { id: string }).id;
    const orgInvitation = await h.request('POST', `/api/org/${org.id}/invitations`, { cookie: a.cookie, body: { cohortId: cohortOfA } });
    expect(orgInvitation.status).toBe(201);
    // C coaches A's cohort (the assignment is a row of A's organisation).
    const coachLink = await h.request('POST', `/api/org/${org.id}/invitations`, { cookie: a.cookie, body: { role: 'coach' } });
    expect(coachLink.status).toBe(201);
    const coachToken = new URL(((await coachLink.json()) as { url: string }).url).searchParams.get('token') ?? '';
    const joined = await h.request('POST', '/api/org/join', { cookie: c.cookie, body: { token: coachToken } });
    expect(joined.status).toBe(201);
    const coachMember = ((await joined.json()) as { id: string }).id;
    expect((await h.request('PUT', `/api/org/cohorts/${cohortOfA}/coaches/${coachMember}`, { cookie: a.cookie })).status).toBe(200);
    const rows = await exportOwnedRows(database.db, a.id);
    // The words only A wrote are A's data indeed (else their absence from B's answers would prove nothing).
    const ownText = JSON.stringify(rows);
    expect(WORDS_OF_A.filter((w) => !ownText.includes(w))).toEqual([]);
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
      contact: first('contacts'),
      interaction: first('contact_interactions'),
      action: first('growth_actions'),
      suggestion: first('plan_suggestions'),
      story: first('stories'),
      win: first('wins'),
      deleted,
      agendaKey: draftItem.key,
      draftKey: draftItem.key,
      job: first('background_jobs'),
      share: first('coach_shares'),
      coachNote: first('coach_notes'),
      coachSuggestion: first('coach_suggestions'),
      organisation: org.id,
      cohort: cohortOfA,
      orgMember: org.me.id,
      orgInvitation: first('org_invitations'),
    };
    // Every table the sample and the steps above fill has rows to guard.
    const empty = Object.entries(rows).filter(([, r]) => r.length === 0).map(([t]) => t);
    // Left empty on purpose: a mailbox account, its sync, the coach's reads, a stored upload and a sent reminder
    // are set up by their own tests (coach.service, jobs.api); their routes are probed here all the same.
    expect(empty.sort()).toEqual(['account_links', 'coach_access_log', 'job_uploads', 'mail_accounts', 'mail_sync_state', 'reminders_sent']);
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
    const publicOps = ops.filter((op) => isPublicApiRequest(op.method, op.path.replace(/\{\w+\}/g, 'abc')));
    // Public without a session: the session's own route and the calendar feed, opened by its secret.
    expect(publicOps.map((op) => op.key).sort()).toEqual(['GET /api/calendar/feed/{file}', 'GET /api/session']);
    for (const op of ops) {
      if (publicOps.includes(op)) continue;
      const r = await h.request(op.method, op.path.replace(/\{\w+\}/g, 'abc'), op.method === 'GET' || op.method === 'DELETE' ? {} : { body: {} });
      if (r.status !== 401) wrong.push(`${op.key} → ${r.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it("gives B a 404 for each of A's ids and nothing of A's in B's own lists; A's rows do not change", async () => {
    const before = await snapshotOfA();
    const writesBefore = await writesOfA();
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
      const body: unknown = typeof probe.body === 'function' ? (probe.body as (a: Ids) => unknown)(ids) : probe.body;
      const r = await h.request(op.method, path, {
        cookie: b.cookie,
        ...(body !== undefined ? { body } : {}),
        ...(probe.raw ? { raw: probe.raw } : {}),
      });
      const text = await r.text();
      if (probe.kind === 'theirs') {
        if (r.status !== 404) problems.push(`${op.key} with A's ids → ${r.status} ${text.slice(0, 200)}`);
      } else if (probe.kind === 'refused') {
        if (r.status !== 400 && r.status !== 404) problems.push(`${op.key} linking A's rows → ${r.status} ${text.slice(0, 200)}`);
      } else {
        if (r.status >= 500 && r.status !== 502) problems.push(`${op.key} → ${r.status} ${text.slice(0, 200)}`);
        // Ids B itself sent (a backup naming A's ids) may come back in a message; any other is a leak.
        const sent = JSON.stringify(body ?? '');
        const leaked = [...allIdsOfA].filter((id) => text.includes(id) && !sent.includes(id));
        if (leaked.length > 0) problems.push(`${op.key} showed B ${leaked.length} of A's ids (${leaked.slice(0, 3).join(', ')})`);
        const words = WORDS_OF_A.filter((w) => text.includes(w) && !sent.includes(w));
        if (words.length > 0) problems.push(`${op.key} showed B what A wrote: ${words.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
    expect(changedTables(before, await snapshotOfA()), "A's rows changed").toEqual([]);
    const writesAfter = await writesOfA();
    expect(Object.keys(writesAfter).filter((t) => writesAfter[t] !== writesBefore[t]), "A's rows written again").toEqual([]);
  });

  it('serves the calendar feed by its secret without a session, and nothing for a wrong one', async () => {
    const made = await h.request('POST', '/api/calendar/feed', { cookie: a.cookie });
    expect(made.status).toBe(201);
    const { path, url } = (await made.json()) as { path: string; url: string };
    expect(url.startsWith('http://debrief.test/api/calendar/feed/')).toBe(true);
    const feed = await h.request('GET', path);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const ics = await feed.text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('BEGIN:VEVENT'); // A's interviews and follow-ups
    const wrongToken = path.replace(/feed\/(.)/, (_, ch: string) => `feed/${ch === 'A' ? 'B' : 'A'}`);
    expect((await h.request('GET', wrongToken)).status).toBe(404);
    expect((await h.request('GET', '/api/calendar/feed/not-a-token.ics')).status).toBe(404);
    // The feed's status and the download still need a session.
    expect((await h.request('GET', '/api/calendar/feed')).status).toBe(401);
    expect((await h.request('GET', '/api/calendar.ics')).status).toBe(401);
    // A new secret ends the old URL.
    expect((await h.request('POST', '/api/calendar/feed', { cookie: a.cookie })).status).toBe(201);
    expect((await h.request('GET', path)).status).toBe(404);
  });

  it('never lets a signed-in user make the server read an address inside the deployment', async () => {
    for (const url of ['http://169.254.169.254/latest/meta-data/', 'http://[::ffff:7f00:1]/', 'http://localhost:5432/', 'http://10.0.0.1/', 'file:///etc/passwd']) {
      const r = await h.request('POST', '/api/capture', { cookie: b.cookie, body: { url } });
      expect(r.status, url).toBe(400);
    }
  });

  it('gives coach C exactly the scope A grants, on every coach route, and nothing once A revokes', async () => {
    const coachOps = ops.filter((o) => o.path.startsWith('/api/coach/clients/{id}'));
    // The rejection messages A recorded: no scope shares them.
    const messages = (await database.db.selectFrom('rejections').select('message').where('owner_id', '=', a.id).where('message', 'is not', null).execute()).map((r) => r.message!.slice(0, 60));
    expect(messages.length).toBeGreaterThan(0);
    expect(coachOps.map((o) => o.key).sort()).toEqual(Object.keys(COACH_ROUTES).sort());
    const walk = async (granted: string[]): Promise<string[]> => {
      const wrong: string[] = [];
      for (const op of coachOps) {
        const route = COACH_ROUTES[op.key]!;
        let noteId = 'none';
        if (op.method === 'DELETE') {
          const made = await h.request('POST', `/api/coach/clients/${shareOfA}/notes`, { cookie: c.cookie, body: { body: 'To delete' } });
          noteId = made.status === 201 ? ((await made.json()) as { id: string }).id : 'none';
        }
        const r = await h.request(op.method, fill(op.path, { id: shareOfA, noteId }), { cookie: c.cookie, ...(route.body ? { body: route.body } : {}) });
        const text = await r.text();
        const expected = granted.includes(route.needs) ? (op.method === 'POST' ? 201 : op.method === 'DELETE' ? 204 : 200) : 404;
        if (r.status !== expected) wrong.push(`${op.key} with [${granted.join(', ')}] → ${r.status}, expected ${expected}`);
        // Salaries, contact details and message texts belong to no scope.
        if (r.status === 200 && (/salaryMin|salaryMax|salaryCurrency|contactEmail|contactName/.test(text) || messages.some((m) => text.includes(m)))) wrong.push(`${op.key} showed a salary, a contact or a message`);
      }
      return wrong;
    };
    expect(await walk(['progress'])).toEqual([]);
    const widen = await h.request('PATCH', `/api/shares/${shareOfA}`, { cookie: a.cookie, body: { scopes: ['progress', 'debriefs'] } });
    expect(widen.status).toBe(200);
    expect(await walk(['progress', 'debriefs'])).toEqual([]);
    expect((await h.request('PATCH', `/api/shares/${shareOfA}`, { cookie: a.cookie, body: { scopes: ['progress', 'debriefs', 'journal'] } })).status).toBe(200);
    expect(await walk(['progress', 'debriefs', 'journal'])).toEqual([]);
    // C's caseload holds A only; B's holds no one.
    const load = (await (await h.request('GET', '/api/coach/clients', { cookie: c.cookie })).json()) as { clients: { id: string }[] };
    expect(load.clients.map((x) => x.id)).toEqual([shareOfA]);
    // A sees what C opened.
    const log = (await (await h.request('GET', '/api/shares', { cookie: a.cookie })).json()) as { accessLog: { section: string }[] };
    expect(new Set(log.accessLog.map((l) => l.section))).toEqual(new Set(['caseload', 'overview', 'board', 'insights', 'debriefs', 'plan', 'journal']));

    expect((await h.request('DELETE', `/api/shares/${shareOfA}`, { cookie: a.cookie })).status).toBe(204);
    expect(await walk([])).toEqual([]);
    expect(((await (await h.request('GET', '/api/coach/clients', { cookie: c.cookie })).json()) as { clients: unknown[] }).clients).toEqual([]);
  });
});
