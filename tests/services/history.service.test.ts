import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { createApp } from '../../src/server/app.js';
import * as apps from '../../src/services/applications.service.js';
import * as boards from '../../src/services/board.service.js';
import * as events from '../../src/services/application-events.service.js';
import { getInsights } from '../../src/services/insights.service.js';
import { ServiceError } from '../../src/services/errors.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { givenApplication } from '../support/builders.js';

const TODAY = '2026-12-02';
const NOW = `${TODAY}T10:00:00.000Z`;

async function refusal(p: Promise<unknown>): Promise<ServiceError> {
  const e: unknown = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof ServiceError)) throw new Error(`expected a ServiceError, got ${String(e)}`);
  return e;
}

/** Issue #8, items 1, 2 and 7: history is told in order, undo takes back the last action, interviews can be booked ahead. */
describe.each(testDialects())('history of an application on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('refuses a step dated before the latest step, naming it, and writes nothing', async () => {
    const ctx = await testContext(database, { ownerId: 'u-backdated', now: NOW });
    const app = await givenApplication(ctx, { date: '2026-11-01' });
    await events.moveApplication(ctx, app.id, { stage: 'interview', occurredOn: TODAY });
    const e = await refusal(events.moveApplication(ctx, app.id, { stage: 'rejected', occurredOn: '2026-12-01' }));
    expect(e.code).toBe('validation');
    expect(e.fields?.occurredOn).toContain('Interview on 2 Dec 2026 is the latest step');
    const after = await apps.getApplication(ctx, app.id);
    expect(after.status).toBe('interview');
    expect(after.events.map((x) => x.stage)).toEqual(['applied', 'interview']);
    // The same day is fine: it reads after the interview, and becomes the status.
    const same = await events.moveApplication(ctx, app.id, { stage: 'rejected', occurredOn: TODAY });
    expect(same.application.status).toBe('rejected');
  });

  it('moves a just-added application to an interview dated after its applied day (the README example)', async () => {
    const ctx = await testContext(database, { ownerId: 'u-readme', now: NOW });
    const app = await givenApplication(ctx, { date: '2026-11-10' });
    const moved = await events.moveApplication(ctx, app.id, { stage: 'interview', interviewType: 'technical', occurredOn: '2026-11-20' });
    expect(moved.application.status).toBe('interview');
    // Added today, the same move is refused instead of silently changing nothing.
    const today = await givenApplication(ctx, { date: TODAY });
    const e = await refusal(events.moveApplication(ctx, today.id, { stage: 'interview', occurredOn: '2026-11-20' }));
    expect(e.fields?.occurredOn).toContain('Applied on 2 Dec 2026 is the latest step');
  });

  it('undo takes back the step recorded last, not the one dated last', async () => {
    const ctx = await testContext(database, { ownerId: 'u-undo', now: NOW });
    const app = await givenApplication(ctx, { date: '2026-11-01' });
    const booked = await events.moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-12-09' });
    const screen = await events.moveApplication(ctx, app.id, { stage: 'screen', occurredOn: '2026-11-25' });
    expect(screen.event?.seq).toBe(3);
    const detail = await apps.getApplication(ctx, app.id);
    expect(detail.events.map((x) => x.stage)).toEqual(['applied', 'screen', 'interview']); // read by day
    // The interview is dated last, but the screen was recorded last: only it can be undone.
    const e = await refusal(events.undoEvent(ctx, app.id, booked.event?.id ?? ''));
    expect(e.code).toBe('conflict');
    const undone = await events.undoLastEvent(ctx, app.id);
    expect(undone.undone.stage).toBe('screen');
    expect(undone.application.status).toBe('applied');
    expect((await apps.getApplication(ctx, app.id)).events.map((x) => x.stage)).toEqual(['applied', 'interview']);
  });

  it('numbers interview rounds by their days, when a round is booked before one already booked, and after an undo', async () => {
    const ctx = await testContext(database, { ownerId: 'u-rounds', now: NOW });
    const app = await givenApplication(ctx, { date: '2026-11-01' });
    await events.moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2027-01-10' });
    await events.moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-12-20' });
    const rounds = async () => (await apps.getApplication(ctx, app.id)).events.filter((x) => x.stage === 'interview').map((x) => [x.occurredOn, x.round]);
    expect(await rounds()).toEqual([['2026-12-20', 1], ['2027-01-10', 2]]);
    // One today comes first of all; taking it back closes the gap again.
    await events.moveApplication(ctx, app.id, { stage: 'interview', occurredOn: TODAY });
    expect(await rounds()).toEqual([[TODAY, 1], ['2026-12-20', 2], ['2027-01-10', 3]]);
    await events.undoLastEvent(ctx, app.id);
    expect(await rounds()).toEqual([['2026-12-20', 1], ['2027-01-10', 2]]);
    // A round given by hand is kept as given.
    await events.moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2027-01-20', round: 5 });
    expect(await rounds()).toEqual([['2026-12-20', 1], ['2027-01-10', 2], ['2027-01-20', 5]]);
  });

  it('books an interview ahead: upcoming, the status stays, and it counts from its day with no write', async () => {
    const ctx = await testContext(database, { ownerId: 'u-booked', now: NOW });
    const app = await givenApplication(ctx, { date: '2026-10-01' }); // silent for two months…
    const booked = await events.moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-12-09', interviewType: 'technical' });
    expect(booked.changed).toBe(true);
    expect(booked.event).toMatchObject({ stage: 'interview', occurredOn: '2026-12-09', upcoming: true });
    expect(booked.application).toMatchObject({
      status: 'applied',
      stageReached: 'applied',
      lastEventOn: '2026-10-01',
      upcoming: { stage: 'interview', occurredOn: '2026-12-09' },
      noResponse: { flagged: false }, // …but an interview is booked: not silence
    });
    const silent = await apps.listApplications(ctx, { noResponse: true, sort: 'updated', order: 'desc', page: 1, pageSize: 50 });
    expect(silent.items.map((a) => a.id)).not.toContain(app.id);
    const board = await boards.getBoard(ctx);
    expect(board.columns.find((c) => c.status === 'applied')?.items.map((a) => a.id)).toContain(app.id);
    expect((await getInsights(ctx)).funnel.find((f) => f.stage === 'interview')?.reached).toBe(0);

    ctx.clock.set('2026-12-09T08:00:00.000Z'); // the interview day: nothing was written since
    const boardThen = await boards.getBoard(ctx);
    expect(boardThen.columns.find((c) => c.status === 'interview')?.items.map((a) => a.id)).toContain(app.id);
    expect(boardThen.columns.find((c) => c.status === 'applied')?.items.map((a) => a.id)).not.toContain(app.id);
    expect(await apps.getApplicationSummary(ctx, app.id)).toMatchObject({ status: 'interview', stageReached: 'interview', lastEventOn: '2026-12-09', upcoming: null });
    expect((await getInsights(ctx)).funnel.find((f) => f.stage === 'interview')?.reached).toBe(1);
  });

  it('a rejection while an interview is booked cancels the booking, and says so', async () => {
    const ctx = await testContext(database, { ownerId: 'u-cancel', now: NOW });
    const app = await givenApplication(ctx, { date: '2026-11-01' }, ['screen']);
    await events.moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-12-09' });
    const rejected = await events.moveApplication(ctx, app.id, { stage: 'rejected' });
    expect(rejected.cancelled).toEqual([expect.objectContaining({ stage: 'interview', occurredOn: '2026-12-09' })]);
    expect(rejected.application).toMatchObject({ status: 'rejected', upcoming: null });
    ctx.clock.set('2026-12-10T08:00:00.000Z');
    expect((await apps.getApplicationSummary(ctx, app.id)).status).toBe('rejected');
  });

  it('undoing an ending puts back the bookings it cancelled, as they were', async () => {
    const ctx = await testContext(database, { ownerId: 'u-uncancel', now: NOW });
    const app = await givenApplication(ctx, { date: '2026-11-01' }, ['screen']);
    const booked = await events.moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-12-09', interviewType: 'technical', note: 'With the team lead' });
    const before = await apps.getApplication(ctx, app.id);
    for (const ending of ['rejected', 'withdrawn', 'ghosted', 'accepted'] as const) {
      if (ending === 'accepted') await events.moveApplication(ctx, app.id, { stage: 'offer' });
      const ended = await events.moveApplication(ctx, app.id, { stage: ending });
      expect(ended.cancelled.map((e) => e.id)).toEqual([booked.event?.id]);
      expect((await apps.getApplication(ctx, app.id)).events.map((e) => e.stage)).not.toContain('interview');
      const undone = await events.undoLastEvent(ctx, app.id);
      expect(undone.undone.stage).toBe(ending);
      expect(undone.application).toMatchObject({ upcoming: { stage: 'interview', occurredOn: '2026-12-09' } });
      if (ending === 'accepted') await events.undoLastEvent(ctx, app.id); // and the offer
    }
    const after = await apps.getApplication(ctx, app.id);
    expect(after.status).toBe(before.status);
    expect(after.status).toBe('screen');
    expect(after.events).toEqual(before.events); // same ids, days, rounds, notes and recording order
    expect(after.events.find((e) => e.stage === 'interview')).toMatchObject({ id: booked.event?.id, upcoming: true, interviewType: 'technical', note: 'With the team lead' });
    // The restored booking is live again: what is recorded next comes after it, and its day still makes it the status.
    const next = await events.moveApplication(ctx, app.id, { stage: 'final', occurredOn: '2026-12-16' });
    expect(next.event?.seq).toBeGreaterThan(Math.max(...after.events.map((e) => e.seq)));
    ctx.clock.set('2026-12-09T08:00:00.000Z');
    expect(await apps.getApplicationSummary(ctx, app.id)).toMatchObject({ status: 'interview', upcoming: { stage: 'final', occurredOn: '2026-12-16' } });
  });

  it('books a second screen while at the screen stage (not a repeat), and refuses non-bookable steps ahead', async () => {
    const ctx = await testContext(database, { ownerId: 'u-screen', now: NOW });
    const app = await givenApplication(ctx, { date: '2026-11-01' }, ['screen']);
    const again = await events.moveApplication(ctx, app.id, { stage: 'screen', occurredOn: '2026-12-05' });
    expect(again.changed).toBe(true);
    const e = await refusal(events.moveApplication(ctx, app.id, { stage: 'offer', occurredOn: '2026-12-05' }));
    expect(e.fields?.occurredOn).toMatch(/cannot be in the future/);
  });

  it('numbers two moves sent at once one after the other, and a repeated move changes nothing', async () => {
    const ctx = await testContext(database, { ownerId: 'u-race', now: NOW });
    const app = await givenApplication(ctx, { date: '2026-11-01' });
    const both = await Promise.all([
      events.moveApplication(ctx, app.id, { stage: 'interview' }),
      events.moveApplication(ctx, app.id, { stage: 'interview' }),
    ]);
    expect(both.map((r) => r.event?.seq).sort()).toEqual([2, 3]);
    const before = await apps.getApplicationSummary(ctx, app.id);
    const again = await events.moveApplication(ctx, app.id, { stage: 'offer' });
    const repeat = await events.moveApplication(ctx, app.id, { stage: 'offer' });
    expect(repeat.changed).toBe(false);
    expect(repeat.application.version).toBe(again.application.version);
    expect(again.application.version).toBe(before.version + 1);
  });

  it('over HTTP: a back-dated move is a 400 naming occurredOn; undo deletes the event recorded last', async () => {
    const ctx = await testContext(database, { now: NOW });
    const server = createApp({ db: database.db, now: ctx.now, webDir: '/nonexistent' });
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await server.request(path, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    };
    const created = await call('POST', '/api/applications', { company: 'Larkspur Labs', title: 'Data Analyst', date: '2026-11-01' });
    const id = String(created.json.id);
    expect((await call('POST', `/api/applications/${id}/events`, { stage: 'interview' })).status).toBe(201);
    const back = await call('POST', `/api/applications/${id}/events`, { stage: 'rejected', occurredOn: '2026-12-01' });
    expect(back.status).toBe(400);
    expect(back.json).toMatchObject({ error: { code: 'validation', fields: { occurredOn: expect.stringContaining('Interview on 2 Dec 2026') } } });
    const final = await call('POST', `/api/applications/${id}/events`, { stage: 'final', occurredOn: '2026-12-12' });
    expect(final.json).toMatchObject({ changed: true, application: { status: 'interview', upcoming: { stage: 'final' } } });
    const detail = await call('GET', `/api/applications/${id}`);
    const evs = detail.json.events as { id: string; seq: number; upcoming: boolean }[];
    const last = evs.reduce((a, b) => (b.seq > a.seq ? b : a));
    expect(last.upcoming).toBe(true);
    const undone = await call('DELETE', `/api/applications/${id}/events/${last.id}`);
    expect(undone.json).toMatchObject({ status: 'interview', upcoming: null });
  });
});
