import { describe, expect, it } from 'vitest';
import type { BoardCard, BoardColumn } from '../../../contracts/applications.js';
import { moveInColumn } from './api';

const card = (id: string, status: BoardCard['status']): BoardCard => ({
  id, company: 'Larkspur Labs', title: 'Data Analyst', status, lastEventOn: '2026-11-02', upcoming: null, noResponse: { flagged: true, daysSilent: 30 }, tags: [],
});
const column = (status: BoardColumn['status'], items: BoardCard[], total: number, loaded = true): BoardColumn => ({ status, total, loaded, items, nextCursor: null });

describe('a card moved on the board before the server answers', () => {
  const moving = card('b', 'applied');
  it('leaves its column, which counts one fewer', () => {
    expect(moveInColumn(column('applied', [card('a', 'applied'), moving], 30), moving, 'screen')).toEqual(column('applied', [card('a', 'applied')], 29));
  });
  it('comes first in a column whose cards were read, no longer silent', () => {
    const moved = moveInColumn(column('screen', [card('c', 'screen')], 1), moving, 'screen');
    expect(moved.total).toBe(2);
    expect(moved.items.map((a) => [a.id, a.status, a.noResponse.flagged])).toEqual([['b', 'screen', false], ['c', 'screen', true]]);
  });
  it('only adds to the count of a folded column whose cards were not read', () => {
    expect(moveInColumn(column('withdrawn', [], 8, false), moving, 'withdrawn')).toEqual(column('withdrawn', [], 9, false));
  });
  it('leaves the other columns as they were', () => {
    const other = column('offer', [], 2);
    expect(moveInColumn(other, moving, 'screen')).toBe(other);
  });
});
