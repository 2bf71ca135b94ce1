/**
 * Declines in a few words, in a second language's English, above a quoted message or inside a forward; pauses told with
 * the particle after the object; and declines only quoted from someone else's mail. Messages written for this test (not
 * taken from any corpus part), each beside a message in nearby words that must still read the other way. The rules alone
 * (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const kindOf = (text: string, subject?: string): string => {
  const k = read(text, subject).kind;
  return k === 'rejection' || k === 'on_hold' ? k : 'other';
};

describe('a bare "no" for this round', () => {
  it('reads "Unfortunately no this time" and "nope, not this round" as declines', () => {
    expect(kindOf('Unfortunately no this time. Do try the autumn intake.\n\nBest\nGwen', 'RE: Trainee surveyor')).toBe('rejection');
    expect(kindOf('nope, not this round sorry — keep an eye on the careers page\n\nsent from my phone', 'Re: kitchen porter')).toBe('rejection');
    expect(kindOf('Sorry, no.\n\n> Hello, did you have a chance to look at my CV for the driver job? Thanks, Ilse', 'Re: driver')).toBe('rejection');
  });

  it('does not read "no, this time works" or a question as a decline', () => {
    expect(kindOf('No, this time works fine for us. See you on Tuesday at 10.\n\nAbel', 'Re: interview slot')).toBe('other');
    expect(kindOf('Not this time of year, the office is closed until the 6th. Shall we talk on the 7th?\n\nAbel', 'Re: call')).toBe('other');
  });
});

describe('the post taken, in a second language’s words', () => {
  it('reads "the position is already covered" and "meanwhile the position is occupied" as declines', () => {
    expect(kindOf('Dear Mr Okafor,\n\nthank you for your interest. We inform you that the position is already covered since last month.\n\nBest regards\nMaren Holt')).toBe('rejection');
    expect(kindOf('Hello Mrs Dubois,\n\nthanks for your visit by us. Meanwhile the role is occupied by a colleague from Lyon.\n\nRegards\nPiet')).toBe('rejection');
  });

  it('does not read "the role is covered by our relocation policy" as a decline', () => {
    expect(kindOf('Dear Mr Okafor,\n\nto answer your question: the position is covered by our relocation policy, so the flat for the first month is paid. Interview details follow tomorrow.\n\nMaren Holt')).toBe('other');
  });
});

describe('the process cancelled for the candidate', () => {
  it('reads "we have to cancel your process" as a decline', () => {
    expect(kindOf('Dear Ms Novak,\n\nthe department took another direction with the team, so we have to cancel your process with us.\n\nBest\nIon')).toBe('rejection');
  });

  it('does not read a candidacy cancelled as asked, or a negative drug screen, as a decline', () => {
    expect(kindOf('Hi Ms Novak,\n\nyour drug screen came back with a negative result, so everything is in order. HR will send the contract on Monday.\n\nIon')).toBe('other');
    expect(kindOf('Hi Ms Novak,\n\nas you asked, we have cancelled your candidacy. Thank you for letting us know.\n\nIon')).toBe('other');
  });
});

describe('the post given, told as an appointment made or a hire already done', () => {
  it('reads "we have made an appointment to the post" and "we already hired for that one" as declines', () => {
    expect(kindOf('Hi Tariq,\n\nsorry for the wait. We have now made an appointment to the post of site engineer.\n\nCheers\nBeth')).toBe('rejection');
    expect(kindOf('thanks Tariq but we already hired for that one last week.\n\nBeth', 'Re: line cook')).toBe('rejection');
  });

  it('does not read an appointment made for the candidate, or a hiring boast, as a decline', () => {
    expect(kindOf('Hi Tariq,\n\nplease make an appointment for the medical with our nurse before your start date on the 3rd.\n\nBeth')).toBe('other');
    expect(kindOf('Hi Tariq,\n\nwe\'ve already hired you as a temp through the agency, so this form is only for the permanent contract. Could you sign it on Thursday?\n\nBeth')).toBe('other');
  });
});

describe('the pause with the particle after its object', () => {
  it('reads "we have had to push decisions back two weeks" as a pause', () => {
    expect(kindOf('Hi Omar,\n\nthanks for the presentation. We have had to push the decisions back by two weeks as the director is travelling. Nothing is decided on your application yet.\n\nJo')).toBe('on_hold');
  });

  it('reads "the process is stopped for some weeks" as a pause, and "your candidature is not discarded" as no decline', () => {
    expect(kindOf('Hello Mr Ruiz,\n\nonly to tell that the process is stopped for some weeks because of the merger. Your candidature is not discarded, when we restart I write you.\n\nCarla')).toBe('on_hold');
  });

  it('reads "we did not choose any other candidate" as no decline, and "we did choose another candidate" as one', () => {
    expect(kindOf('Dear Mr Haas,\n\nthe board decided to postpone this recruitment until the spring budget. We did not choose any other candidate and you remain on our shortlist.\n\nNadia')).toBe('on_hold');
    expect(kindOf('Dear Mr Haas,\n\nthank you for the final meeting. In the end we did choose another candidate with more export experience.\n\nNadia')).toBe('rejection');
  });

  it('does not read an interview moved back an hour as a pause', () => {
    expect(kindOf('Hi Omar,\n\nwe have moved the interview back an hour, so see you at 3pm on Thursday.\n\nJo')).toBe('other');
  });
});

describe('a decline only quoted from someone else’s mail', () => {
  it('reads a friend’s note quoting the rejection another person got as no decline', () => {
    expect(kindOf('Hi Bea,\n\nMy cousin got the "we have decided to proceed with other applicants" line again yesterday. Could you look over his CV at the weekend?\n\nLove, Fran')).toBe('other');
  });

  it('still reads a status quoted to the reader about their own application as a decline', () => {
    expect(kindOf('Dear Bea,\n\nThe status of your application for Lab Technician has been changed to "not progressed to the next stage". Thank you for your interest.\n\nRecruitment Team')).toBe('rejection');
  });
});

describe('the post gone, in a contraction', () => {
  it('reads "role\'s been scrapped, sorry" as a decline, and not "role\'s been posted"', () => {
    expect(kindOf('Hi Kemal,\n\nthe role\'s been scrapped by head office, sorry.\n\nBen')).toBe('rejection');
    expect(kindOf('Hi Kemal,\n\nthe role\'s been posted on our site now, do apply there.\n\nBen')).toBe('other');
  });
});

describe('a pause whose role is gone, a rival pointed back to, a process said not to close', () => {
  it('reads "hiring is frozen, so the role has gone" as a decline, and "the role has gone live" as no decline', () => {
    expect(kindOf('Hi Pia,\n\nsorry to say that since we met the group has frozen hiring, so the analyst role has gone.\n\nTomas')).toBe('rejection');
    expect(kindOf('Hi Pia,\n\nthe analyst role has gone live on our site today, please apply there so we can book your interview.\n\nTomas')).toBe('other');
  });

  it('reads "we have decided to offer the role to them" after a close race as a decline', () => {
    expect(kindOf('Hi Ruairi,\n\nsorry this has taken longer than I said. It came down to you and one other engineer, and we have decided to offer the role to them.\n\nSiobhan')).toBe('rejection');
  });

  it('reads "we are not closing the process" beside a pause as a pause, not a decline', () => {
    expect(kindOf('Dear Lars,\n\nthe board has asked us to pause all senior hires until the restructure is done. We are not closing the process, and nothing has been decided about you.\n\nAnke')).toBe('on_hold');
  });
});

describe('the candidate’s own learning is no job only followed', () => {
  it('reads "you are following a Spanish course, so we have decided not to invite you" as a decline', () => {
    expect(kindOf('Dear Mr Adeyemi,\n\nThe role needs fluent Spanish. From your CV we see you are following a Spanish course at B1 level. For this reason we have decided not to invite you for a first conversation.\n\nKind regards,\nLotte')).toBe('rejection');
  });

  it('still reads a note about a job the reader was only following as no decline', () => {
    expect(kindOf('Hi Ama,\n\nThe Payroll Officer job you were following has been filled and the advert is now closed. Have a look at our other vacancies.\n\nJobs team')).toBe('other');
  });
});

describe('left out of the group, the shortlist already picked', () => {
  it('reads "we aren\'t able to include yours in that group this time" as a decline', () => {
    expect(kindOf('Dear Jin,\n\nWe interview a handful of people for each opening, and we aren\'t able to include yours in that group this time.\n\nThe Hiring Team')).toBe('rejection');
  });

  it('does not read "we aren\'t able to include your photo in the profile" as a decline', () => {
    expect(kindOf('Dear Jin,\n\nWe aren\'t able to include your photo in the candidate profile, as our system strips images. Your interview is still on Monday.\n\nThe Hiring Team')).toBe('other');
  });

  it('reads "we\'ve already picked who we\'re talking to, sorry" as a decline, and "we\'ve picked who you\'ll meet" as none', () => {
    expect(kindOf('Hi Dev,\n\nGot your CV, cheers. We\'ve already picked who we\'re talking to, sorry.\n\nMick')).toBe('rejection');
    expect(kindOf('Hi Dev,\n\nGreat news, we\'ve picked who you\'ll meet on Friday: Sam and Ola from the workshop.\n\nMick')).toBe('other');
  });
});

describe('a job alert or a talent community update under its own marks', () => {
  it('reads an alert listing jobs you viewed that are now closed as no decline', () => {
    expect(kindOf('Your daily job alert: "barista" near Bristol\n\nJobs you viewed that are now closed\n• Barista – Harbourside Café – No longer accepting applications\n\nNew jobs for you\n• Shift Lead – Quayside Coffee – Bristol\n\nManage alerts | Unsubscribe')).toBe('other');
  });

  it('still reads a decline sent through a job board with an alert footer as a decline', () => {
    expect(kindOf('Hi Rosa,\n\nThe employer has reviewed your application for Barista and decided not to proceed.\n\nNew jobs for you\n• Shift Lead – Quayside Coffee – Bristol\n\nManage alerts | Unsubscribe')).toBe('rejection');
  });

  it('reads a community update that closed a role everyone applied to as no decline', () => {
    expect(kindOf('Careers news, May\n\nThank you to everyone who applied for our Content Editor role. This position is now closed.\n\nOpen now\n• Sub-editor — remote\n\nYou\'re receiving this because you joined the Talent Community. Update preferences')).toBe('other');
  });
});

describe('the candidate’s own move, a decision that cannot be fair yet, a post that will not be recruited to', () => {
  it('reads sympathy with the candidate’s other offer as no decline', () => {
    expect(kindOf('Hi Rafa,\n\nThanks for telling me, totally understand. Sorry it didn\'t feel like the right move for you, and I hope the other offer is a great one.\n\nKeep in touch,\nJess', 'RE: Pulling out')).toBe('other');
  });

  it('still reads "we don\'t feel you are the right fit for the role" as a decline', () => {
    expect(kindOf('Hi Rafa,\n\nThanks for the interview. Sorry, we don\'t feel you are the right fit for the role, and we will not take it further.\n\nJess')).toBe('rejection');
  });

  it('reads "the panel cannot reach a fair decision until all have met" as a pause, and a fair decision reached as none', () => {
    expect(kindOf('Dear Ines,\n\nThere is a short delay: one panel member is ill, and the panel cannot reach a fair decision until all of them have met. We hope to write by 3 May.\n\nHR Team')).toBe('on_hold');
    expect(kindOf('Dear Ines,\n\nThe panel has met and reached a fair decision: we will not be offering you the post.\n\nHR Team')).toBe('rejection');
  });

  it('reads a paused post that "will not be recruited to as advertised" as a decline', () => {
    expect(kindOf('Dear Ines,\n\nAs I wrote last month, recruitment to this post was on hold during the restructure. The post has now been merged with another and will not be recruited to as advertised, so we are closing your application.\n\nHR Team')).toBe('rejection');
  });
});

describe('a pause of one step named without an article', () => {
  it('reads "we\'ve paused shortlisting for this role until she\'s in post" as a pause', () => {
    expect(kindOf('Hi Noor,\n\nOur new director starts in June and we want her to pick her own team, so we\'ve paused shortlisting for this role until she\'s in post. Nothing is decided yet.\n\nKofi')).toBe('on_hold');
  });

  it('still reads "we\'ve finished shortlisting and you were not selected" as a decline', () => {
    expect(kindOf('Hi Noor,\n\nWe\'ve finished shortlisting for this role and you were not selected for interview.\n\nKofi')).toBe('rejection');
  });
});
