/**
 * Offers of feedback and open doors said in people's words, buried in the middle of a letter, and the rules written for
 * them: messages written for this test (not taken from any corpus part), each beside a message in nearby words that must
 * still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string) => readMessage({ text }, null);
const wrap = (body: string): string => `Dear Oluwaseun,\n\n${body}\n\nKind regards,\nRecruitment Team`;

describe('feedback offered as the candidate’s wish, with the way to ask', () => {
  it('reads "should you desire feedback on your interview, you can write to me" as an offer', () => {
    const r = read(wrap('Thank you for interviewing for the Treasury Officer role. The committee has chosen to continue with other candidates. Should you desire feedback on your interview, you can write to me directly.'));
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "if you wish, I can share the assessors\' remarks by phone" as an offer', () => {
    const r = read(wrap('Many thanks for attending the assessment centre in Pune. We will not be offering you a place on the programme. If you wish, I can share the assessors\' written comments over the phone next week.'));
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "if you would like to see the marked-up copy of your test, just ask" as an offer', () => {
    const r = read(wrap('Thank you for sitting the proofreading test. We are not able to add you to our freelance panel this time. If you would like to see the marked-up copy of your test, just ask.'));
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read "should you wish to have our comments, I am afraid we cannot share them" as an offer', () => {
    const r = read(wrap('Thank you for interviewing for the Treasury Officer role. The committee has chosen to continue with other candidates. Should you wish to have our comments, I am afraid we cannot share them because of the number of applicants.'));
    expect(r.feedbackOffered).toBe(false);
  });

  it('does not read "if you would like to update your details, reply to this email" as an offer', () => {
    const r = read(wrap('Thank you for applying for the Treasury Officer role. We will not be taking your application further. If you would like to update your contact details or notes on your profile, reply to this email.'));
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads "if any feedback from the interviews would help, let me know" and "happy to chat about your interviews" as offers', () => {
    expect(read(wrap('We have offered the post to someone else and they have said yes. If any feedback from the interviews would help you, do let me know.')).feedbackOffered).toBe(true);
    expect(read(wrap('We have decided to go another way with the Data Engineer hire. I would be happy to chat about your interviews if that is useful.')).feedbackOffered).toBe(true);
  });

  it('does not read "happy to chat about other roles" as an offer of feedback', () => {
    expect(read(wrap('We have decided to go another way with the Data Engineer hire. I would be happy to chat about the other roles we have open.')).feedbackOffered).toBe(false);
  });
});

describe('doors opened in passing', () => {
  it('reads "I have flagged your CV in our system for site manager roles" as a door', () => {
    const r = read(wrap('The client wants someone already registered with the local authority, so I cannot put you forward for this one. I have flagged your CV in our system for site manager roles and will ring you when one fits.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "we have stored your details for the retention period" as a door', () => {
    const r = read(wrap('We will not be taking your application forward. In line with data protection law we have stored your details for the retention period of six months, after which they are deleted.'));
    expect(r.doorOpen).toBe(false);
  });

  it('reads "once you have your chartership, get back in touch" as a door', () => {
    const r = read(wrap('Thank you for meeting us about the Senior Surveyor post. The role needs a chartered surveyor, so we will not be moving forward. Once you have your chartership, please get back in touch with me.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "once you have the forms, contact us" as a door', () => {
    const r = read(wrap('Thank you for meeting us about the Senior Surveyor post. We will not be moving forward. Once you have the forms for your expenses claim, contact us and we will pay them.'));
    expect(r.doorOpen).toBe(false);
  });

  it('reads "we open a second clinic in March and will contact you first" as a door', () => {
    const r = read(wrap('It was a close call, but we offered the Practice Manager role to another applicant. We open a second clinic in March and will contact you first.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "we will not contact you first" as a door', () => {
    const r = read(wrap('It was a close call, but we offered the Practice Manager role to another applicant. For new roles in March we will not contact you first; please watch the board.'));
    expect(r.doorOpen).toBe(false);
  });

  it('reads "we would be glad to get in touch about contract work down the line" as a door', () => {
    const r = read(wrap('The illustrator seat has gone to someone already on our books. We kept your portfolio and would be glad to get in touch about contract work down the line.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "we would be glad to get in touch about your expenses" as a door', () => {
    const r = read(wrap('The illustrator seat has gone to someone already on our books. We would be glad to get in touch about your travel expenses for the day.'));
    expect(r.doorOpen).toBe(false);
  });

  it('reads "I will text you the minute the role opens up again" as a door', () => {
    const r = read(wrap('Finance froze the Events Coordinator hire this morning, so I cannot take you further right now. I will text you the minute the role opens up again.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "I will text you the minute the decision is made" as a door', () => {
    const r = read(wrap('Thanks for coming in for the Events Coordinator interview. I will text you the minute the decision is made.'));
    expect(r.doorOpen).toBe(false);
  });
});

describe('the work found wrong in itself', () => {
  it('reads "the summary memo contained two factual errors" as specific feedback', () => {
    const r = read(wrap('Thank you for completing the written exercise for the Policy Officer post. Your structure was clear, but the summary memo contained two factual errors about the funding rules. We will not be taking you to interview.'));
    expect(r.feedback).toBe(true);
  });

  it('reads "several figures were calculated incorrectly" and "the proposals weren\'t costed at all" as specific feedback', () => {
    expect(read(wrap('Thanks for sending back the pricing task. Several of the margins were calculated incorrectly, so we will not move you to the next round.')).feedback).toBe(true);
    expect(read(wrap('Thanks for the strategy exercise. Your diagnosis was sharp, but the proposals weren\'t costed at all, so we will not move you to the next round.')).feedback).toBe(true);
  });

  it('does not read "your submission was not selected" or "the essay had no errors" as specific feedback', () => {
    expect(read(wrap('Thank you for entering the essay exercise for the Graduate Scheme. Your submission was not selected for the next stage this year.')).feedback).toBe(false);
    expect(read(wrap('Thank you for entering the essay exercise for the Graduate Scheme. The essay had no errors we could find, but we received many strong entries and will not be progressing yours.')).feedback).toBe(false);
  });
});

describe('a shortfall whose cause names a volume of the work, not of the field', () => {
  it('reads "below the bar, mainly because the forecast left out call volume" as specific feedback', () => {
    const r = read(wrap('We scored your staffing plan against the rubric and it came in below the bar, mainly because the forecast left out call volume per shift.'));
    expect(r.feedback).toBe(true);
  });

  it('does not read "below our bar, mainly because of the volume of applications" as feedback', () => {
    const r = read(wrap('Your application came in below our bar this time, mainly because of the volume of applications we received for the post.'));
    expect(r.feedback).toBe(false);
  });
});
