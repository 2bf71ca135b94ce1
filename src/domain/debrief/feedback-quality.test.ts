import { describe, expect, it } from 'vitest';
import { judgeFeedback, type FeedbackVerdict } from './feedback-quality.js';

describe('judgeFeedback', () => {
  it.each<[string, string | null | undefined, FeedbackVerdict]>([
    // empty
    ['nothing at all', '', 'empty'],
    ['whitespace', '   \n ', 'empty'],
    ['null', null, 'empty'],
    ['n/a', 'N/A', 'empty'],
    ['no feedback given', 'No feedback given.', 'empty'],
    ['punctuation only', '...', 'empty'],
    // short but specific
    ['shaky SQL', 'Your SQL answers were shaky.', 'specific'],
    ['years of experience', 'We needed someone with at least 5 years of Kubernetes experience.', 'specific'],
    ['language level', 'The role requires fluent German.', 'specific'],
    ['a concrete suggestion', 'Next time, try to give shorter answers with one concrete example each.', 'specific'],
    ['a degree', 'Unfortunately the position requires a degree in accounting.', 'specific'],
    ['a moment in the interview', 'In the system design round you did not discuss how the service would scale.', 'specific'],
    ['résumé impact', "Your CV didn't show the impact of your projects; adding numbers would help.", 'specific'],
    ['too long', 'Your answers were too long and we lost the thread.', 'specific'],
    ['take-home', 'The take-home test had a few bugs in the edge cases.', 'specific'],
    ['C#', 'We needed deeper C# experience for this team.', 'specific'],
    // long but generic
    [
      'long boilerplate',
      'Thank you so much for your time and interest. After careful consideration, it was a tough decision, as we had a very strong pool of candidates. ' +
        'We have decided to move forward with a candidate whose experience more closely matched our needs at this time. ' +
        'We will keep your details on file for future opportunities and wish you all the best in your search.',
      'generic',
    ],
    ['you were great, but', 'You were great but we went with someone else.', 'generic'],
    ['better fit', 'We felt the other candidate was a better fit for the team.', 'generic'],
    ['more experience in nothing', 'We went with someone with more experience.', 'generic'],
    ['careers page', "I'd recommend keeping an eye on our careers page.", 'generic'],
    ['declines to detail', 'Unfortunately we are unable to provide specific feedback on individual applications.', 'generic'],
    ['reviewed CV', 'We reviewed your CV carefully against the brief.', 'generic'],
    // praise only
    ['generic praise', 'We were really impressed with your background.', 'generic'],
    ['specific praise only', 'Your presentation was excellent and the team loved your SQL skills.', 'generic'],
    // negated
    ['no concerns', 'We had no concerns about your technical skills; it was simply a matter of timing.', 'generic'],
    ['skills were not the issue', "Your skills weren't the issue, we simply hired internally.", 'generic'],
    ['nothing wrong', 'You did nothing wrong in the interview.', 'generic'],
    // mixed
    [
      'boilerplate then specific',
      'It was a tough decision and we had a strong pool of candidates. That said, in the system design round you did not discuss how the service would scale.',
      'specific',
    ],
    ['praise then critique', 'Your code was clean, but your explanation of the trade-offs was vague.', 'specific'],
    ['no issue, but a gap', 'There were no issues with your code, but your testing was limited.', 'specific'],
  ])('%s → %s', (_name, text, verdict) => {
    expect(judgeFeedback(text).verdict).toBe(verdict);
  });

  it('explains a specific verdict with what it found', () => {
    const { reasons } = judgeFeedback('Your SQL answers were shaky.');
    expect(reasons.join(' ')).toMatch(/skill.*SQL/);
  });

  it('lists what it found first, then the standard wording, in a mixed text', () => {
    const { reasons } = judgeFeedback('It was a tough decision. Your SQL answers were shaky.');
    expect(reasons[0]).toMatch(/SQL/);
    expect(reasons).toContain('Standard wording: “a tough decision”.');
  });

  it('names the standard wording in a generic verdict', () => {
    const { reasons } = judgeFeedback('It was a tough decision given the strong pool of candidates.');
    expect(reasons).toEqual(expect.arrayContaining(['Standard wording: “a tough decision”.', 'Standard wording: “a strong pool of candidates”.']));
  });

  it('says when it is only praise', () => {
    expect(judgeFeedback('Your presentation was excellent.').reasons).toContain('Only praise: kind, but nothing to work on yet.');
  });

  it('always gives at least one reason', () => {
    for (const text of ['', 'Thanks.', 'Hello there', 'Your SQL was shaky']) {
      expect(judgeFeedback(text).reasons.length).toBeGreaterThan(0);
    }
  });
});
