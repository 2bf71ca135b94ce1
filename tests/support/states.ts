import type { Kysely, Selectable } from 'kysely';
import { expect } from 'vitest';
import { refreshApplicationState } from '../../src/db/repos/derived-state.js';
import type { ApplicationStateTable, DB } from '../../src/db/schema.js';
import { deriveStatus } from '../../src/domain/applications/status.js';
import { PROGRESS_STAGES, type Stage } from '../../src/domain/applications/stages.js';
import type { ServiceContext } from '../../src/services/context.js';
import { today } from '../../src/services/settings.service.js';

type StateRow = Selectable<ApplicationStateTable>;

/** The owner's rows of application_state as stored, by application. */
async function storedStates(db: Kysely<DB>, ownerId: string): Promise<StateRow[]> {
  const rows = await db.selectFrom('application_state').selectAll().where('owner_id', '=', ownerId).orderBy('application_id').execute();
  return rows.map((r) => ({ ...r, reached_rank: Number(r.reached_rank), fit: Number(r.fit), excitement: Number(r.excitement) }));
}

class Rollback extends Error {}

/**
 * The owner's rows as a rebuild from nothing would write them: every row deleted and derived again
 * from the events (as of `day`), read, and the whole thing rolled back.
 */
async function rebuiltStates(db: Kysely<DB>, ownerId: string, day: string): Promise<StateRow[]> {
  let rows: StateRow[] = [];
  try {
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('application_state').where('owner_id', '=', ownerId).execute();
      await refreshApplicationState(trx, ownerId, day);
      rows = await storedStates(trx, ownerId);
      throw new Rollback();
    });
  } catch (e) {
    if (!(e instanceof Rollback)) throw e;
  }
  return rows;
}

/** What the domain derives from each application's events on `day` (ADR 0004), in the table's terms. */
async function domainStates(db: Kysely<DB>, ownerId: string, day: string) {
  const events = await db
    .selectFrom('stage_events')
    .select(['application_id', 'stage', 'occurred_on', 'seq'])
    .where('owner_id', '=', ownerId)
    .execute();
  const apps = await db.selectFrom('applications').select('id').where('owner_id', '=', ownerId).orderBy('id').execute();
  return apps.map(({ id }) => {
    const d = deriveStatus(
      events.filter((e) => e.application_id === id).map((e) => ({ stage: e.stage as Stage, occurredOn: e.occurred_on, seq: Number(e.seq) })),
      day,
    );
    return {
      application_id: id,
      status: d?.status ?? null,
      reached_rank: d ? PROGRESS_STAGES.indexOf(d.stageReached) : null,
      applied_on: d?.appliedOn ?? null,
      last_event_on: d?.lastEventOn ?? null,
      next_event_on: d?.nextEventOn ?? null,
      next_stage: d?.nextStage ?? null,
    };
  });
}

/**
 * application_state of the owner is what a fresh derivation from the events gives on the owner's
 * today: row for row and column for column as a rebuild from nothing writes it (the copied sort
 * keys and segment values included), with the status columns also equal to the domain's rules, and
 * one row per application.
 */
export async function expectFreshStates(ctx: ServiceContext, label = ''): Promise<void> {
  const day = await today(ctx);
  const stored = await storedStates(ctx.db, ctx.ownerId);
  expect(stored, `${label}: application_state against a rebuild on ${day}`).toEqual(await rebuiltStates(ctx.db, ctx.ownerId, day));
  const domain = stored.map((r) => ({
    application_id: r.application_id,
    status: r.status,
    reached_rank: r.reached_rank,
    applied_on: r.applied_on,
    last_event_on: r.last_event_on,
    next_event_on: r.next_event_on,
    next_stage: r.next_stage,
  }));
  expect(domain, `${label}: application_state against the domain rules on ${day}`).toEqual(await domainStates(ctx.db, ctx.ownerId, day));
}
