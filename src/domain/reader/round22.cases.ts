/**
 * The rules of the twenty-second round (rejection precision and recall in a real inbox): a body that says nothing of its
 * own leaves the decision to the subject line; jobs in the reader's alert that stopped taking applications; a decline's
 * words quoted as the name of a kind of mail; a decline recalled from earlier mail and turned by a "but" towards a next
 * step; someone else chosen in plain words; an appreciation that anchors a step as taken; a CV dropped off in person; an
 * essential criterion named by a requirement; a requirement kept on hold, funding awaiting confirmation; an application
 * that remains under consideration while the process is paused — each on messages written for this test (not taken from
 * any corpus part), beside a counterpart that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const wrap = (body: string): string => `Hi Robin,\n\n${body}\n\nBest,\nMorgan`;

describe('kind: a body that says nothing of its own', () => {
  it('reads the subject line when the body is only a name', () => {
    expect(read('Thanks,\nMaria', 'Outcome of your application: unsuccessful').kind).toBe('rejection');
  });

  it('still reads an acknowledgement subject over an empty body as no rejection', () => {
    expect(read('Thanks,\nMaria', 'Application received: Warehouse Operative').kind).not.toBe('rejection');
  });

  it('does not let the subject decide when the body says something of its own', () => {
    expect(read(wrap('Happy to go through the panel notes with you. I have sent an invite for Thursday at ten.'), 'Re: Outcome - unsuccessful').kind).not.toBe('rejection');
  });
});

describe('kind: jobs in the reader alert', () => {
  it('reads roles from a job alert that closed as no rejection', () => {
    expect(read('Sorry — several roles from your job alert are no longer accepting applications.\n\nHere are four new roles posted since Monday:\nWarehouse Lead, Derby\nStock Controller, Leicester', '4 new roles near Derby').kind).not.toBe('rejection');
  });

  it('still reads the role applied for closing with the application as a rejection', () => {
    expect(read(wrap('Unfortunately the Stock Controller role you applied for has been closed, and your application will not progress further.')).kind).toBe('rejection');
  });
});

describe('kind: a decline quoted as the name of a kind of mail', () => {
  it('reads an article about "sorry, not this time" emails as no rejection', () => {
    expect(read('In this issue: what a "sorry, not this time" email tells you about the market, and three ways to follow up after an unsuccessful application.\n\nThanks for reading,\nThe Career Notes team', 'Career Notes, issue 14').kind).not.toBe('rejection');
  });

  it('still reads a quoted phrase beside a decline of the candidate application as a rejection', () => {
    expect(read(wrap('I know a "thanks but no" email is never nice to get, but we will not be progressing your application for the Planner role.')).kind).toBe('rejection');
  });
});

describe('kind: a decline recalled from earlier mail, then a next step', () => {
  it('reads an earlier decline turned by an interview for a new opening as no rejection', () => {
    expect(read(wrap("I know I told you on Friday that we were going ahead with other applicants, but a second post has been funded and we'd like to interview you for it. Does Tuesday suit?")).kind).not.toBe('rejection');
  });

  it('reads "as I mentioned … but the director has now asked to meet you" as no rejection', () => {
    expect(read(wrap("As I mentioned last week, we had decided not to proceed with your application, but the director has now asked to meet you. Are you free on Monday?")).kind).not.toBe('rejection');
  });

  it('still reads a decline confirmed in writing as a rejection', () => {
    expect(read(wrap("As I told you on the phone, we won't be moving forward with your application for the Planner role.")).kind).toBe('rejection');
  });
});

describe('kind: someone else chosen in plain words', () => {
  it('reads "we have gone with another electrician who…" as a rejection', () => {
    expect(read(wrap("Thanks for coming out to the site. We've gone with another electrician who has more commercial experience.")).kind).toBe('rejection');
  });

  it('reads "we have taken someone on" as a rejection', () => {
    expect(read(wrap("Thanks for dropping in about the bar job. We've already taken someone on, so it's gone now, sorry.")).kind).toBe('rejection');
  });

  it('still reads another date chosen for the interview as no rejection', () => {
    expect(read(wrap("We've gone with another date for your interview: Tuesday at ten, same room.")).kind).not.toBe('rejection');
  });
});

describe('stage: an appreciation that anchors a step as taken, a CV dropped off', () => {
  const no = "We won't be taking your application any further.";
  it('reads "really appreciate you taking the time for the intro call" as a screen', () => {
    expect(read(wrap(`Really appreciate you taking the time for the intro call on Monday. ${no}`)).stage).toBe('screen');
  });

  it('still reads appreciation for applying, with no call, as the application stage', () => {
    expect(read(wrap(`We appreciate you taking the time to apply. ${no}`)).stage).toBe('application');
  });

  it('reads stopping by with a CV as the application stage', () => {
    expect(read(wrap(`Thanks for stopping by with your CV last week. ${no}`)).stage).toBe('application');
  });

  it('still reads stopping by to meet the team as an interview', () => {
    expect(read(wrap(`Thanks for stopping by on Friday to meet the team. ${no}`)).stage).toBe('interview');
  });
});

describe('reasons: an essential criterion named by a requirement', () => {
  it('reads an essential criterion of experience not met as a skills gap, with feedback', () => {
    const r = read(wrap('Your application did not meet the essential criterion of experience in grant management, so you have not been shortlisted.'));
    expect(r.reasons).toEqual(['skills_gap']);
    expect(r.feedback).toBe(true);
  });

  it('still reads the essential criteria not met, named by nothing, as a profile mismatch', () => {
    expect(read(wrap('Your application did not meet the essential criteria, so you have not been shortlisted.')).reasons).toEqual(['profile_mismatch']);
  });
});

describe('on hold: a requirement kept on hold, funding awaiting confirmation, the application still considered', () => {
  it('reads a requirement kept on hold as a closed role for now', () => {
    const r = read(wrap('Due to some internal changes this requirement has been kept on hold. Your profile is still under consideration and we will revert once it opens.'));
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('reads interviews postponed while funding is awaiting confirmation as a closed role for now, with no open door', () => {
    const r = read(wrap('The interviews have been postponed, as the funding for the post is awaiting confirmation. Your application remains under consideration and we will contact you with new dates.'));
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toEqual(['role_closed']);
    expect(r.doorOpen).toBe(false);
  });

  it('still reads a paused process that keeps the CV for future roles as an open door', () => {
    const r = read(wrap('The interviews have been postponed while the budget is reviewed. We will also keep your CV on file for future roles.'));
    expect(r.kind).toBe('on_hold');
    expect(r.doorOpen).toBe(true);
  });
});

describe('reasons: the candidate own profile said to fit better', () => {
  it('reads "your profile fits our data team much better" in an introduction as no rejection', () => {
    expect(read(wrap('Your name came up when we spoke with a friend of yours about the Analyst post. I think your profile fits our data team much better than that post; would you be open to a call on Friday?')).kind).not.toBe('rejection');
  });

  it('still reads other profiles that fit better as a profile mismatch', () => {
    expect(read(wrap("We've seen several profiles that fit the role much better, so we won't be progressing your application.")).reasons).toEqual(['profile_mismatch']);
  });
});
