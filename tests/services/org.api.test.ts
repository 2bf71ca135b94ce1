import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import type { CohortInsights, Organisation, OrgInvitation } from '../../src/contracts/org.js';
import type { Insights } from '../../src/contracts/insights.js';
import { ensureUser } from '../../src/db/repos/users.repo.js';
import { createApp } from '../../src/server/app.js';
import { deleteApplication } from '../../src/services/applications.service.js';
import { loadSampleSearch } from '../../src/services/demo.service.js';
import { cohortInsights, organisationEmployers, organisationInsights } from '../../src/services/cohort-insights.service.js';
import { listCompanies, updateCompany } from '../../src/services/companies.service.js';
import { getInsights } from '../../src/services/insights.service.js';
import { freshDatabase, testDialects } from '../support/databases.js';
import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.js';
import { keptCohortAggregates, scopeOwners } from '../../src/db/repos/cohort-insights.repo.js';
import { recomputedInsightAggregates } from '../../src/db/repos/insights.repo.js';

/**
 * A period reads application_state alone (its kept segment values); without one, the facts join the
 * applications and companies. Over a period holding every day both give the same figures (the total
 * aside: a period counts only the sent applications).
 */
async function expectPeriodReadEqualsJoin(db: Kysely<DB>, orgId: string): Promise<void> {
  const owners = scopeOwners({ orgId });
  const sorted = (rows: readonly unknown[] | undefined): string[] => (rows ?? []).map((r) => JSON.stringify(r)).sort();
  const joined = await recomputedInsightAggregates(db, owners, '2026-10-30', { people: true });
  const period = await recomputedInsightAggregates(db, owners, '2026-10-30', { from: '1900-01-01', to: '2999-12-31', people: true });
  expect(joined.segments.length).toBeGreaterThan(0);
  for (const key of ['outcomes', 'segments', 'days', 'ownerOutcomes', 'segmentPeople'] as const) expect(sorted(period[key]), key).toEqual(sorted(joined[key]));
  // The members behind each segment value, and those with no other value, from the kept value counts too.
  const kept = await keptCohortAggregates(db, owners, '2026-10-30');
  expect(sorted(kept.agg.segmentPeople)).toEqual(sorted(joined.segmentPeople));
  const sent = joined.outcomes.reduce((sum, r) => sum + r.count, 0);
  expect(period.totalApplications).toBe(sent);
}
import { hostedTestApp, type HostedTestApp } from '../support/hosted.js';

/** Organisations and cohort insights through the API, on PostgreSQL (hosted mode needs it). */
const onPostgres = testDialects().includes('postgres');
const NOW = new Date('2026-11-20T10:00:00Z');

type Person = { cookie: string; id: string };

describe.runIf(onPostgres)('organisations and cohort insights (PostgreSQL)', () => {
  let database: Database;
  let h: HostedTestApp;
  /** The same database served by an app that sends mail (accounts are made through `h`, which confirms no address). */
  let hm: HostedTestApp;
  let admin: Person;
  let orgId: string;
  let autumn: string;
  let winter: string;
  const members: Person[] = [];
  let shy: Person; // joined without counting
  let analyst: Person;
  let outsider: Person; // admin of another organisation
  let otherOrg: string;
  let otherCohort: string;

  const call = async <T>(who: Person, method: string, path: string, body?: unknown, status = 200): Promise<T> => {
    const r = await h.request(method, path, { cookie: who.cookie, ...(body !== undefined ? { body } : {}) });
    const text = await r.text();
    expect(r.status, `${method} ${path}: ${text.slice(0, 300)}`).toBe(status);
    return (text ? JSON.parse(text) : null) as T;
  };
  const tokenOf = (inv: OrgInvitation) => new URL(inv.url ?? '').searchParams.get('token') ?? '';
  const join = async (email: string, token: string, counts = true): Promise<Person> => {
    const p = await h.account(email);
    await call(p, 'POST', '/api/org/join', { token, countInAggregates: counts }, 201);
    await call(p, 'POST', '/api/demo', undefined, 201);
    return p;
  };
  const insightsOf = (cohort: string, who: Person = admin) => call<CohortInsights>(who, 'GET', `/api/org/cohorts/${cohort}/insights`);

  beforeAll(async () => {
    database = await freshDatabase('postgres');
    h = await hostedTestApp(database, { now: () => NOW });
    hm = await hostedTestApp(database, { withMail: true, now: () => NOW });
    admin = await h.account('ada@example.org');
    const org = await call<Organisation>(admin, 'POST', '/api/org', { name: 'Northside Careers' }, 201);
    orgId = org.id;
    autumn = (await call<{ id: string }>(admin, 'POST', '/api/org/cohorts', { organisationId: orgId, name: 'Autumn 2026', program: 'Data', location: 'Leeds' }, 201)).id;
    winter = (await call<{ id: string }>(admin, 'POST', '/api/org/cohorts', { organisationId: orgId, name: 'Winter 2026', program: 'Design', location: 'York' }, 201)).id;
    const link = await call<OrgInvitation>(admin, 'POST', `/api/org/${orgId}/invitations`, { role: 'member', cohortId: autumn }, 201);
    for (let i = 1; i <= 5; i++) members.push(await join(`m${i}@example.org`, tokenOf(link)));
    shy = await join('shy@example.org', tokenOf(link), false);
    const analystLink = await call<OrgInvitation>(admin, 'POST', `/api/org/${orgId}/invitations`, { role: 'analyst' }, 201);
    analyst = await h.account('ana@example.org');
    await call(analyst, 'POST', '/api/org/join', { token: tokenOf(analystLink) }, 201);
    outsider = await h.account('otto@example.org');
    otherOrg = (await call<Organisation>(outsider, 'POST', '/api/org', { name: 'Elsewhere Academy' }, 201)).id;
    otherCohort = (await call<{ id: string }>(outsider, 'POST', '/api/org/cohorts', { organisationId: otherOrg, name: 'Spring' }, 201)).id;
  }, 240_000);
  afterAll(() => database?.close());

  it('makes the creator admin and lists the cohorts with their counts', async () => {
    const org = await call<Organisation>(admin, 'GET', `/api/org/${orgId}`);
    expect(org.me.role).toBe('admin');
    const a = org.cohorts.find((c) => c.id === autumn);
    expect(a).toMatchObject({ name: 'Autumn 2026', program: 'Data', location: 'Leeds', members: 6, counting: 5 });
    const mine = await call<{ role: string; countsInAggregates: boolean }[]>(shy, 'GET', '/api/org');
    expect(mine).toEqual([expect.objectContaining({ role: 'member', countsInAggregates: false, organisationName: 'Northside Careers' })]);
  });

  it('shows the funnel of five consenting members and leaves the non-consenting one out of every figure', async () => {
    const five = await insightsOf(autumn);
    expect(five.enough).toBe(true);
    expect(five.people).toBe(5);
    const own = (await call<Insights>(members[0]!, 'GET', '/api/insights'));
    expect(five.totals?.sent).toBe(own.totals.sent * 5);
    expect(five.funnel[0]?.reached).toBe(own.funnel[0]!.reached * 5);
    const employers = await call<{ rows: { people: number; applications: number }[] }>(admin, 'GET', `/api/org/${orgId}/employers?cohort=${autumn}`);
    expect(employers.rows.length).toBeGreaterThan(0);
    expect(employers.rows.every((r) => r.people === 5)).toBe(true);
    // The sixth member opts in: their data counts; opts out: it is gone again.
    const [membership] = await call<{ id: string }[]>(shy, 'GET', '/api/org');
    await call(shy, 'PATCH', `/api/org/memberships/${membership!.id}`, { countInAggregates: true });
    expect((await insightsOf(autumn)).totals?.sent).toBe(own.totals.sent * 6);
    expect((await call<{ rows: { people: number }[] }>(admin, 'GET', `/api/org/${orgId}/employers`)).rows[0]?.people).toBe(6);
    await call(shy, 'PATCH', `/api/org/memberships/${membership!.id}`, { countInAggregates: false });
    const again = await insightsOf(autumn);
    expect(again.totals?.sent).toBe(own.totals.sent * 5);
    expect(JSON.stringify(again)).toBe(JSON.stringify(five));
    const outcomes = await call<{ people: number }>(admin, 'GET', `/api/org/${orgId}/outcomes`);
    expect(outcomes.people).toBe(5);
  });

  it('hides every figure when fewer than five people count', async () => {
    const [m] = await call<{ id: string }[]>(members[4]!, 'GET', '/api/org');
    await call(members[4]!, 'PATCH', `/api/org/memberships/${m!.id}`, { countInAggregates: false });
    const four = await insightsOf(autumn);
    expect(four).toMatchObject({ enough: false, people: null, totals: null, funnel: [], segments: [], reasons: null });
    const outcomes = await call<{ people: number | null; placed: number | null }>(admin, 'GET', `/api/org/${orgId}/outcomes?cohort=${autumn}`);
    expect(outcomes).toMatchObject({ people: null, placed: null, daysToFirstInterview: null });
    expect((await call<{ rows: unknown[] }>(admin, 'GET', `/api/org/${orgId}/employers`)).rows).toEqual([]);
    await call(members[4]!, 'PATCH', `/api/org/memberships/${m!.id}`, { countInAggregates: true });
  });

  it('gives the same numbers as the seeker’s own insights for a one-member cohort when nothing is suppressed', async () => {
    const solo = (await call<{ id: string }>(admin, 'POST', '/api/org/cohorts', { organisationId: orgId, name: 'Solo' }, 201)).id;
    const members_ = await call<{ id: string; email: string }[]>(admin, 'GET', `/api/org/${orgId}/members`);
    const m1 = members_.find((m) => m.email === 'm1@example.org')!;
    await call(admin, 'PATCH', `/api/org/${orgId}/members/${m1.id}`, { cohortId: solo });
    onTestFinished(() => call(admin, 'PATCH', `/api/org/${orgId}/members/${m1.id}`, { cohortId: autumn }));
    const ctx = { db: database.db, ownerId: admin.id, now: () => NOW };
    const cohort = await cohortInsights(ctx, solo, {}, { threshold: 1 });
    const seeker = await getInsights({ db: database.db, ownerId: members[0]!.id, now: () => NOW });
    expect(cohort.people).toBe(1);
    expect(cohort.totals).toEqual(seeker.totals);
    expect(cohort.funnel.map(({ stage, reached, inProgress }) => ({ stage, reached, inProgress }))).toEqual(seeker.funnel);
    expect(cohort.conversions.map(({ suppressed: _s, ...c }) => c)).toEqual(seeker.conversions);
    expect(cohort.outcomes).toEqual(seeker.outcomes);
    expect(cohort.bottleneck).toEqual(seeker.bottleneck);
    expect(cohort.response?.responseRate).toEqual(seeker.response.responseRate);
    expect(cohort.response?.ghostingRate).toEqual(seeker.response.ghostingRate);
    expect(cohort.response?.firstReplyDays.median).toBe(seeker.response.firstReplyDays.median);
    // Ties in the order (same q, p and difference) may fall either way: compare as sets.
    const bySegment = (rows: Insights['segments']) => [...rows].sort((x, y) => `${x.dimension}/${x.value}/${x.metric}`.localeCompare(`${y.dimension}/${y.value}/${y.metric}`));
    // The same figures; only the words differ (members' applications, not "you").
    const figures = (rows: Insights['segments']) => bySegment(rows).map(({ summary: _s, ...r }) => r);
    expect(figures(cohort.segments)).toEqual(figures(seeker.segments));
    expect(cohort.reasons?.reasons).toEqual(seeker.reasons.reasons);
    expect(cohort.reasons?.outsideControl).toEqual(seeker.reasons.outsideControl);
    expect(cohort.themes?.themes).toEqual(seeker.themes.themes);
    // With the real threshold, the one-member cohort shows nothing.
    expect((await insightsOf(solo)).enough).toBe(false);
  });

  it('filters by cohort fields, status and period, and compares two cohorts', async () => {
    const byProgram = await call<CohortInsights>(admin, 'GET', `/api/org/${orgId}/insights?program=Data`);
    expect(byProgram.people).toBe(5);
    expect((await call<CohortInsights>(admin, 'GET', `/api/org/${orgId}/insights?location=York`)).enough).toBe(false);
    expect((await call<CohortInsights>(admin, 'GET', `/api/org/${orgId}/insights?status=placed`)).enough).toBe(false);
    const early = await call<CohortInsights>(admin, 'GET', `/api/org/${orgId}/insights?to=2000-01-01`);
    expect(early.enough).toBe(false);
    const compared = await call<{ a: CohortInsights; b: CohortInsights }>(admin, 'GET', `/api/org/cohorts/compare?a=${autumn}&b=${winter}`);
    expect(compared.a.enough).toBe(true);
    expect(compared.b.enough).toBe(false);
    const bad = await h.request('GET', `/api/org/${orgId}/insights?from=2026-02-01&to=2026-01-01`, { cookie: admin.cookie });
    expect(bad.status).toBe(400);
  });

  it('reports outcomes and exports them as CSV', async () => {
    const list = await call<{ id: string; email: string }[]>(admin, 'GET', `/api/org/${orgId}/members`);
    for (const m of list.filter((x) => /^m[1-5]@/.test(x.email))) {
      await call(admin, 'PATCH', `/api/org/${orgId}/members/${m.id}`, { status: 'placed' });
    }
    const outcomes = await call<{ placed: number; searching: number | null; daysToFirstInterview: { people: number } | null }>(admin, 'GET', `/api/org/${orgId}/outcomes`);
    expect(outcomes.placed).toBe(5);
    expect(outcomes.searching).toBe(0); // a zero says nothing of anyone
    const r = await h.request('GET', `/api/org/${orgId}/outcomes.csv`, { cookie: analyst.cookie });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/csv');
    const csv = await r.text();
    expect(csv).toContain('outcomes,placed,5');
    expect(csv).not.toContain('@example.org');
  });

  it('lets the analyst see aggregates only, and a plain member no admin route', async () => {
    await call(analyst, 'GET', `/api/org/${orgId}/insights`);
    await call(analyst, 'GET', `/api/org/${orgId}/members`, undefined, 404);
    await call(analyst, 'GET', `/api/org/${orgId}/invitations`, undefined, 404);
    const m = members[1]!;
    for (const [method, path, body] of [
      ['GET', `/api/org/${orgId}/members`],
      ['GET', `/api/org/${orgId}/invitations`],
      ['POST', `/api/org/${orgId}/invitations`, {}],
      ['POST', '/api/org/cohorts', { organisationId: orgId, name: 'Mine now' }],
      ['PATCH', `/api/org/cohorts/${autumn}`, { name: 'Taken' }],
      ['GET', `/api/org/${orgId}/insights`],
      ['GET', `/api/org/cohorts/${autumn}/insights`],
      ['GET', `/api/org/${orgId}/employers`],
      ['GET', `/api/org/${orgId}/outcomes.csv`],
    ] as [string, string, unknown?][]) {
      await call(m, method, path, body, 404);
    }
    const org = await call<Organisation>(m, 'GET', `/api/org/${orgId}`);
    expect(org.cohorts).toEqual([]);
  });

  it('shows a member of one organisation nothing of another', async () => {
    for (const path of [`/api/org/${orgId}`, `/api/org/${orgId}/insights`, `/api/org/cohorts/${autumn}`, `/api/org/cohorts/${autumn}/insights`, `/api/org/${orgId}/members`]) {
      await call(outsider, 'GET', path, undefined, 404);
    }
    await call(admin, 'GET', `/api/org/cohorts/${otherCohort}`, undefined, 404);
    await call(admin, 'GET', `/api/org/cohorts/compare?a=${autumn}&b=${otherCohort}`, undefined, 404);
    await call(admin, 'GET', `/api/org/${otherOrg}/outcomes`, undefined, 404);
  });

  it('limits a coach to the cohorts assigned to them', async () => {
    const r = await hm.request('POST', `/api/org/${orgId}/invitations`, { cookie: admin.cookie, body: { role: 'coach', email: 'cora@example.org' } });
    expect(r.status).toBe(201);
    const inv = (await r.json()) as OrgInvitation;
    expect(inv.mailed).toBe(true);
    expect(hm.mail.at(-1)).toMatchObject({ to: 'cora@example.org', subject: 'Northside Careers invites you to Debrief' });
    const coach = await h.account('cora@example.org');
    const membership = await call<{ id: string }>(coach, 'POST', '/api/org/join', { token: tokenOf(inv) }, 201);
    await call(coach, 'GET', `/api/org/cohorts/${autumn}/insights`, undefined, 404);
    const list = await call<{ id: string; email: string }[]>(admin, 'GET', `/api/org/${orgId}/members`);
    const coachMember = list.find((x) => x.email === 'cora@example.org')!;
    expect(coachMember.id).toBe(membership.id);
    await call(admin, 'PUT', `/api/org/cohorts/${autumn}/coaches/${coachMember.id}`);
    expect((await call<CohortInsights>(coach, 'GET', `/api/org/cohorts/${autumn}/insights`)).people).toBe(5);
    await call(coach, 'GET', `/api/org/cohorts/${winter}/insights`, undefined, 404);
    expect((await call<Organisation>(coach, 'GET', `/api/org/${orgId}`)).cohorts.map((c) => c.id)).toEqual([autumn]);
    // The same address-bound link cannot be used twice.
    await call(await h.account('copy@example.org'), 'POST', '/api/org/join', { token: tokenOf(inv) }, 404);
  });

  it('invites every address of a CSV file and mails them', async () => {
    const before = hm.mail.length;
    const csv = 'email,name\nnew1@example.org,New One\nm2@example.org,Already in\nnot-an-address,Someone\nnew1@example.org,Twice\nnew2@example.org,New Two\n';
    const made = await hm.request('POST', `/api/org/${orgId}/invitations/csv`, { cookie: admin.cookie, body: { csv, role: 'member', cohortId: winter } });
    expect(made.status).toBe(201);
    const batch = (await made.json()) as { invitations: OrgInvitation[]; skipped: { value: string; reason: string }[]; mailed: number };
    expect(batch.invitations.map((i) => i.email)).toEqual(['new1@example.org', 'new2@example.org']);
    expect(batch.mailed).toBe(2);
    expect(batch.skipped.map((s) => s.reason)).toEqual(['No email address on this line', 'Listed more than once', 'Already a member']);
    expect(hm.mail.length).toBe(before + 2);
    expect(hm.mail.at(-1)?.text).toContain('/org/join?token=');
    const empty = await h.request('POST', `/api/org/${orgId}/invitations/csv`, { cookie: admin.cookie, body: { csv: 'name\nnobody' } });
    expect(empty.status).toBe(400);
  });
  it('lets an invited address create its account under DEBRIEF_SIGNUP=invite, and no other', async () => {
    const hi = await hostedTestApp(database, { env: { DEBRIEF_SIGNUP: 'invite' }, now: () => NOW });
    const asAdmin = async <T>(method: string, path: string, body?: unknown, status = 201): Promise<T> => {
      const r = await hi.request(method, path, { cookie: admin.cookie, ...(body !== undefined ? { body } : {}) });
      expect(r.status, await r.clone().text()).toBe(status);
      return (await r.json()) as T;
    };
    const forNina = await asAdmin<OrgInvitation>('POST', `/api/org/${orgId}/invitations`, { role: 'member', email: 'Nina@example.org', cohortId: winter });
    const token = tokenOf(forNina);
    expect((await hi.signUp('nina@example.org')).status).toBe(403); // no invitation
    const elsewhere = await hi.signUp('omar@example.org', { invitation: token });
    expect(elsewhere.status).toBe(403);
    expect(((await elsewhere.json()) as { message: string }).message).toContain('another address');
    expect((await hi.signUp('nina@example.org', { invitation: token })).status).toBe(200);
    const nina = await hi.signIn('nina@example.org');
    const joined = await hi.request('POST', '/api/org/join', { cookie: nina, body: { token } });
    expect(joined.status).toBe(201);
    // Used: it lets no one else in. A link without an address lets no one create an account.
    expect((await hi.signUp('nina2@example.org', { invitation: token })).status).toBe(403);
    const open = await asAdmin<OrgInvitation>('POST', `/api/org/${orgId}/invitations`, { role: 'member' });
    expect((await hi.signUp('pat@example.org', { invitation: tokenOf(open) })).status).toBe(403);
    // A seeker's invitation of a coach lets the coach's address create an account, then accept.
    const shared = await hi.request('POST', '/api/shares', { cookie: members[3]!.cookie, body: { email: 'quinn@example.org', scopes: ['progress'] } });
    expect(shared.status).toBe(201);
    const coachToken = new URL(((await shared.json()) as { url: string }).url).searchParams.get('token') ?? '';
    expect((await hi.signUp('rosa@example.org', { invitation: coachToken })).status).toBe(403);
    expect((await hi.signUp('quinn@example.org', { invitation: coachToken })).status).toBe(200);
    const quinn = await hi.signIn('quinn@example.org');
    expect((await hi.request('POST', '/api/coach/invitations/accept', { cookie: quinn, body: { token: coachToken } })).status).toBe(200);
  });

  it('reads the counts kept per member and gives what reading every member’s applications gives', async () => {
    // Make the members differ: one withdraws an application, another's is moved on and rejected.
    const ids = async (p: Person, status: string) => (await call<{ items: { id: string }[] }>(p, 'GET', `/api/applications?status=${status}`)).items.map((x) => x.id);
    const [first] = await ids(members[1]!, 'interview');
    await call(members[1]!, 'DELETE', `/api/applications/${first}`, undefined, 204);
    const [second] = await ids(members[2]!, 'applied');
    await call(members[2]!, 'POST', `/api/applications/${second}/events`, { stage: 'rejected', occurredOn: '2026-11-19' }, 201);
    const ctx = { db: database.db, ownerId: admin.id, now: () => NOW };
    for (const threshold of [1, 5]) {
      const kept = await organisationInsights(ctx, orgId, {}, { threshold });
      const read = await organisationInsights(ctx, orgId, {}, { threshold, recompute: true });
      expect(kept.people).toBeGreaterThan(0);
      expect(kept).toEqual(read);
    }
    const cohortKept = await cohortInsights(ctx, autumn, {}, { threshold: 1 });
    expect(cohortKept).toEqual(await cohortInsights(ctx, autumn, {}, { threshold: 1, recompute: true }));
    // The employers table, from the counts kept per member and employer, after a company is renamed
    // (its applications move to another employer) and another is given a member's other company's name.
    const own = { db: database.db, ownerId: members[0]!.id, now: () => NOW };
    const applied = async (ownerId: string) => (await listCompanies({ ...own, ownerId })).filter((c) => c.applicationCount > 0);
    await updateCompany(own, (await applied(members[0]!.id))[0]!.id, { name: 'Renamed Employer Ltd' });
    await updateCompany({ ...own, ownerId: members[4]!.id }, (await applied(members[4]!.id))[1]!.id, { name: 'Renamed Employer Ltd' });
    for (const threshold of [1, 2, 5]) {
      const kept = await organisationEmployers(ctx, orgId, {}, { threshold });
      expect(kept.rows.length).toBeGreaterThan(0);
      expect(kept).toEqual(await organisationEmployers(ctx, orgId, {}, { threshold, recompute: true }));
    }
    expect((await organisationEmployers(ctx, orgId, {}, { threshold: 2 })).rows.find((r) => r.name === 'Renamed Employer Ltd')?.people).toBe(2);
    await updateCompany(own, (await applied(members[0]!.id))[0]!.id, { size: '1001-5000' });
    await expectPeriodReadEqualsJoin(database.db, orgId);
  });
});

describe('organisations in local mode', () => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase('sqlite');
  });
  afterAll(() => database?.close());

  it('are not offered: every /api/org route says they need hosted mode', async () => {
    const app = createApp({ db: database.db, webDir: '/nonexistent' });
    for (const [method, path, body] of [
      ['GET', '/api/org'],
      ['POST', '/api/org', { name: 'Northside Careers' }],
      ['POST', '/api/org/join', { token: 'an-invitation-token-of-some-length' }],
      ['GET', '/api/org/k3v9x2m7qa/insights'],
    ] as [string, string, unknown?][]) {
      const r = await app.request(path, { method, headers: { 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
      expect(r.status, `${method} ${path}`).toBe(404);
      expect(await r.text()).toContain('Organisations exist in hosted mode only');
    }
  });
});

describe('cohort figures from the kept counts, on SQLite too', () => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase('sqlite');
  });
  afterAll(() => database?.close());

  it('equal the figures read from every member’s applications', async () => {
    const db = database.db;
    const at = NOW.toISOString();
    await ensureUser(db, 'admin0000001', 'Admin', at);
    await db.insertInto('organisations').values({ id: 'org000000001', owner_id: 'admin0000001', name: 'Northside Careers', created_at: at }).execute();
    const member = (id: string, owner: string, role: string) => ({ id, org_id: 'org000000001', owner_id: owner, role, cohort_id: null, counts: role === 'member' ? 1 : 0, joined_at: at, consent_changed_at: at });
    await db.insertInto('org_members').values(member('om0000000000', 'admin0000001', 'admin')).execute();
    for (let i = 1; i <= 5; i++) {
      const owner = `member000000${i}`;
      await ensureUser(db, owner, `Member ${i}`, at);
      await db.insertInto('org_members').values(member(`om000000000${i}`, owner, 'member')).execute();
      const ctx = { db, ownerId: owner, now: () => NOW };
      await loadSampleSearch(ctx);
      // Members differ: each deletes a few of the sample's applications.
      const ids = await db.selectFrom('applications').select('id').where('owner_id', '=', owner).orderBy('id').limit(i * 3).execute();
      for (const { id } of ids) await deleteApplication(ctx, id);
    }
    const ctx = { db, ownerId: 'admin0000001', now: () => NOW };
    for (const threshold of [1, 5]) {
      const kept = await organisationInsights(ctx, 'org000000001', {}, { threshold });
      expect(kept.people).toBe(5);
      expect(kept).toEqual(await organisationInsights(ctx, 'org000000001', {}, { threshold, recompute: true }));
    }
    await expectPeriodReadEqualsJoin(db, 'org000000001');
  });
});
