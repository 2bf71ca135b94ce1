/**
 * The milestones of an owner's stage history, kept in this process between
 * home visits (docs/decisions/0049-a-lighter-first-load.md). An entry serves
 * while the owner's win mark (moved by triggers whenever the facts change, in
 * the same transaction) is the one it was found with, and while no booked step
 * or reply has come due: from the day it was found until `validUntil`. Any
 * other answer is found again from the database, so several app servers each
 * keep their own entries and none can serve a stale one.
 *
 * Entries are per database handle (tests open many) and per owner, the least
 * recently used dropped first once they hold more than KEPT_MILESTONES
 * milestones in all.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { HistoryMilestones } from '../domain/momentum/index.js';

export interface KeptHistory {
  version: number;
  /** The day it was found for. */
  today: string;
  /** The first later day that could find more in the same facts; null: none. */
  validUntil: string | null;
  history: HistoryMilestones;
}

/** At most this many milestones are kept in all (about 150 bytes each). */
export const KEPT_MILESTONES = 100_000;

const kept = new WeakMap<Kysely<DB>, Map<string, KeptHistory & { size: number }>>();

const sizeOf = (h: HistoryMilestones): number => Object.values(h).reduce((n: number, list: readonly unknown[]) => n + list.length, 0) + 1;

/** What was kept for the owner, if it still holds for `version` on `today`. */
export function keptHistory(db: Kysely<DB>, ownerId: string, version: number, today: string): HistoryMilestones | null {
  const owners = kept.get(db);
  const entry = owners?.get(ownerId);
  if (!owners || !entry) return null;
  if (entry.version !== version || today < entry.today || (entry.validUntil !== null && today >= entry.validUntil)) {
    owners.delete(ownerId);
    return null;
  }
  // Used last, dropped last.
  owners.delete(ownerId);
  owners.set(ownerId, entry);
  return entry.history;
}

export function keepHistory(db: Kysely<DB>, ownerId: string, entry: KeptHistory): void {
  let owners = kept.get(db);
  if (!owners) kept.set(db, (owners = new Map()));
  owners.delete(ownerId);
  owners.set(ownerId, { ...entry, size: sizeOf(entry.history) });
  let total = 0;
  for (const e of owners.values()) total += e.size;
  for (const [owner, e] of owners) {
    if (total <= KEPT_MILESTONES || owner === ownerId) break;
    owners.delete(owner);
    total -= e.size;
  }
}
