/**
 * The general rules of the fifth round (docs/decisions/0045), each on messages written for this test (not
 * taken from any corpus part). The rules alone (`null`) must read them, except where the learned model's
 * own guard is under test.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string) => readMessage({ text }, null);
const readWithModel = (text: string) => readMessage({ text });
const wrap = (body: string): string => `Hi Sam,\n\n${body}\n\nKind regards,\nTheo\nRecruitment Team`;

describe('stage', () => {
  it('reads "thanks so much for reaching the final stage" as a final round ("so much" joins no clauses)', () => {
    const r = read(wrap('Thanks so much for getting through to the final stage for the Store Manager role. We have decided to offer the job to another finalist.'));
    expect(r.stage).toBe('final');
  });

  it('does not take candidates the sender shortlisted for the candidate reaching a shortlist', () => {
    const r = read(wrap('We have reviewed your CV, and we have shortlisted candidates whose experience is a closer match for the role, so we will not be progressing your application.'));
    expect(r.stage).toBe('application');
  });
});

describe('reasons', () => {
  it('reads an offer extended to someone else as the position filled', () => {
    expect(read(wrap('Thank you for interviewing with us last week. We have decided to extend an offer to another candidate.')).reasons).toEqual(['position_filled']);
  });

  it('reads a post filled by a member of the existing team as an internal candidate only', () => {
    expect(read(wrap('Thank you for your interview. The post has been offered to a member of our existing accounts team.')).reasons).toEqual(['internal_candidate']);
    expect(read(wrap('The vacancy has been filled by a current colleague, so we are no longer considering external applications.')).reasons).toEqual(['internal_candidate']);
  });

  it('reads others whose background is closer to a named domain as a skills gap, and closer to "our work" as a mismatch', () => {
    const named = read(wrap('We have decided to continue with applicants whose backgrounds sit closer to commercial property lending.'));
    expect(named.reasons).toEqual(['skills_gap']);
    expect(named.feedback).toBe(true);
    expect(read(wrap('We have decided to continue with applicants whose experience sits closer to our work.')).reasons).toEqual(['profile_mismatch']);
  });

  it('reads "we\'re after someone who already …" with what the candidate has instead as a skills gap', () => {
    const r = read(wrap("We're after someone who already runs month-end close in NetSuite, and your CV shows mostly QuickBooks, so we won't be taking it further."));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('reads a credential that applicants must be registered for as a skills gap', () => {
    expect(read(wrap('Applicants must be registered with the Health and Care Professions Council. As you are not yet registered, we cannot consider your application.')).reasons).toEqual(['skills_gap']);
  });

  it('reads a preference for another kind of workplace as culture fit', () => {
    const r = read(wrap('Thank you for meeting the team. We felt your preference for a calm, predictable workplace would be hard to reconcile with our busy kitchen, so we will not be taking things further.'));
    expect(r.reasons).toEqual(['culture_fit']);
    expect(r.feedback).toBe(true);
  });

  it('lets the model add no reason on a bare description of the role', () => {
    const r = readWithModel(wrap('The role requires advanced Excel, Power BI and experience preparing board packs. After careful consideration, we will not be progressing your application.'));
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['generic']);
  });
});

describe('flags', () => {
  it('reads the named section of a test below the pass mark as specific feedback', () => {
    const r = read(wrap('Thank you for completing the online tests. Unfortunately you did not reach the pass mark in the verbal reasoning section, so your application will not progress.'));
    expect(r.stage).toBe('assessment');
    expect(r.feedback).toBe(true);
  });

  it('reads a piece of work that did not support or give what was asked as specific feedback', () => {
    const r = read(wrap('Thank you for the modelling exercise. The forecast for the second year did not justify the growth you assumed, and the summary didn\'t give a recommendation, so we will not be progressing your application.'));
    expect(r.feedback).toBe(true);
  });

  it('keeps a door opened after "but" in a sentence that cannot consider this application', () => {
    const r = read(wrap('As you have not yet qualified, we cannot consider your application now, but we would be delighted to receive an application from you once you have.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "I\'d love to reach out when …" and "do follow our careers page" as open doors', () => {
    expect(read(wrap("We've offered the role to another candidate. There will be more sales roles later this year, and I'd love to reach out when those open.")).doorOpen).toBe(true);
    expect(read(wrap('We have decided not to progress your application. Do follow our careers page for new openings.')).doorOpen).toBe(true);
  });

  it('reads an invitation to discuss the panel\'s decision as feedback offered, and thanks for a request as none', () => {
    expect(read(wrap('We have appointed another candidate. If you would like to discuss the panel\'s decision, please feel free to contact me.')).feedbackOffered).toBe(true);
    expect(read(wrap('Thank you for your email asking for feedback on your interview. I have passed it to the chair of the panel.')).feedbackOffered).toBe(false);
  });

  it('does not read "we\'ll pick things up again" on a paused role as a door to other roles', () => {
    const r = read(wrap("The hiring for this role has been paused until the spring. You're still in the running, and we hope to pick things up again then. I'll be in touch.")); 
    expect(r.kind).toBe('on_hold');
    expect(r.doorOpen).toBe(false);
  });
});

describe('the inbox: look-alikes that decline nobody', () => {
  it.each([
    ['an apology for a delay', 'We apologise for the delay in getting back to you: reviewing applications has taken longer than planned. We expect to contact everyone next week.'],
    ['a failed upload', 'We are sorry, but your application could not be submitted because the attached file was in an unsupported format. Please try again before the closing date.'],
    ['a confirmed withdrawal', "Thank you for letting us know you'd like to withdraw your application for the Data Analyst role. We have closed your application and won't contact you about it again."],
    ['a job alert with a job the candidate looked at', 'Three new Barista jobs near Bristol were posted this week. Unfortunately, the Bath role you looked at is no longer taking applications, but these might suit you.'],
    ['an alert with no more matches', "Here are this week's roles for you. Sorry, we couldn't find more jobs that match all your preferences. Try widening your search."],
  ])('%s', (_name, body) => {
    expect(read(wrap(body)).kind).not.toBe('rejection');
    expect(readWithModel(wrap(body)).kind).not.toBe('rejection');
  });

  it('still reads a rejection that apologises for the delay in the same breath', () => {
    expect(read(wrap('Sorry for the delay in replying: unfortunately we will not be moving forward with your application.')).kind).toBe('rejection');
  });
});
