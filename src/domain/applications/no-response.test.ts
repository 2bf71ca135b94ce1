import { describe, expect, it } from 'vitest';
import { noResponse, noResponseCutoff } from './no-response.js';

describe('noResponse', () => {
  it.each([
    { status: 'applied', last: '2026-10-01', today: '2026-10-22', days: 21, flagged: true, silent: 21 },
    { status: 'applied', last: '2026-10-02', today: '2026-10-22', days: 21, flagged: false, silent: 20 },
    { status: 'interview', last: '2026-09-01', today: '2026-10-22', days: 21, flagged: true, silent: 51 },
    { status: 'screen', last: '2026-10-20', today: '2026-10-22', days: 1, flagged: true, silent: 2 },
    { status: 'rejected', last: '2026-01-01', today: '2026-10-22', days: 21, flagged: false, silent: null },
    { status: 'saved', last: '2026-01-01', today: '2026-10-22', days: 21, flagged: false, silent: null },
    { status: 'offer', last: '2026-01-01', today: '2026-10-22', days: 21, flagged: false, silent: null },
    { status: 'ghosted', last: '2026-01-01', today: '2026-10-22', days: 21, flagged: false, silent: null },
    // An interview booked for next week is not silence.
    { status: 'interview', last: '2026-10-29', today: '2026-10-22', days: 21, flagged: false, silent: 0 },
  ] as const)('$status since $last, today $today, threshold $days', ({ status, last, today, days, flagged, silent }) => {
    expect(noResponse(status, last, today, days)).toEqual({ flagged, daysSilent: silent });
  });

  it('is never flagged while a step is booked ahead: the employer answered', () => {
    expect(noResponse('applied', '2026-09-01', '2026-10-22', 21, '2026-10-29')).toEqual({ flagged: false, daysSilent: null });
  });

  it('gives the last day that counts as silent', () => {
    expect(noResponseCutoff('2026-03-01', 21)).toBe('2026-02-08');
  });
});
