import { describe, expect, it } from 'vitest';
import { ENDED_COLUMNS, isEndedColumn, openEndedColumns, toggleEnded } from './layout';

describe('the board layout', () => {
  it('summarises the columns of applications that are over', () => {
    expect(ENDED_COLUMNS).toEqual(['accepted', 'rejected', 'withdrawn', 'ghosted']);
    expect(isEndedColumn('interview')).toBe(false);
    expect(isEndedColumn('ghosted')).toBe(true);
  });

  it('remembers opened columns, ignoring anything that is not an ended column', () => {
    expect(openEndedColumns(['ghosted', 'rejected', 'interview', 3])).toEqual(['rejected', 'ghosted']);
    expect(openEndedColumns('rejected')).toEqual([]);
    expect(openEndedColumns(null)).toEqual([]);
  });

  it('opens and closes a column in board order', () => {
    expect(toggleEnded(['ghosted'], 'rejected')).toEqual(['rejected', 'ghosted']);
    expect(toggleEnded(['rejected', 'ghosted'], 'rejected')).toEqual(['ghosted']);
  });
});
