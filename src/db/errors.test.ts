import { describe, expect, it } from 'vitest';
import { isConstraintViolation, isDatabaseBusy, isUniqueViolation } from './errors.js';
import { backoffMs } from './sqlite-dialect.js';

const withCode = (code: string): Error => Object.assign(new Error('engine text'), { code });

describe('database errors', () => {
  it.each([
    ['SQLITE_BUSY', true],
    ['SQLITE_BUSY_SNAPSHOT', true],
    ['SQLITE_BUSY_RECOVERY', true],
    ['SQLITE_LOCKED', true],
    ['40001', true],
    ['40P01', true],
    ['55P03', true],
    ['SQLITE_CONSTRAINT_UNIQUE', false],
    ['23505', false],
    ['ENOENT', false],
  ])('%s is busy: %s', (code, busy) => {
    expect(isDatabaseBusy(withCode(code))).toBe(busy);
  });

  it.each([
    ['SQLITE_CONSTRAINT_UNIQUE', true],
    ['SQLITE_CONSTRAINT_PRIMARYKEY', true],
    ['23505', true],
    ['SQLITE_CONSTRAINT_FOREIGNKEY', false],
    ['23503', false],
  ])('%s is a unique violation: %s', (code, unique) => {
    expect(isUniqueViolation(withCode(code))).toBe(unique);
  });

  it.each([
    ['SQLITE_CONSTRAINT_NOTNULL', true],
    ['SQLITE_CONSTRAINT_FOREIGNKEY', true],
    ['SQLITE_CONSTRAINT_UNIQUE', true],
    ['23502', true],
    ['23503', true],
    ['23505', true],
    ['SQLITE_BUSY', false],
    ['40001', false],
    ['2350', false],
  ])('%s is a constraint violation: %s', (code, refused) => {
    expect(isConstraintViolation(withCode(code))).toBe(refused);
  });

  it('ignores values that are not errors with a string code', () => {
    for (const value of [null, undefined, 'SQLITE_BUSY', 5, { code: 5 }, new Error('database is locked')]) {
      expect(isDatabaseBusy(value)).toBe(false);
      expect(isUniqueViolation(value)).toBe(false);
      expect(isConstraintViolation(value)).toBe(false);
    }
  });

  it('waits a short random while before trying a busy begin again, longer each time', () => {
    expect(backoffMs(1, () => 0)).toBe(25);
    expect(backoffMs(1, () => 1)).toBe(50);
    expect(backoffMs(2, () => 0)).toBe(50);
    expect(backoffMs(2, () => 0.999)).toBeLessThanOrEqual(100);
  });
});
