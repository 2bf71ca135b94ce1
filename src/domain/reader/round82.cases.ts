/**
 * Mail inside threads: the newest message on top, earlier ones quoted below it. The decision and the flags come from the
 * newest message; the quoted history can tell the decline a reply answers and how far the candidate got. Messages written
 * for this test (not taken from any corpus part), each beside a message in nearby words that must still read the other
 * way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('where the newest message ends', () => {
  it('reads a Yahoo "--- On …, wrote:" line as the start of the quoted history', () => {
    const r = read(
      'Dear Ms Osei,\n\nWe have received your request for feedback. The interview panel\'s discussions are confidential and we are unable to share individual assessments.\n\nRegards,\nPeople Office\n\n--- On Tue, 4/3/25, Abena Osei wrote:\n> Good day, I attended the final interview on 28 February. Kindly let me know the reasons for my non-selection.',
      'Re: Finance Manager',
    );
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('final');
  });

  it('does not read the same answer as a decline when the candidate only asked when results come', () => {
    const r = read(
      'Dear Ms Osei,\n\nWe have received your query. The results of the final interviews will be sent to all candidates on 14 March.\n\nRegards,\nPeople Office\n\n--- On Tue, 4/3/25, Abena Osei wrote:\n> Good day, I attended the final interview on 28 February. Kindly let me know when the results will be out.',
      'Re: Finance Manager',
    );
    expect(r.kind).not.toBe('rejection');
  });

  it('keeps a single ">"-quoted line at the end of the mail out of the newest message', () => {
    const r = read(
      'Hello Marco,\n\nHere is the update I promised. Hiring has restarted, we looked at every candidate again and we have chosen to continue with others. Thank you for the phone call in January.\n\nKind regards,\nRecruiting\n\n> We are pausing all hiring for the Installer role until further notice.',
      'Installer - update',
    );
    expect(r.kind).toBe('rejection');
  });

  it('still reads a pause told in the newest message as a pause', () => {
    const r = read(
      'Hello Marco,\n\nHere is the update I promised. We are pausing all hiring for the Installer role until further notice and will be in touch when it restarts.\n\nKind regards,\nRecruiting\n\n> Hi, is there any news about the Installer role?',
      'Installer - update',
    );
    expect(r.kind).toBe('on_hold');
  });
});

describe('a reply to the candidate\'s "why?"', () => {
  it('reads the answer as the decline when the question itself tells it ("why I wasn\'t shortlisted")', () => {
    const r = read(
      'Hi Dev,\n\nThanks for asking. It was purely the registration: the post needs a registered electrician, and we couldn\'t see a registration number on your form.\n\nRegards, Maureen\n\n> Dev Patel wrote on 3 June 2025:\n> Hi Maureen, please could you tell me why I wasn\'t shortlisted? Thanks',
      'Re: Delivery Driver',
    );
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('does not read the same answer as a decline when the candidate\'s question tells no decline', () => {
    const r = read(
      'Hi Dev,\n\nThanks for asking. It was purely the registration: the post needs a registered electrician, and we couldn\'t see a registration number on your form.\n\nRegards, Maureen\n\n> Dev Patel wrote on 3 June 2025:\n> Hi Maureen, please could you tell me why the portal asks for my registration? Thanks',
      'Re: Delivery Driver',
    );
    expect(r.kind).not.toBe('rejection');
  });

  it('reads a refusal of feedback as the decline it follows ("policy does not allow us to provide individual feedback")', () => {
    const r = read(
      'Dear Ms Ward,\n\nThank you for your email. I\'m afraid company policy does not allow us to provide individual feedback after interviews.\n\nKind regards,\nHR\n\n-----Original Message-----\nFrom: Lucy Ward\nSent: 2 April 2025 10:00\nSubject: RE: Your interview\n\nHello, please could you tell me the areas I should improve on?\n\n-----Original Message-----\nFrom: HR\nSent: 1 April 2025 15:00\nSubject: Your interview\n\nDear Lucy, thank you for attending the interview last week. We regret to tell you that you were not successful.',
      'RE: Your interview',
    );
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('reads "I wanted to ask why" as the candidate asking, with the quoted decline below it', () => {
    const r = read(
      'Hello,\n\nThanks for your reply. We get a very high number of applications, so we are not able to provide feedback at the application stage.\n\nRecruitment Team\n\n\nHello, I wanted to ask why my application did not go further.\n\nRecruitment Team wrote:\n> Thank you for applying for Support Worker. We will not be taking your application further.',
      'Re: Your application',
    );
    expect(r.kind).toBe('rejection');
  });

  it('reads a reason told by the hiring manager\'s "main point" in a reply to a feedback request', () => {
    const r = read(
      'Hi Sam,\n\nI asked Priya (the hiring manager) and her main point was Python: the exercise in the interview took you a long time.\n\nCheers,\nAli\n\nOn Tue, Jun 3, 2025 at 2:00 PM Sam wrote:\n> Thanks Ali. Could you ask if there\'s any feedback?\n>\n> On Mon, Jun 2, 2025 at 9:00 AM Ali wrote:\n>> Hi Sam, I\'m sorry, after your interview with Priya the team decided to go with another candidate.',
      'Re: Analyst interview',
    );
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('does not read a feedback call being arranged as the decline answered', () => {
    const r = read(
      'Hi Sam,\n\nHappy to talk you through the feedback - would Thursday at 3pm work for you?\n\nCheers,\nAli\n\nOn Tue, Jun 3, 2025 at 2:00 PM Sam wrote:\n> Thanks Ali. Could you ask if there\'s any feedback?\n>\n> On Mon, Jun 2, 2025 at 9:00 AM Ali wrote:\n>> Hi Sam, I\'m sorry, after your interview with Priya the team decided to go with another candidate.',
      'Re: Analyst interview',
    );
    expect(r.kind).not.toBe('rejection');
  });
});

describe('declines said plainly', () => {
  it('reads "the process has moved on without your application" as a decline', () => {
    const r = read('Hello,\n\nThanks for your email. The selection process for this job has moved on without your application, I\'m afraid. We do hire every summer.\n\nRegards\nReception', 'RE: Porter application');
    expect(r.kind).toBe('rejection');
  });

  it('does not read "moved on to the next stage" as a decline', () => {
    const r = read('Hello,\n\nThanks for your email. The selection process for this job has moved on to the interview stage and you will hear from us this week.\n\nRegards\nReception', 'RE: Porter application');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('a check-in answered with a delay', () => {
  it('reads the decider away until a date as a pause', () => {
    const r = read('Dear Tom,\n\nThank you for your email, and sorry for the delay. The Director, who takes the final decision, has been off sick and will be back on 12 June. We will write to all finalists soon after.\n\nKind regards,\nOffice Manager', 'RE: Head of Finance - final interview');
    expect(r.kind).toBe('on_hold');
  });

  it('does not read a decider who was away and has decided as a pause', () => {
    const r = read('Dear Tom,\n\nThank you for your email. The Director, who takes the final decision, is back from leave and has decided to appoint another candidate.\n\nKind regards,\nOffice Manager', 'RE: Head of Finance - final interview');
    expect(r.kind).toBe('rejection');
  });

  it('reads decisions taking another two weeks, with nothing decided on the candidate\'s task, as a pause', () => {
    const r = read('Hi Lee,\n\nSorry for the slow reply. We had many more submissions than planned and the reviewers are behind, so decisions will now take another two weeks. Nothing has been decided on your task yet.\n\nSent from my iPhone', 'Re: task');
    expect(r.kind).toBe('on_hold');
  });

  it('does not read a decision told after the reviewers caught up as a pause', () => {
    const r = read('Hi Lee,\n\nThe reviewers have now marked every task and I\'m sorry to say yours was not successful this time.\n\nSent from my iPhone', 'Re: task');
    expect(r.kind).toBe('rejection');
  });
});

describe('the stage told by the quoted history', () => {
  it('reads the step the candidate asked feedback on ("any feedback from the panel") as reached', () => {
    const r = read(
      'Hi Ruth,\n\nThanks for asking. The panel were looking for more experience of running a budget yourself, and they felt other candidates had more senior experience.\n\nBest,\nClare\n\nOn Thu, May 8, 2025 at 3:15 PM Ruth Gale wrote:\n> Hi Clare, thank you for letting me know. I\'d really appreciate any feedback from the panel.\n>\n>> Unfortunately we will not be offering you the role.',
      'Re: Grants Officer',
    );
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('does not read a question about a panel still to come as a step reached', () => {
    const r = read(
      'Hi Ruth,\n\nUnfortunately we will not be taking your application further; other candidates had more senior experience.\n\nBest,\nClare\n\nOn Thu, May 8, 2025 at 3:15 PM Ruth Gale wrote:\n> Hi Clare, when will the panel interviews take place?\n> Thanks, Ruth',
      'Re: Grants Officer',
    );
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('reads an invitation quoted below a decline told as the step\'s outcome as the step taken', () => {
    const r = read(
      'Hi Jon,\n\nI\'m replying on the thread of your invitation below. Unfortunately you won\'t be receiving an offer this time.\n\nBest,\nGraduate Recruiting\n\nOn 2 Feb 2026, Graduate Recruiting wrote:\n> Dear Jon, congratulations, you are invited to our assessment centre on 9 February.',
      'RE: Assessment centre invitation',
    );
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('final');
  });

  it('does not count the invitation when the decline cancels the step', () => {
    const r = read(
      'Hi Jon,\n\nUnfortunately we have had to cancel the assessment centre, as the role has now been filled.\n\nBest,\nGraduate Recruiting\n\nOn 2 Feb 2026, Graduate Recruiting wrote:\n> Dear Jon, congratulations, you are invited to our assessment centre on 9 February.',
      'RE: Assessment centre invitation',
    );
    expect(r.stage).not.toBe('final');
  });
});

describe('an answer to the candidate\'s own withdrawal', () => {
  it('does not read regret at losing a candidate who withdrew as a decline', () => {
    const r = read(
      'Hi Maya,\n\nThank you, that\'s kind. We\'ll be sorry to lose you from the process, but I completely understand that moving to Leeds doesn\'t work for you right now. Do stay in touch.\n\nBest,\nTom\n\nOn 3 Jun 2026, Maya wrote:\nHi Tom, after a lot of thought I\'m withdrawing from the Planner process - the move to Leeds won\'t work for us.',
      'Re: Withdrawing',
    );
    expect(r.kind).toBe('other');
  });

  it('still reads a decline of the employer\'s own above a candidate\'s withdrawal', () => {
    const r = read(
      'Hi Maya,\n\nThanks for letting me know. For what it\'s worth, the panel had already decided to go with another candidate.\n\nBest,\nTom\n\nOn 3 Jun 2026, Maya wrote:\nHi Tom, after a lot of thought I\'m withdrawing from the Planner process - the move to Leeds won\'t work for us.',
      'Re: Withdrawing',
    );
    expect(r.kind).toBe('rejection');
  });
});
