/**
 * Very short replies, recruiters relaying a client's decision, and managers writing English as a second language: pauses
 * and moved meetings read as no decline, the stage told in their words ("the colloquium", "the conversation in our office",
 * "thanks again for Tuesday", "before the second round", "in the final"), and the reasons told in those styles. Messages
 * written for this test (not taken from any corpus part), each beside a message in nearby words that must still read the
 * other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('pauses and moved meetings', () => {
  it('reads "please don\'t take this as a no" beside a hiring pause as on hold', () => {
    const r = read('Hi Nadia,\n\nQuick one: the client has paused hiring while their new CFO settles in. They still want you for the next stage once it restarts, so please don\'t take this as a no.\n\nSpeak soon,\nOwen', 'Tenfold - update');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads "please take this as a no for this role" as a rejection', () => {
    const r = read('Hi Nadia,\n\nQuick one: the client has decided to go with another candidate, so please take this as a no for this role.\n\nSpeak soon,\nOwen', 'Tenfold - update');
    expect(r.kind).toBe('rejection');
  });

  it('reads "no decision yet" said short as on hold', () => {
    const r = read('Hi Ben, no decision yet after the panel, sorry, the MD is away until the 14th. Hang tight! Priya', 'Re: news?');
    expect(r.kind).toBe('on_hold');
  });

  it('reads a decision made, said short, as a rejection', () => {
    const r = read('Hi Ben, decision made after the panel, sorry, they have gone with someone else. Priya', 'Re: news?');
    expect(r.kind).toBe('rejection');
  });

  it('reads reviewers a bit behind as on hold', () => {
    const r = read('Hi Leo, thanks for sending the exercise over. Our reviewers are a bit behind (month end) so you will hear from us the week after next. Nothing to worry about. Ana', 'Exercise');
    expect(r.kind).toBe('on_hold');
  });

  it('reads scores a bit behind the others as a rejection, not a pause', () => {
    const r = read('Hi Leo, thanks for sending the exercise over. Unfortunately your scores were a bit behind the other candidates, so we will not be moving forward. Ana', 'Exercise');
    expect(r.kind).toBe('rejection');
  });

  it('reads the schedule of the selection delayed as on hold', () => {
    const r = read('Dear Mr. Park,\n\nWe thank you for attending the interview. Due to internal reasons the schedule of the selection has been delayed, and we will inform you of the result at the end of next month.\n\nSincerely,\nHuman Resources', 'Selection schedule');
    expect(r.kind).toBe('on_hold');
  });

  it('does not read the schedule of the selection sent ahead as a pause', () => {
    const r = read('Dear Mr. Park,\n\nPlease find below the schedule of the selection for next week: a written test on Monday and interviews on Thursday.\n\nSincerely,\nHuman Resources', 'Selection schedule');
    expect(r.kind).not.toBe('on_hold');
  });

  it('reads a requirement on hold as on hold with the role closed', () => {
    const r = read('Dear Arjun,\n\nThis is to update you that the requirement for Java Developer is on hold as of now due to some internal reasons. We will revert once it opens again.\n\nRegards,\nTalent Acquisition', 'Java Developer');
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toContain('role_closed');
  });

  it('reads a requirement of the role not met as no pause', () => {
    const r = read('Dear Arjun,\n\nThis is to update you that the requirement for five years of Java experience is not met by your profile, so we cannot proceed.\n\nRegards,\nTalent Acquisition', 'Java Developer');
    expect(r.kind).toBe('rejection');
  });

  it('reads a meeting that cannot go on, with another day put, as no rejection', () => {
    const r = read('Hi Sam,\n\nUnfortunately our meeting of Friday cannot go on, because Petra is ill. Can we move it to Tuesday at the same time?\n\nGreetings,\nEls', 'Our meeting');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads a meeting that cannot go on because the role is filled as a rejection', () => {
    const r = read('Hi Sam,\n\nUnfortunately our meeting of Friday cannot go on: we have decided to offer the job to another candidate. Sorry for the short notice.\n\nGreetings,\nEls', 'Our meeting');
    expect(r.kind).toBe('rejection');
  });

  it('reads an offer relayed by a recruiter as no rejection and offers no feedback', () => {
    const r = read('Hi Dev, the client came back today and they would like to make you an offer: 60k plus bonus. Call me when you are free and I will talk you through it. Kat', 'Good news');
    expect(r.kind).not.toBe('rejection');
    expect(r.feedbackOffered).toBe(false);
  });
});

describe('the decline told short or in a second language', () => {
  it('reads "the role\'s going to someone internally" as a rejection for an internal candidate', () => {
    const r = read('Hi Tom, bad news I am afraid, the role\'s going to someone internally. Keep an eye on our careers page though. Ria', 'Re: role');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('internal_candidate');
  });

  it('does not read "the role is going to be advertised" as a decline', () => {
    const r = read('Hi Tom, quick note: the role is going to be advertised next week, and I will send you the link. Ria', 'Re: role');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "we have identified the candidate with whom we will go on" as a filled rejection', () => {
    const r = read('Dear Mr. Rossi,\n\nFollowing the colloquium with our HR, we inform you that the selection for the position of Buyer is concluded and we have identified the candidate with whom we will go on.\n\nBest regards,\nHR Office', 'Esito selezione');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('position_filled');
    expect(r.stage).toBe('interview');
  });

  it('does not read candidates still to be identified as a decline', () => {
    const r = read('Dear Mr. Rossi,\n\nThe selection for the position of Buyer is still running; in the coming weeks we will identify the candidates to invite to the next phase.\n\nBest regards,\nHR Office', 'Selezione');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('the stage in short or second-language words', () => {
  const decline = 'We have thought about it well and decided not to go further with you.';

  it('reads the conversation in our office as an interview', () => {
    const r = read(`Dear Mr. Weber,\n\nthank you for the pleasant conversation in our office in Bremen. ${decline}\n\nKind regards,\nPersonnel`, 'Your application');
    expect(r.stage).toBe('interview');
  });

  it('does not read a conversation at the careers fair as an interview', () => {
    const r = read(`Dear Mr. Weber,\n\nthank you for the pleasant conversation at our stand at the careers fair. ${decline}\n\nKind regards,\nPersonnel`, 'Your application');
    expect(r.stage).not.toBe('interview');
  });

  it('reads the last colloquium with the director as the final round', () => {
    const r = read(`Dear Mr. Conti,\n\nFollowing the last colloquium with our Managing Director, ${decline}\n\nBest regards,\nHR`, 'Esito');
    expect(r.stage).toBe('final');
  });

  it('reads "thanks again for Tuesday" with the team\'s view as an interview', () => {
    const r = read('Hi Amy, thanks again for Tuesday. The team felt you\'d want much more freedom than this job gives, it is very rule-bound, so we\'ll pass this time. Best, Lou', 'Lou sent you a message');
    expect(r.stage).toBe('interview');
  });

  it('does not read "thanks again for Tuesday\'s form" as a meeting', () => {
    const r = read('Hi Amy, thanks again for Tuesday\'s form. The team felt you\'d want much more freedom than this job gives, it is very rule-bound, so we\'ll pass this time. Best, Lou', 'Lou sent you a message');
    expect(r.stage).toBe('application');
  });

  it('reads a second round the hiring never reached as an interview', () => {
    const r = read('Hi Joe, sorry to tell you the client filled the Buyer job through another agency before they got to a second round. Ida', 'Buyer');
    expect(r.stage).toBe('interview');
  });

  it('does not read a job filled before any interview as one', () => {
    const r = read('Hi Joe, sorry to tell you the client filled the Buyer job through another agency before they got to any interviews. Ida', 'Buyer');
    expect(r.stage).toBe('application');
  });

  it('reads "after the stage of online tests" as an assessment', () => {
    const r = read('Hello Ana! After the stage of online tests, we inform you that unfortunately you were not approved to continue to the next phase. Big hug, Talent Team', 'Resultado');
    expect(r.stage).toBe('assessment');
  });

  it('reads a decline with no tests named as the application', () => {
    const r = read('Hello Ana! After the analysis of your profile, we inform you that unfortunately you were not approved to continue to the next phase. Big hug, Talent Team', 'Resultado');
    expect(r.stage).toBe('application');
  });

  it('reads a telephonic interview as a screen', () => {
    const r = read('Good morning Mr. Hale, thank you for the telephonic interview of today. From our conversation it resulted that your level of German is still basic, so unfortunately we cannot proceed further with your candidature. Best regards, Chiara', 'Colloquio');
    expect(r.stage).toBe('screen');
  });

  it('still reads a video interview as an interview', () => {
    const r = read('Good morning Mr. Hale, thank you for the video interview with our plant director today. Unfortunately your level of German is still basic, so we cannot proceed further with your candidature. Best regards, Chiara', 'Colloquio');
    expect(r.stage).toBe('interview');
  });

  it('reads "nothing to do with your interview" as an interview', () => {
    const r = read('Hi Al, unfortunately they have decided to promote someone from within the business. Nothing to do with your interview, it is just hard to compete with someone who knows the site. Donna', 'Update');
    expect(r.stage).toBe('interview');
  });

  it('reads "nothing to do with your application" as the application', () => {
    const r = read('Hi Al, unfortunately they have decided to promote someone from within the business. Nothing to do with your application, it is just hard to compete with someone who knows the site. Donna', 'Update');
    expect(r.stage).toBe('application');
  });

  it('reads "in the final" said short as the final round', () => {
    const r = read('Hi Kim, I have the feedback from Oakway. The CEO felt you asked a lot about budgets in the final, which they do not really have. They have decided not to offer. Best, Sienna', 'Oakway');
    expect(r.stage).toBe('final');
  });

  it('does not read "in the final analysis" as the final round', () => {
    const r = read('Hi Kim, I have the feedback from Oakway. In the final analysis they want someone with more retail experience. They have decided not to offer. Best, Sienna', 'Oakway');
    expect(r.stage).not.toBe('final');
  });

  it('reads a conversation from a manager who signs with a greeting and a department title as an interview', () => {
    const r = read('Dear Mrs. Berg,\n\nmany thanks for the open and interesting conversation on Tuesday. Unfortunately we have decided for another candidate.\n\nFriendly greetings from Hamburg\nJan Olsen\nHead of Controlling', 'Absage');
    expect(r.stage).toBe('interview');
  });

  it('reads the same conversation from talent acquisition as a screen', () => {
    const r = read('Dear Mrs. Berg,\n\nmany thanks for the open and interesting conversation on Tuesday. Unfortunately we have decided for another candidate.\n\nFriendly greetings from Hamburg\nJan Olsen\nTalent Acquisition Partner', 'Absage');
    expect(r.stage).toBe('screen');
  });

  it('reads a manager who signs "Manager Operations, Company" as the one who hires', () => {
    const r = read('Dear Ruud,\n\nThanks for the nice conversation of Monday. We have discussed internally and we decided not to continue.\n\nKind regards,\nKees de Boer\nManager Operations, Havenlogistiek', 'Vacancy');
    expect(r.stage).toBe('interview');
  });

  it('reads one who signs "Manager Talent Acquisition, Company" as a recruiter', () => {
    const r = read('Dear Ruud,\n\nThanks for the nice conversation of Monday. We have discussed internally and we decided not to continue.\n\nKind regards,\nKees de Boer\nManager Talent Acquisition, Havenlogistiek', 'Vacancy');
    expect(r.stage).toBe('screen');
  });
});

describe('reasons in those styles', () => {
  it('reads a job pulled as role closed', () => {
    const r = read('Hi Max, heads up: the Forklift Driver job got pulled this week so your application won\'t go any further. Sorry. Dee', 'Forklift Driver');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read an advert pulled from the job boards after a hire as role closed', () => {
    const r = read('Hi Max, heads up: we have hired for the Forklift Driver job, and the posting was pulled from the job boards this week, so your application won\'t go any further. Sorry. Dee', 'Forklift Driver');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('reads pay the client cannot get near as salary', () => {
    const r = read('Hi Raj, thanks for the case study, it was good. Problem is the client can\'t get near your 90k, so they are not proceeding. Sorry mate.', 'Re: case study');
    expect(r.reasons).toContain('salary');
  });

  it('does not read an office the client cannot get near as salary', () => {
    const r = read('Hi Raj, thanks for the case study, it was good. Problem is the client wants someone strong in SQL, so they are not proceeding. Sorry mate.', 'Re: case study');
    expect(r.reasons).not.toContain('salary');
  });

  it('reads "they can only stretch to 50k" against the candidate\'s figure as salary', () => {
    const r = read('Hi Jo, I have spoken to the client. They can only stretch to £50k, and with your expectations at £62k there is no deal here, so they have asked me not to put you forward. Imran', 'Salary');
    expect(r.reasons).toContain('salary');
  });

  it('reads experience much higher than required as overqualified', () => {
    const r = read('Dear Mr. Rao, thank you for appearing for the interview. The panel has observed that your experience of 20 years is much higher than what is required for this post. Hence we are unable to consider your candidature. Regards, HR', 'Interview');
    expect(r.reasons).toContain('overqualified');
  });

  it('reads experience lower than required as no overqualification', () => {
    const r = read('Dear Mr. Rao, thank you for appearing for the interview. The panel has observed that your experience of 2 years is much lower than what is required for this post. Hence we are unable to consider your candidature. Regards, HR', 'Interview');
    expect(r.reasons).not.toContain('overqualified');
  });

  it('reads a role that would be a step back as overqualified', () => {
    const r = read('Hi Dan, thanks for the call. Given you have run a department for ten years, this junior role would be a real step back, so we won\'t take it further. Best, Jo', 'Re: role');
    expect(r.reasons).toContain('overqualified');
  });

  it('does not read a step back in pay as overqualified', () => {
    const r = read('Hi Dan, thanks for the call. The budget for this role would be a real step back in pay for you, so we won\'t take it further. Best, Jo', 'Re: role');
    expect(r.reasons).not.toContain('overqualified');
  });

  it('reads the fit not there with the team as culture fit', () => {
    const r = read('Hi Eva, I have had feedback from the panel. They felt the fit wasn\'t quite there with the team, who work very much by consensus. They have decided not to progress. Bianca', 'Feedback');
    expect(r.reasons).toContain('culture_fit');
  });

  it('reads "we miss experience with" as a skills gap', () => {
    const r = read('Hi Rosa, thank you for the conversation of last week. We have chosen not to continue with you, because we miss experience with Terraform in production. Good luck, Femke', 'Application');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read "we will miss working with" as a skills gap', () => {
    const r = read('Hi Rosa, thank you for the conversation of last week. We have chosen another candidate; we will miss the chance of working with you. Good luck, Femke', 'Application');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads a profile that does not line up as a profile mismatch', () => {
    const r = read('Hi Ola, appreciate you reaching out about the analyst role. Had a look at your profile and I don\'t think it lines up with what we need right now. Best of luck! Vic', 'Vic replied to your message');
    expect(r.reasons).toContain('profile_mismatch');
  });

  it('reads the one chosen already due to start as position filled', () => {
    const r = read('Dear Mr. Diaz, thank you for the conversation in our office. Our decision has fallen on another applicant, who will already begin in April. Kind regards, Personnel', 'Your application');
    expect(r.reasons).toContain('position_filled');
  });

  it('does not read others who start the assessment as a filled post', () => {
    const r = read('Dear Mr. Diaz, we have chosen other applicants, who start the assessment next week, and unfortunately not you. Kind regards, Personnel', 'Your application');
    expect(r.reasons).not.toContain('position_filled');
  });

  it('reads presence at the office days in the week as location', () => {
    const r = read('Dear Ines, thanks for the nice conversation of Monday. We are looking for someone who can be present at the office in Ghent at least four days in the week, and from Lille this is in our opinion not feasible. Kind regards, Bram', 'Vacancy');
    expect(r.reasons).toContain('location');
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('the door and the feedback in those styles', () => {
  it('reads a curriculum conserved in the archive as the door open', () => {
    const r = read('Dear Mr. Ford, after an attentive evaluation we communicate you that your profile is not in line with the position. We will conserve your curriculum in our archive for possible future selections. Cordial greetings, HR', 'Candidatura');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a curriculum deleted from the archive as the door open', () => {
    const r = read('Dear Mr. Ford, after an attentive evaluation we communicate you that your profile is not in line with the position. Your curriculum will be deleted from our archive within 30 days. Cordial greetings, HR', 'Candidatura');
    expect(r.doorOpen).toBe(false);
  });

  it('reads a profile to be considered for higher positions as the door open', () => {
    const r = read('Dear Mr. Iyer, your experience is much higher than what is required for this post, hence we are unable to consider your candidature. Kindly note that your profile may be considered for higher positions as and when they arise. Regards, HR', 'Interview');
    expect(r.doorOpen).toBe(true);
  });

  it('reads feedback asked for and to be passed on as feedback offered', () => {
    const r = read('Hi Cal, I have just heard from my client: they have decided to proceed with other candidates. I have asked the hiring manager for more detailed feedback and I\'ll pass it on as soon as I get it. Natalie', 'Update');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read feedback the client will not give as feedback offered', () => {
    const r = read('Hi Cal, I have just heard from my client: they have decided to proceed with other candidates. I asked for feedback but they have said they cannot share any. Natalie', 'Update');
    expect(r.feedbackOffered).toBe(false);
  });
});
