import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeIssues, literalOption, numberOption, parseOptions, useCliMessages } from './input.js';

useCliMessages();

const schema = z.object({
  pageSize: z.coerce.number().int().min(1).max(200),
  reasons: z.array(z.object({ reason: z.enum(['skills_gap', 'salary']) })).optional(),
  fit: z.number().int().min(1, 'Use 1 to 5').max(5, 'Use 1 to 5').optional(),
});

describe('refusals in plain words', () => {
  it('names the option the user typed and what is expected', () => {
    const input = { pageSize: 'x', reasons: [{ reason: 'nope' }], fit: 9 };
    const r = schema.safeParse(input);
    expect(r.success).toBe(false);
    if (r.success) return;
    const text = describeIssues(r.error, input, { pageSize: '--limit', reasons: '--reason' });
    expect(text.split('\n')).toEqual([
      '--limit: use a number (you gave "x").',
      '--reason: use one of: skills_gap, salary (you gave "nope").',
      '--fit: use 1 to 5 (you gave "9").',
    ]);
    expect(text).not.toMatch(/expected|received|reasons\.0/);
  });

  it('throws a usage error from parseOptions', () => {
    expect(() => parseOptions(schema, { pageSize: 500 }, { pageSize: '--limit' })).toThrow('--limit: use 200 or less (you gave "500").');
  });

  it('shows the start and the length of a long value rather than echoing it whole', () => {
    const long = 'a'.repeat(5000);
    const input = { company: long };
    const r = z.object({ company: z.string().max(200, 'Company must be at most 200 characters') }).safeParse(input);
    expect(r.success).toBe(false);
    if (r.success) return;
    const text = describeIssues(r.error, input, { company: '--company' });
    expect(text).toBe(`--company: company must be at most 200 characters (you gave "${'a'.repeat(40)}…", 5,000 characters).`);
  });

  it('reads numbers strictly', () => {
    expect(numberOption(undefined, '--round')).toBeUndefined();
    expect(numberOption(' 2 ', '--round')).toBe(2);
    expect(() => numberOption('two', '--round', '2')).toThrow('--round takes a number, such as 2; "two" is not one.');
    expect(() => numberOption('', '--round')).toThrow(/--round takes a number/);
  });

  it('keeps an option whose name starts with --no- as a value option', () => {
    const option = literalOption('--no-response-days <n>', 'days');
    expect(option.negate).toBe(false);
    expect(option.attributeName()).toBe('noResponseDays');
  });
});
