import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { deleteAccountAndRows, exportOwnedRows } from '../../src/db/repos/accounts.repo.js';
import { createApp } from '../../src/server/app.js';
import * as coach from '../../src/services/coach.service.js';
import type { ServiceContext } from '../../src/services/context.js';
import { recordRejection } from '../../src/services/debrief.service.js';
import { setGoals } from '../../src/services/goals.service.js';
import { addJournalEntry } from '../../src/services/journal.service.js';
import { getPlan } from '../../src/services/plan.service.js';
import * as shares from '../../src/services/shares.service.js';
import { givenApplication } from '../support/builders.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';

const NOW = '2026-12-02T12:00:00.000Z'; // a Wednesday

/** Invites `coachCtx` (by its address) and accepts: the share's id. */
async function share(seeker: ServiceContext, coachCtx: ServiceContext, scopes: ('progress' | 'debriefs' | 'journal')[] = ['progress']): Promise<string> {
  const mail: { to: string; text: string }[] = [];
  const email = `${coachCtx.ownerId}@example.org`;
  await shares.createShare(seeker, { email, scopes }, { publicUrl: 'http://debrief.test', mailer: { send: (m) => Promise.resolve(void mail.push(m)) }, ownEmail: `${seeker.ownerId}@example.org`, ownName: seeker.ownerId });
  const token = decodeURIComponent(/token=([^\s]+)/.exec(mail[0]!.text)![1]!);
  return (await coach.acceptInvitation(coachCtx, token, { email })).clientId;
}

/** Counts the statements a database handle runs. */
function counting(ctx: ServiceContext): { ctx: ServiceContext; count: () => number } {
  let n = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      n += 1;
      return args.node;
    },
    transformResult: (args) => Promise.resolve(args.result),
  };
  return { ctx: { ...ctx, db: ctx.db.withPlugin(plugin) }, count: () => n };
}

describe.each(testDialects())('sharing with a coach on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('invites by email, accepts only for the invited address, and refuses sharing with yourself or twice', async () => {
    const seeker = await testContext(database, { ownerId: 'inv-seeker', now: NOW });
    const other = await testContext(database, { ownerId: 'inv-other', now: NOW });
    const coachCtx = await testContext(database, { ownerId: 'inv-coach', now: NOW });
    const options = { publicUrl: 'http://debrief.test', mailer: null, ownEmail: 'inv-seeker@example.org', ownName: 'Sam' };
    await expect(shares.createShare(seeker, { email: 'INV-SEEKER@example.org' }, options)).rejects.toMatchObject({ code: 'validation' });
    const created = await shares.createShare(seeker, { email: 'inv-coach@example.org' }, options);
    expect(created).toMatchObject({ status: 'pending', scopes: ['progress'], orgId: null });
    expect(created.url).toMatch(/^http:\/\/debrief\.test\/coach\/accept\?token=/);
    await expect(shares.createShare(seeker, { email: 'inv-coach@example.org' }, options)).rejects.toMatchObject({ code: 'conflict' });
    const token = decodeURIComponent(created.url!.split('token=')[1]!);
    await expect(coach.acceptInvitation(other, token, { email: 'inv-other@example.org' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(coach.acceptInvitation(seeker, token, { email: 'inv-coach@example.org' })).rejects.toMatchObject({ code: 'conflict' });
    expect(await coach.acceptInvitation(coachCtx, token, { email: 'inv-coach@example.org' })).toEqual({ clientId: created.id, name: 'inv-seeker' });
    await expect(coach.acceptInvitation(coachCtx, token, { email: 'inv-coach@example.org' })).rejects.toMatchObject({ code: 'not_found' });
    // The seeker's list never holds the token.
    expect(JSON.stringify((await exportOwnedRows(database.db, seeker.ownerId)).coach_shares)).not.toContain('token');
  });

  it('shows exactly the scope, narrowed, changes at once, and nothing after revoking', async () => {
    const seeker = await testContext(database, { ownerId: 'sc-seeker', now: NOW });
    const coachCtx = await testContext(database, { ownerId: 'sc-coach', now: NOW });
    const app = await givenApplication(seeker, { company: 'Larkspur Labs', salaryMin: 50_000, salaryMax: 60_000, date: '2026-11-10', notes: 'Private thoughts' }, ['applied', 'interview']);
    await recordRejection(seeker, app.id, { date: '2026-11-20', message: 'Thank you for your time, we went with another candidate.', reasons: [{ reason: 'skills_gap' }] });
    await addJournalEntry(seeker, { mood: 2, note: 'Rough week' });
    const id = await share(seeker, coachCtx);

    const board = await coach.getClientBoard(coachCtx, id);
    const card = board.columns.flatMap((c) => c.items).find((a) => a.id === app.id)!;
    expect(card).toMatchObject({ company: 'Larkspur Labs', status: 'rejected', appliedOn: '2026-11-10' });
    expect(JSON.stringify(board)).not.toMatch(/50000|Private thoughts/);
    const insights = await coach.getClientInsights(coachCtx, id);
    expect(insights.totals.applications).toBe(1);
    expect(insights.reasons).toBeNull();
    for (const read of [coach.getClientDebriefs, coach.getClientPlan, coach.getClientJournal]) {
      await expect(read(coachCtx, id)).rejects.toMatchObject({ code: 'not_found' });
    }

    await shares.updateShareScope(seeker, id, { scopes: ['progress', 'debriefs'] });
    const debriefs = await coach.getClientDebriefs(coachCtx, id);
    expect(debriefs.items[0]).toMatchObject({ company: 'Larkspur Labs', stageReached: 'interview', reasons: [{ reason: 'skills_gap' }] });
    expect(JSON.stringify(debriefs)).not.toContain('another candidate');
    expect((await coach.getClientInsights(coachCtx, id)).reasons).not.toBeNull();
    expect((await coach.getClientPlan(coachCtx, id)).debriefed).toBeGreaterThanOrEqual(0);
    await expect(coach.getClientJournal(coachCtx, id)).rejects.toMatchObject({ code: 'not_found' });

    await shares.updateShareScope(seeker, id, { scopes: ['journal'] });
    expect((await coach.getClientJournal(coachCtx, id)).entries[0]).toMatchObject({ mood: 2, note: 'Rough week' });
    await expect(coach.getClientDebriefs(coachCtx, id)).rejects.toMatchObject({ code: 'not_found' });

    const overview = await shares.listShares(seeker);
    expect(overview.shares[0]).toMatchObject({ id, status: 'active', coachName: 'sc-coach', scopes: ['progress', 'journal'] });
    expect(new Set(overview.accessLog.map((l) => l.section))).toEqual(new Set(['board', 'insights', 'debriefs', 'plan', 'journal']));

    await shares.revokeShare(seeker, id);
    for (const read of [coach.getClientOverview, coach.getClientBoard, coach.getClientInsights, coach.getClientJournal, coach.listNotes, coach.listSuggestions]) {
      await expect(read(coachCtx, id)).rejects.toMatchObject({ code: 'not_found' });
    }
    await expect(coach.addNote(coachCtx, id, 'Still here?')).rejects.toMatchObject({ code: 'not_found' });
    expect((await coach.getCaseload(coachCtx)).clients).toEqual([]);
    await expect(shares.updateShareScope(seeker, id, { scopes: ['progress'] })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('builds the caseload with one query per measure, whatever the number of clients, and raises the signals', async () => {
    const coachCtx = await testContext(database, { ownerId: 'cl-coach', now: NOW });
    // Busy: applied this week against a goal of 3, three rejections in a row after interviews.
    const busy = await testContext(database, { ownerId: 'cl-busy', now: NOW });
    await setGoals(busy, { applications: 3 });
    await givenApplication(busy, { date: '2026-11-30' }, ['applied']);
    await givenApplication(busy, { date: '2026-12-01' }, ['applied']);
    for (const [i, day] of ['2026-11-20', '2026-11-24', '2026-11-28'].entries()) {
      const a = await givenApplication(busy, { date: `2026-11-0${i + 1}` }, ['applied', 'interview']);
      await recordRejection(busy, a.id, { date: day });
    }
    // Quiet since October, low mood in the journal (shared).
    const quiet = await testContext(database, { ownerId: 'cl-quiet', now: '2026-10-01T12:00:00.000Z' });
    await givenApplication(quiet, { date: '2026-09-30' }, ['applied']);
    quiet.clock.set(NOW);
    for (const day of ['2026-11-25', '2026-11-28', '2026-12-01']) await addJournalEntry(quiet, { mood: 1, date: day });
    // Low mood too, but the journal is not shared: no mood signal.
    const privateMood = await testContext(database, { ownerId: 'cl-private', now: NOW });
    await givenApplication(privateMood, { date: '2026-12-01' }, ['applied']);
    for (const day of ['2026-11-25', '2026-11-28', '2026-12-01']) await addJournalEntry(privateMood, { mood: 1, date: day });

    const busyShare = await share(busy, coachCtx, ['progress', 'debriefs']);
    await share(quiet, coachCtx, ['progress', 'journal']);
    const counted = counting(coachCtx);
    const two = await coach.getCaseload(counted.ctx);
    const queriesForTwo = counted.count();
    await share(privateMood, coachCtx);
    const recount = counting(coachCtx);
    const load = await coach.getCaseload(recount.ctx);
    expect(recount.count()).toBe(queriesForTwo);
    expect(two.clients).toHaveLength(2);

    const byName = Object.fromEntries(load.clients.map((c) => [c.name, c]));
    expect(byName['cl-busy']).toMatchObject({
      id: busyShare,
      week: { start: '2026-11-30', applications: 2, goal: 3 },
      stages: { applied: 2, rejected: 3 },
      debriefsToFinish: 3,
      lastActivityOn: '2026-12-02',
    });
    expect(byName['cl-busy']!.signals.map((s) => s.kind)).toEqual(['same_stage_rejections']);
    expect(byName['cl-busy']!.signals[0]!.message).toBe('3 rejections in a row after interviews.');
    expect(byName['cl-quiet']!.signals.map((s) => s.kind).sort()).toEqual(['low_mood', 'quiet']);
    expect(byName['cl-quiet']!.lastActivityOn).toBe('2026-10-01');
    expect(byName['cl-quiet']!.debriefsToFinish).toBeNull();
    expect(byName['cl-private']!.signals).toEqual([]);
    // Clients that need a person come first.
    expect(load.clients.at(-1)!.name).toBe('cl-private');
    // A shorter quiet window is the coach's choice.
    expect((await coach.getCaseload(coachCtx, { quietDays: 100 })).clients.find((c) => c.name === 'cl-quiet')!.signals.map((s) => s.kind)).toEqual(['low_mood']);
  });

  it('lets the coach keep private notes (in the seeker’s export) and suggest; the seeker accepts or dismisses', async () => {
    const seeker = await testContext(database, { ownerId: 'sg-seeker', now: NOW });
    const coachCtx = await testContext(database, { ownerId: 'sg-coach', now: NOW });
    const id = await share(seeker, coachCtx);
    const note = await coach.addNote(coachCtx, id, 'Nervous about technical rounds; try mock interviews.');
    expect((await coach.listNotes(coachCtx, id)).notes).toEqual([note]);
    expect((await exportOwnedRows(database.db, seeker.ownerId)).coach_notes).toMatchObject([{ body: note.body, coach_id: 'sg-coach' }]);

    const action = await coach.addSuggestion(coachCtx, id, { kind: 'growth_action', text: 'Book two mock interviews', actionType: 'mock_interview' });
    const question = await coach.addSuggestion(coachCtx, id, { kind: 'practice_question', text: 'Tell me about a time you disagreed with a stakeholder.' });
    const dropped = await coach.addSuggestion(coachCtx, id, { kind: 'practice_question', text: 'Why this company?' });
    expect((await shares.pendingSuggestions(seeker)).suggestions.map((s) => s.id).sort()).toEqual([action.id, question.id, dropped.id].sort());

    const accepted = await shares.acceptSuggestion(seeker, action.id);
    expect(accepted).toMatchObject({ status: 'accepted', coachName: 'sg-coach' });
    expect((await getPlan(seeker)).actions.find((a) => a.id === accepted.resultId)).toMatchObject({ title: 'Book two mock interviews', type: 'mock_interview', status: 'planned' });
    const banked = await shares.acceptSuggestion(seeker, question.id);
    expect((await exportOwnedRows(database.db, seeker.ownerId)).question_bank).toMatchObject([{ id: banked.resultId, question: 'Tell me about a time you disagreed with a stakeholder.' }]);
    expect(await shares.dismissSuggestion(seeker, dropped.id)).toMatchObject({ status: 'dismissed' });
    await expect(shares.acceptSuggestion(seeker, dropped.id)).rejects.toMatchObject({ code: 'conflict' });
    expect((await shares.pendingSuggestions(seeker)).suggestions).toEqual([]);
    expect((await coach.listSuggestions(coachCtx, id)).suggestions.map((s) => s.status).sort()).toEqual(['accepted', 'accepted', 'dismissed']);

    await coach.deleteNote(coachCtx, id, note.id);
    await expect(coach.deleteNote(coachCtx, id, note.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('forgets the share and what hangs on it when the coach’s account is deleted; the seeker’s own rows stay', async () => {
    const seeker = await testContext(database, { ownerId: 'del-seeker', now: NOW });
    const coachCtx = await testContext(database, { ownerId: 'del-coach', now: NOW });
    await givenApplication(seeker, { date: '2026-12-01' }, ['applied']);
    const id = await share(seeker, coachCtx);
    await coach.getClientBoard(coachCtx, id);
    await coach.addNote(coachCtx, id, 'A note');
    await coach.addSuggestion(coachCtx, id, { kind: 'practice_question', text: 'Why this role?' });
    await deleteAccountAndRows(database.db, coachCtx.ownerId);
    const rows = await exportOwnedRows(database.db, seeker.ownerId);
    expect([rows.coach_shares, rows.coach_access_log, rows.coach_notes, rows.coach_suggestions].map((r) => r?.length)).toEqual([0, 0, 0, 0]);
    expect(rows.applications).toHaveLength(1);
  });
});

describe('sharing in local mode', () => {
  it('answers 404 to reading and 409 to changing, saying why', async () => {
    const database = await freshDatabase('sqlite');
    try {
      const app = createApp({ db: database.db, webDir: '/nonexistent' });
      const local = (method: string, path: string, body?: unknown) =>
        app.request(`http://localhost${path}`, { method, ...(body ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}) });
      for (const path of ['/api/shares', '/api/coach/clients', '/api/coach/clients/abc/board', '/api/shares/suggestions']) {
        const r = await local('GET', path);
        expect(r.status, path).toBe(404);
        expect(((await r.json()) as { error: { message: string } }).error.message).toMatch(/only when Debrief runs hosted/);
      }
      expect((await local('POST', '/api/shares', { email: 'coach@example.org' })).status).toBe(409);
      expect((await local('POST', '/api/coach/invitations/accept', { token: 'a-token-of-some-length' })).status).toBe(409);
      expect((await local('DELETE', '/api/shares/abc')).status).toBe(409);
    } finally {
      await database.close();
    }
  });
});
