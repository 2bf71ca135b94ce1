/**
 * The general rules of the seventh round (docs/decisions/0053), each on messages written for this test (not
 * taken from any corpus part). The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const wrap = (body: string): string => `Hi Sasha,\n\n${body}\n\nKind regards,\nPetra\nRecruitment`;

describe('interviews told as talks with several people', () => {
  it('reads a talk with two people named by title as an interview', () => {
    const r = read(wrap('We enjoyed speaking with you on Friday with Dr. Amadi and Professor Lunde. We have decided not to offer you the fellowship.'));
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('reads time spent with "the three of us" or "me and Joe" as an interview, a call alone as a screen', () => {
    expect(read(wrap('Thanks for your time talking to the four of us on Tuesday. We will not be moving forward.')).stage).toBe('interview');
    expect(read(wrap('Thanks for your time with me and Joe this morning. We will not be moving forward.')).stage).toBe('interview');
    expect(read(wrap('Thanks for your time on the phone this morning. We will not be moving forward.')).stage).toBe('screen');
  });

  it('reads a yarn or a kōrero with the people as an interview', () => {
    expect(read(wrap('Thanks for the yarn with me and Shaz at the warehouse. We have gone with someone else.')).stage).toBe('interview');
    expect(read(wrap('Thank you for the kōrero with our panel last week. You have not been selected for the role.')).stage).toBe('interview');
  });

  it('reads catching up with the candidate and the crew as an interview', () => {
    expect(read(wrap('Loved catching up with you and the crew at the depot on Monday. We have decided to go with another applicant.')).stage).toBe('interview');
  });

  it('reads an interview "held" on a date, and a discussion with a person and the leads, as an interview', () => {
    expect(read(wrap('With reference to the interview held on 3rd March, we regret that you have not been successful.')).stage).toBe('interview');
    expect(read(wrap('Thank you for the discussion on Monday with Oyelowo and the finance leads. We have chosen another candidate.')).stage).toBe('interview');
  });

  it('does not read conversations with "all shortlisted candidates" as a final round of this candidate', () => {
    const r = read(wrap('Thank you for the discussion with Imran and the product leads. We have now finished our conversations with all shortlisted candidates and chosen someone else.'));
    expect(r.stage).toBe('interview');
  });
});

describe('later steps named in boilerplate', () => {
  it('leaves a programme description out of the stage', () => {
    const r = read(wrap('Thank you for applying to our Summer Internship. The internship includes a final presentation to the directors. Unfortunately we will not be taking your application further.'));
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('leaves steps "for shortlisted applicants only" and those of "candidates who pass" out of the stage', () => {
    expect(read(wrap('We will not be progressing your application. Background checks and a final interview are carried out for shortlisted candidates only.')).stage).toBe('application');
    expect(read(wrap('Candidates who clear the first sift are invited to a test and then to an assessment centre. Your application did not clear the first sift.')).stage).toBe('application');
  });

  it('still reads the final round the candidate had', () => {
    expect(read(wrap('Thank you for attending our assessment centre last week. Unfortunately we will not be offering you a place.')).stage).toBe('final');
  });
});

describe('declines in other words', () => {
  it('reads "not placed on the panel" and "not placed high enough" as a rejection', () => {
    expect(read(wrap('Thank you for meeting the interview board. I regret to tell you that you have not been placed on the panel for this competition.')).kind).toBe('rejection');
    expect(read(wrap('Candidates were ranked in order of merit and you were not placed high enough for an offer.')).kind).toBe('rejection');
  });

  it('reads what the successful candidate had as a decline with that requirement', () => {
    const r = read(wrap('Thanks for your time with the team. It came down to hands-on Kafka experience, which the successful candidate had and you did not yet.'));
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
  });

  it('reads a preference for working alone against a team that works together as culture fit', () => {
    const r = read(wrap('Thanks for the interviews. The team felt your preference for working solo would not fit how closely we pair every day, so we will not make an offer.'));
    expect(r.reasons).toEqual(['culture_fit']);
    expect(r.feedback).toBe(true);
  });

  it("reads the reviewers' verdict on a piece of work as the test's result, with specific feedback", () => {
    const r = read(wrap('Thank you for the writing exercise. The editors felt the intro was misleading and the piece buried the key finding, so we will not continue.'));
    expect(r.stage).toBe('assessment');
    expect(r.reasons).toEqual(['assessment']);
    expect(r.feedback).toBe(true);
  });
});

describe('specific feedback on work', () => {
  it('reads parts that broke or were not done as specific feedback', () => {
    expect(read(wrap('Thanks for the take-home. Several edge cases in the search box crashed and the API calls were not cached, so we will not move on.')).feedback).toBe(true);
    expect(read(wrap('Thank you for the in-tray exercise. Your exercise did not prioritise the complaint from the regulator, and we will not be progressing you.')).feedback).toBe(true);
  });

  it('does not call a plain result specific', () => {
    expect(read(wrap('Thank you for the aptitude tests. Your results did not meet the standard for us to go further.')).feedback).toBe(false);
  });
});

describe('feedback offered in other words', () => {
  it.each([
    'If you want to hear how the interviewers saw it, just say and I will set up a call.',
    "I'd be happy to go over the panel's thinking with you if it would help.",
    'If it would be useful, I am glad to share what the panel said.',
    "If you'd like some notes on your task, let me know.",
    'If you wish to receive a breakdown of your scores, please reply to this email.',
    'If you would find it handy to hear how Ruth and I scored it, just shout.',
  ])('%s', (offer) => {
    expect(read(wrap(`Thank you for interviewing. We will not be offering you the role. ${offer}`)).feedbackOffered).toBe(true);
  });

  it('does not read a refusal as an offer', () => {
    expect(read(wrap('We will not be offering you the role. We are unable to share what the panel said.')).feedbackOffered).toBe(false);
  });
});

describe('doors in the middle of long letters', () => {
  it.each([
    'Keep an eye on our adverts, we will have more going in the spring.',
    "We'd be happy to keep your CV for next time.",
    'We are always looking for relief staff and would love you to register with our bank staff list.',
    'We expect to advertise similar posts in the autumn and would welcome your application then.',
  ])('%s', (doorLine) => {
    expect(read(wrap(`Thank you for the interview. Unfortunately we will not be offering you the post. ${doorLine} Thank you again for your time.`)).doorOpen).toBe(true);
  });

  it('does not read "we will be in touch then" on a paused intake as a door', () => {
    const r = read(wrap('The carpentry apprentice intake has been delayed until May while we wait on the new contract. Your application is still live and we will be in touch then.'));
    expect(r.kind).toBe('on_hold');
    expect(r.doorOpen).toBe(false);
  });
});

describe('the inbox', () => {
  it('reads a confirmed withdrawal "as you requested" as no rejection', () => {
    expect(read(wrap('We confirm that your application for the Porter role has been withdrawn as you requested. Thank you for letting us know.')).kind).not.toBe('rejection');
  });

  it('reads a screen in the quoted history even when the candidate enjoyed hearing about the team', () => {
    const text = `${wrap('Sorry for the wait. We have decided to go with other applicants.')}\n\nOn Tue, 4 Mar 2026, Sasha wrote:\n> Hi Petra,\n> Thanks for the phone screen earlier, I enjoyed hearing about the team.\n> Sasha`;
    expect(read(text).stage).toBe('screen');
  });
});

describe('the fourth go: who the candidate met', () => {
  it('reads appearing before the panel and a chat "with you, Ola and Ben" as an interview', () => {
    expect(read(wrap('Thank you for appearing before the selection board on 4 May. Your application was not successful.')).stage).toBe('interview');
    expect(read(wrap('Lovely to talk with you, Nadia and Kofi on Friday. We have gone with another applicant.')).stage).toBe('interview');
  });
});

describe('the fifth go: the inbox and offers made elsewhere', () => {
  it('reads "we are unable to give updates by phone" and an out-of-office reply as no rejection', () => {
    expect(read(wrap('Thank you for applying. Unfortunately, owing to the number of applications, we are unable to give progress updates by phone. We will email you after shortlisting.')).kind).not.toBe('rejection');
    expect(read(wrap('Thanks for your email. Unfortunately I am out of the office until 3 March with limited access to email.')).kind).not.toBe('rejection');
  });

  it('reads an apology for a slot that could not be offered as no rejection', () => {
    expect(read(wrap('A reminder that your interview is on Monday at 9:30. Sorry we could not offer you a later slot!')).kind).not.toBe('rejection');
  });

  it('reads a post "offered elsewhere" as filled, beside the reason', () => {
    const r = read(wrap('Thank you for the interview. The panel found your experience of audit work thinner than the role needs, and we have offered the post elsewhere.'));
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('position_filled');
  });
});

describe('the fifth go: a named experience short of the role', () => {
  it('reads "your experience with X thinner than the role requires" as a skills gap with specific feedback', () => {
    const r = read(wrap('Thank you for the interview. The panel found your experience with payroll migrations thinner than the role requires, so we will not be offering you the post.'));
    expect(r.reasons).toEqual(['skills_gap']);
    expect(r.feedback).toBe(true);
  });
});
