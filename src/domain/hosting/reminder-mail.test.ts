import { describe, expect, it } from 'vitest';
import { reminderMail } from './reminder-mail.js';

describe('reminderMail', () => {
  it('names the one item in the subject and links the agenda', () => {
    const m = reminderMail({ name: 'Ada', day: '2026-12-03', agendaUrl: 'https://d.example/agenda', items: [{ title: 'Follow up with Acme', detail: 'Applied 10 days ago', overdueSince: null }] });
    expect(m.subject).toBe('One thing on your agenda today: Follow up with Acme');
    expect(m.text).toContain('Hello Ada,');
    expect(m.text).toContain('- Follow up with Acme\n  Applied 10 days ago');
    expect(m.text).toContain('https://d.example/agenda');
  });

  it('counts several items and says which are late', () => {
    const m = reminderMail({ name: ' ', day: '2026-12-03', agendaUrl: 'u', items: [
      { title: 'A', detail: '', overdueSince: '2026-12-01' },
      { title: 'B', detail: '', overdueSince: null },
    ] });
    expect(m.subject).toBe('2 things on your agenda today');
    expect(m.text).toMatch(/^Hello,/);
    expect(m.text).toContain('- A (waiting since 2026-12-01)');
  });
});
