/**
 * The rules of the twenty-third round (the stage reached, in unusual voices): interviews told as talks in the plural,
 * talks held together with senior people or a named colleague, time given to us or spent at our place, a visit, the
 * chance to meet the candidate taken, several of our people who enjoyed the talk, a talk thanked for above a quoted
 * invitation to an interview; finals named with their kind or as a last chat; boilerplate that names a final stage, an
 * assessment of applications or a check for successful candidates without the candidate taking that step; and the
 * declines and reasons written in other Englishes. Each on a message written for this test (not taken from any corpus
 * part), beside a counterpart that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const no = 'Unfortunately we have decided not to move forward with your application.';
const wrap = (body: string): string => `Dear Robin,\n\n${body}\n\nKind regards,\nRecruitment`;
const stageOf = (body: string) => read(wrap(`${body} ${no}`)).stage;

describe('stage: talks in the plural, with the people who decide', () => {
  it('reads "the discussions you had with our engineering panel" as an interview', () => {
    expect(stageOf('This is with reference to the discussions you had with our engineering panel last Friday.')).toBe('interview');
  });

  it('reads "I enjoyed our discussions" and "following our discussions of 2nd and 3rd May" as an interview', () => {
    expect(stageOf('I enjoyed our discussions and the questions you asked.')).toBe('interview');
    expect(stageOf('Following our discussions of 2nd and 3rd May about the Buyer post, I am writing with our decision.')).toBe('interview');
  });

  it('still reads "following our internal discussions" as the application stage', () => {
    expect(stageOf('Following our internal discussions about the Buyer post, I am writing with our decision.')).toBe('application');
  });

  it('reads "following our recent discussions" as an interview, not those held among ourselves', () => {
    expect(stageOf('Following our recent discussions about the Buyer post, I am writing with our decision.')).toBe('interview');
    expect(stageOf('Following our recent discussions among ourselves, I am writing with our decision.')).toBe('application');
  });

  it('reads a talk held together with a head of department as an interview, a talk alone as no interview', () => {
    expect(stageOf('Thank you for the pleasant talk we had on Monday together with our head of logistics.')).toBe('interview');
    expect(stageOf('Thank you for the pleasant talk we had on Monday.')).not.toBe('interview');
  });

  it('reads sitting with the candidate and a named colleague as an interview', () => {
    expect(stageOf('It was good to sit with you and Mr Byrne on Tuesday afternoon.')).toBe('interview');
    expect(stageOf('It was good to talk with you on Tuesday afternoon.')).toBe('screen');
  });

  it('reads speaking with several members of a working team as an interview, of the recruiting team as a screen', () => {
    expect(stageOf('Thank you for speaking with several members of our finance team.')).toBe('interview');
    expect(stageOf('Thank you for speaking with several members of our recruitment team.')).toBe('screen');
  });

  it('reads "everyone here enjoyed speaking with you" as an interview, "nice speaking with you" as a screen', () => {
    expect(stageOf('Everyone here enjoyed speaking with you last week.')).toBe('interview');
    expect(stageOf('It was nice speaking with you last week.')).toBe('screen');
  });

  it('reads "the discussion you had with our panel" as an interview', () => {
    expect(stageOf('Following the discussion you had with our selection panel, we met to decide.')).toBe('interview');
  });
});

describe('stage: time given to us, a visit, the candidate at our place', () => {
  it('reads an afternoon given to us as an interview, availability given as the application stage', () => {
    expect(stageOf('Thanks for giving us your whole Wednesday afternoon.')).toBe('interview');
    expect(stageOf('Thanks for giving us your availability for next month.')).toBe('application');
  });

  it('reads time at our office as an interview, time at a careers fair as the application stage', () => {
    expect(stageOf('We appreciated your time at our Glasgow office on Monday.')).toBe('interview');
    expect(stageOf('We appreciated your time at the careers fair on Monday.')).toBe('application');
  });

  it('reads time with us over several weeks as an interview', () => {
    expect(stageOf('Thank you for your time with us over the past three weeks.')).toBe('interview');
    expect(stageOf('Over the past three weeks we received a great many applications.')).toBe('application');
  });

  it('reads "and for meeting with us" after another thanks as an interview', () => {
    expect(stageOf('Thank you for your interest in the post and for meeting with us on Thursday.')).toBe('interview');
    expect(stageOf('Thank you for your interest in the post and for your patience.')).toBe('application');
  });

  it('reads "good to see you" as an interview, "good to see you apply" as no step', () => {
    expect(stageOf('It was good to see you on Thursday.')).toBe('interview');
    expect(read(wrap(`${no} It would be good to see you apply again next year.`)).stage).toBe('application');
  });

  it('reads having the candidate in, and the candidate coming to our offices, as an interview', () => {
    expect(stageOf('We really enjoyed having you in last Tuesday.')).toBe('interview');
    expect(stageOf('Thanks for coming to our offices in Leith.')).toBe('interview');
    expect(stageOf('Thanks for coming to our stand at the careers fair in Leith.')).toBe('application');
  });

  it('reads the chance to meet the candidate, taken, as an interview, and hoped for as no step', () => {
    expect(stageOf('We appreciated the chance to meet with you on Friday.')).toBe('interview');
    expect(read(wrap(`${no} We hope to have the chance to meet you for a future role.`)).stage).toBe('application');
  });

  it('reads attendance at a selection panel as an interview, at a careers fair as the application stage', () => {
    expect(stageOf('Thank you for your attendance at the selection panel on 2 June.')).toBe('interview');
    expect(stageOf('Thank you for your attendance at the careers fair on 2 June.')).toBe('application');
  });

  it('reads attending a meeting with our directors as an interview, with our recruiter as no interview', () => {
    expect(stageOf('Many thanks for attending the meeting with our directors.')).toBe('interview');
    expect(stageOf('Many thanks for attending the meeting with our recruiter.')).not.toBe('interview');
  });
});

describe('stage: a talk above a quoted invitation', () => {
  const quoted = (kind: string) => `Hi Robin,\n\nThanks so much for your time on Wednesday. I'm sorry to say we've decided to go with someone else.\n\nBest,\nAna\n\n-----Original Message-----\nFrom: Ana\nSubject: Next step\nHi Robin, we would like to invite you to ${kind} on Wednesday at 3pm.`;

  it('reads the talk as that interview when the invitation was to an interview', () => {
    expect(read(quoted('an in-person interview with the department head')).stage).toBe('interview');
  });

  it('still reads the talk as a screen when the invitation was to a phone interview', () => {
    expect(read(quoted('a phone interview with our recruiter')).stage).toBe('screen');
  });
});

describe('stage: the screen in other words', () => {
  it('reads a telephonic discussion as a screen, an interview with the panel as an interview', () => {
    expect(stageOf('This is with reference to the telephonic discussion you had with us on Monday.')).toBe('screen');
    expect(stageOf('This is with reference to the interview you had with our panel on Monday.')).toBe('interview');
  });
});

describe('stage: finals named in other words', () => {
  it('reads "the final HR round" as final, the HR round alone as no final', () => {
    expect(stageOf('Thank you for appearing in the final HR round.')).toBe('final');
    expect(stageOf('Thank you for appearing in the HR round.')).not.toBe('final');
  });

  it('reads "the final chat with Omar" as final, a final chat with the recruiter as no final', () => {
    expect(stageOf('Thank you for the final chat with Omar on Monday.')).toBe('final');
    expect(stageOf('Thank you for the final chat with our recruiter on Monday.')).not.toBe('final');
  });

  it('reads "one of our top two candidates" as final, "one of many strong candidates" as no final', () => {
    expect(stageOf('You were one of our top two candidates.')).toBe('final');
    expect(stageOf('You were one of many strong candidates.')).toBe('application');
  });
});

describe('stage: boilerplate that names a step the candidate did not take', () => {
  it('reads a post filled by someone who went through the final round as the application stage', () => {
    expect(read(wrap('We wanted to let you know that the post has been filled by an applicant who reached our final stage last month, so all other applications are now closed.')).stage).toBe('application');
  });

  it('still reads "you were one of the candidates who reached our final stage" as final', () => {
    expect(stageOf('You were one of the candidates who reached our final stage.')).toBe('final');
  });

  it('reads the last stage of shortlisting as the application stage, the final stage of interviews as final', () => {
    expect(stageOf('We have now completed the last stage of our shortlisting.')).toBe('application');
    expect(stageOf('Thank you for taking part in the final stage of our interview process.')).toBe('final');
  });

  it('reads the process in its final stages as the application stage', () => {
    expect(stageOf('Our selection process is now in its final stages.')).toBe('application');
  });

  it('reads an assessment of applications as the application stage, the candidate\'s assessment result as a test', () => {
    expect(stageOf('The panel has completed its assessment of all applications received.')).toBe('application');
    expect(stageOf('Thank you for completing the numerical assessment last week.')).toBe('assessment');
  });

  it('reads checks that may be run on successful candidates as no step, checks that were run as a test', () => {
    expect(stageOf('We may carry out background checks on successful candidates.')).toBe('application');
    expect(stageOf('Thank you for your patience while your background checks were completed.')).toBe('assessment');
  });

  it('reads a pitch deck thanked for as handed-in work, a pitch to the partners as an interview', () => {
    expect(stageOf('Thanks for the pitch deck you emailed over on Friday; the partners felt the pricing slide was thin.')).toBe('assessment');
    expect(stageOf('Thanks for the pitch to the partners on Friday.')).toBe('interview');
  });
});

describe('kind: declines in other Englishes', () => {
  it('reads a candidature not taken forward as a rejection, one taken forward as none', () => {
    expect(read(wrap('We regret to inform you that your candidature has not been taken forward.')).kind).toBe('rejection');
    expect(read(wrap('We are happy to inform you that your candidature has been taken forward to the technical round.')).kind).not.toBe('rejection');
  });

  it('reads "we went with one of the others" as a rejection, an interview with one of the others as none', () => {
    expect(read(wrap('We had a lot of good people and went with one of the others.')).kind).toBe('rejection');
    expect(read(wrap('Your interview on Monday will be with one of the others on the panel.')).kind).not.toBe('rejection');
  });

  it('reads "the client will go with candidates further along" as a rejection', () => {
    expect(read(wrap('The client has decided to go with candidates further along in their search.')).kind).toBe('rejection');
    expect(read(wrap('If the client decides to go with candidates further along, I will let you know.')).kind).not.toBe('rejection');
  });

  it('reads "I don\'t think you\'re the profile we\'re after" as a rejection, the opposite as none', () => {
    expect(read(wrap("I don't think you're quite the profile we're after for this opening.")).kind).toBe('rejection');
    expect(read(wrap("I think you're exactly the profile we're after, so let's book the interview.")).kind).not.toBe('rejection');
  });

  it('reads "we won\'t move forward this time" as a rejection, a time that cannot be moved as none', () => {
    expect(read(wrap("Your code was tidy, but we won't move forward this time.")).kind).toBe('rejection');
    expect(read(wrap("We can't move the start time, but the room has changed to 4B.")).kind).not.toBe('rejection');
  });

  it('reads an application "not retained" as a rejection, a CV not retained on the system as none', () => {
    expect(read(wrap('We regret to inform you that your application was not retained for this position.')).kind).toBe('rejection');
    expect(read(wrap('For your privacy, your CV was not retained on our system after the event.')).kind).not.toBe('rejection');
  });
});

describe('reasons: the appointment of another, a requirement the candidate was light on', () => {
  it('reads the appointment of another candidate approved as a filled post', () => {
    expect(read(wrap('The board has approved the appointment of another candidate.')).reasons).toContain('position_filled');
    expect(read(wrap('The board has approved the appointment process for the post, and unfortunately your application was not successful.')).reasons).not.toContain('position_filled');
  });

  it('reads "you were light on X" as a skills gap, an advert light on detail as none', () => {
    expect(read(wrap('The panel felt you were light on contract negotiation, so we will not be moving forward.')).reasons).toContain('skills_gap');
    expect(read(wrap('Our advert was light on detail, and we have decided not to move forward with your application.')).reasons).not.toContain('skills_gap');
  });
});

describe('stage: a cue followed by a clause of its own, interviews judged as past', () => {
  it('reads "I kept the notes from our call and I\'ll be in touch" as a call that happened', () => {
    expect(read(wrap("The role has been closed for this year, so we can't continue. I kept the notes from our call and I'll be in touch if it reopens.")).stage).toBe('screen');
  });

  it('still reads "the next call would be with the director" as no step taken', () => {
    expect(read(wrap("The role has been closed for this year, so we can't continue. The next call would have been with the director.")).stage).toBe('application');
  });

  it('reads "your interviews went well" as an interview, "your interview would have been on Monday" as none', () => {
    expect(stageOf('Nothing here reflects on you, your interviews went well.')).toBe('interview');
    expect(stageOf('Your interview would have been on Monday.')).toBe('application');
  });
});

describe('flags: more detail on the decision offered', () => {
  it('reads "happy to give more detail on a call" as feedback offered', () => {
    expect(read(wrap(`${no} Happy to give more detail on a call if useful.`)).feedbackOffered).toBe(true);
  });

  it('does not read "happy to give more detail about the other roles" as feedback offered', () => {
    expect(read(wrap(`${no} Happy to give more detail about the other roles we have open.`)).feedbackOffered).toBe(false);
  });
});

describe('stage: the candidate hosted, a visit, a talk appreciated, people named in a meeting', () => {
  it('reads hosting the candidate at our office as an interview, at our stand as the application stage', () => {
    expect(stageOf('It was great to host you at our Bristol office.')).toBe('interview');
    expect(stageOf('It was great to host you at our stand at the careers fair.')).toBe('application');
  });

  it('reads "during your visit" as an interview, a visit to our careers page as the application stage', () => {
    expect(stageOf('We enjoyed getting to know you during your visit.')).toBe('interview');
    expect(stageOf('During your visit to our careers page you applied for the Driver role.')).toBe('application');
  });

  it('reads "come and see us" as an interview', () => {
    expect(stageOf('Thank you for taking the time to come and see us in Perth.')).toBe('interview');
  });

  it('reads the effort put into our conversations as an interview, into the application as the application stage', () => {
    expect(stageOf('Thank you for the effort you put into our conversations.')).toBe('interview');
    expect(stageOf('Thank you for the effort you put into your application.')).toBe('application');
  });

  it('reads time taken to speak with the hiring team, appreciated, as an interview, with me alone as a screen', () => {
    expect(stageOf('We appreciated you taking the time to speak with the hiring team.')).toBe('interview');
    expect(stageOf('I appreciated you taking the time to speak with me.')).toBe('screen');
  });

  it('reads "the panel met to shortlist and decided" as no meeting with the candidate', () => {
    expect(stageOf('The panel met to shortlist and decided not to shortlist you.')).toBe('application');
    expect(stageOf('Thanks for meeting Priya and Tom on Friday.')).toBe('interview');
  });
});

describe('stage: calls in the plural', () => {
  it('reads thanks for the video calls as an interview, for the call as a screen', () => {
    expect(stageOf('Many thanks for the video calls last week.')).toBe('interview');
    expect(stageOf('Many thanks for the call last week.')).toBe('screen');
  });
});

describe('stage: a later interview, refused or to come, tells of the first', () => {
  it('reads "we will not be inviting you to a second interview" as an interview', () => {
    expect(read(wrap('Thank you for your patience. We will not be inviting you to a second interview.')).stage).toBe('interview');
  });

  it('still reads "we will not be inviting you to interview" as the application stage', () => {
    expect(read(wrap('Thank you for your patience. We will not be inviting you to interview.')).stage).toBe('application');
  });

  it('reads second interviews for shortlisted candidates, not the candidate, as the application stage', () => {
    expect(read(wrap('Second interviews are now being arranged with shortlisted candidates. We will not be taking your application further.')).stage).toBe('application');
  });
});

describe('stage: others taken to the final stage, checks that all offers are subject to', () => {
  it('reads "the panel has selected candidates for the final stage" as the application stage', () => {
    expect(stageOf('The panel has selected candidates for the final stage.')).toBe('application');
  });

  it('still reads "you were selected for the final stage" as final', () => {
    expect(stageOf('You were selected for the final stage, and we thank you for your time there.')).toBe('final');
  });

  it('reads "all offers are subject to a background check" as no step, checks carried out as a test', () => {
    expect(stageOf('All offers are subject to satisfactory references and a background check.')).toBe('application');
    expect(stageOf('We have now received the results of your background check.')).toBe('assessment');
  });
});

describe('stage: meeting the candidate, enjoyed', () => {
  it('reads "we really enjoyed meeting you" as an interview', () => {
    expect(stageOf('We really enjoyed meeting you on Thursday.')).toBe('interview');
  });

  it('reads "we enjoyed speaking with you on the phone" as a screen, and meeting at a fair as no interview', () => {
    expect(stageOf('We enjoyed speaking with you on the phone on Thursday.')).toBe('screen');
    expect(stageOf('We enjoyed meeting you at the graduate fair on Thursday.')).not.toBe('interview');
  });
});

describe('kind: another person named by trade, gone with', () => {
  it('reads "we\'ve gone with another plumber who has gas certification" as a rejection', () => {
    expect(read(wrap("Thanks for coming by the yard. We've gone with another plumber who has his gas certification.")).kind).toBe('rejection');
  });

  it('does not read "we went with another venue who could seat more people" as a rejection', () => {
    expect(read(wrap('For the open evening we went with another venue who could seat more people. See you there on the 4th.')).kind).not.toBe('rejection');
  });
});
