/**
 * Reasons told in an answer to "why?" inside a thread or a forward: what the candidate has never done, a skill gone
 * rusty, the one point held against them, a lower language level in their papers,
 * others with more years in close roles, experience that does not map onto the role, the place of the role set against
 * where the candidate is, a preference for working alone beside a team that pairs or decides by consensus, pay beyond what the company can
 * do, a team fully staffed, and a pause that is only a time reference. Messages written for this test (not taken from
 * any corpus part), each beside a message in nearby words that must still read the other way. The rules alone (`null`).
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('what the candidate has never done, told as feedback', () => {
  it('reads "the panel felt you hadn\'t worked with streaming pipelines at our volume" as a skills gap', () => {
    const r = read('Hi Marta,\n\nSure, happy to share. The panel enjoyed the conversation, but they felt you hadn\'t worked with streaming pipelines at the volume we handle every day. That is what decided it.\n\nAll the best,\nGreg', 'Re: Data Engineer interview');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read "you hadn\'t worked with us before" as a skills gap', () => {
    const r = read('Hi Marta,\n\nThanks for your interview on Monday. We were glad to meet you even though you hadn\'t worked with us before. Unfortunately we have decided not to move forward with your application.\n\nAll the best,\nGreg', 'Re: Data Engineer interview');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads a client\'s "he\'s never programmed a PLC on a packaging line" passed on as a skills gap', () => {
    const r = read('Hi Tomasz,\n\nSorry, the plant manager has decided not to take you forward after the interview. Her feedback: he\'s never programmed a PLC on a packaging line, which is most of the job.\n\nRob', 'Fwd: Tomasz - Controls Technician');
    expect(r.reasons).toContain('skills_gap');
  });
});

describe('a skill gone rusty', () => {
  it('reads "your German was a bit rusty" as a skills gap', () => {
    const r = read('Hi Lena,\n\nYou asked for some feedback. The team liked your account management background, but your German was a bit rusty for calls with our Vienna clients, so we have offered the role to someone else.\n\nBest,\nPaul', 'Re: Account Manager');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read "our process was a bit rusty" as a skills gap', () => {
    const r = read('Hi Lena,\n\nApologies for the slow reply, our hiring process was a bit rusty over the summer. We have now offered the role to someone else.\n\nBest,\nPaul', 'Re: Account Manager');
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('the one point held against the candidate', () => {
  it('reads "his biggest concern was Terraform." as a skills gap', () => {
    const r = read('Hi Dev,\n\nI checked with Omar, who ran the interview, and his biggest concern was Terraform. The rest of the interview went well.\n\nCheers,\nAnya\n\n> Could you ask why I was turned down?', 'Re: Platform Engineer');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read "his biggest concern was timing." as a skills gap', () => {
    const r = read('Hi Dev,\n\nI checked with Omar, who ran the interview, and his biggest concern was timing. The rest of the interview went well.\n\nCheers,\nAnya\n\n> Could you ask why I was turned down?', 'Re: Platform Engineer');
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('a lower language level in the candidate\'s papers', () => {
  it('reads "your CV lists basic French" beside a role for a fluent speaker as a skills gap', () => {
    const r = read('Hi Sam,\n\nThanks for checking in. We didn\'t take your application further because the desk serves our Lyon clients and your CV lists basic French, while the team works entirely in French.\n\nBest,\nNora', 'Re: Client Support Associate');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read "your CV lists several French clients" as a skills gap', () => {
    const r = read('Hi Sam,\n\nThanks for checking in. Your CV lists several French clients, which was interesting, but we have filled the role with another applicant.\n\nBest,\nNora', 'Re: Client Support Associate');
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('others with more years in close roles', () => {
  it('reads "the others we met had more years in roles close to this one" as a profile mismatch', () => {
    const r = read('Hi Ruth,\n\nThanks for asking. There isn\'t much in the notes beyond the fact that the other three people we met had more years in roles very close to this one.\n\nBest,\nIan', 'RE: Office Manager');
    expect(r.reasons).toContain('profile_mismatch');
  });

  it('does not read "the others we met had more years to wait" as a profile mismatch', () => {
    const r = read('Hi Ruth,\n\nThanks for asking. I\'m sorry to tell you we have offered the role to another candidate. The other people we met have all been told today.\n\nBest,\nIan', 'RE: Office Manager');
    expect(r.reasons).not.toContain('profile_mismatch');
  });
});

describe('experience that does not map onto the role, and where the role is set against where the candidate is', () => {
  it('reads "your experience doesn\'t map to this role, and it\'s based in Inverness while you\'re in Leeds" as both reasons', () => {
    const r = read('Hi Joe,\n\nThanks for following up. To be honest, your experience doesn\'t map to this role closely enough, and it\'s based at the yard in Inverness while you\'re down in Leeds, so we\'ll pass this time.\n\nRegards,\nFiona', 'Re: Yard Supervisor');
    expect(r.reasons).toContain('profile_mismatch');
    expect(r.reasons).toContain('location');
  });

  it('does not read "it\'s based in Inverness and you\'re in good hands" as location', () => {
    const r = read('Hi Joe,\n\nThanks for following up. The role is based at the yard in Inverness, and you\'re in good company: we had many strong applicants. We have decided to go with another candidate.\n\nRegards,\nFiona', 'Re: Yard Supervisor');
    expect(r.reasons).not.toContain('location');
  });

  it('reads "fully in-office in Munich, and you said you\'re staying in Porto" as location', () => {
    const r = read('Hi Rui,\n\nGood to speak again. This opening is fully in-office in Munich, and you said you\'re staying in Porto for now, so we can\'t take it further.\n\nRegards,\nKatrin', 'Re: Test Lead');
    expect(r.reasons).toContain('location');
  });
});

describe('a preference for working alone beside a team that pairs', () => {
  it('reads "your preference for working alone, and this team pairs on almost everything" as culture fit', () => {
    const r = read('Hi Chris,\n\nPassing on the notes from your call with Priti: she noted your preference for working alone, and this team pairs on almost everything, so they won\'t take it further.\n\nCheers,\nMo', 'Fwd: Chris - screen');
    expect(r.reasons).toContain('culture_fit');
  });

  it('does not read "your preference for working alone on the take-home" with no team contrast as culture fit', () => {
    const r = read('Hi Chris,\n\nPassing on the notes from your call with Priti: she noted your preference for working alone on the take-home, which was fine. They have offered the role to another candidate.\n\nCheers,\nMo', 'Fwd: Chris - screen');
    expect(r.reasons).not.toContain('culture_fit');
  });
});

describe('pay beyond what the company can do', () => {
  it('reads "$95k is well beyond what we can do for this role (budget is around $70k)" as salary, not a closed role', () => {
    const r = read('Hi Ana,\n\nThanks for telling me your expectations. Unfortunately $95k is well beyond what we can do for this role (budget is around $70k), so I don\'t think we should go further.\n\nBest,\nLiam', 'Re: QA Analyst');
    expect(r.reasons).toContain('salary');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('still reads "the budget has been cut" as a closed role', () => {
    const r = read('Hi Ana,\n\nI\'m sorry to say the budget for this role has been cut, so we won\'t be able to go further.\n\nBest,\nLiam', 'Re: QA Analyst');
    expect(r.reasons).toContain('role_closed');
  });
});

describe('a team fully staffed, a job gone', () => {
  it('reads "the job has gone" after a full team as position filled', () => {
    const r = read('Hi Kira,\n\nThanks for chasing - sorry, we\'re fully staffed for the summer now so the lifeguard job has gone.\n\nCheers,\nTom', 'Re: Lifeguard');
    expect(r.reasons).toContain('position_filled');
  });

  it('does not read "hiring is frozen, so the role has gone" as position filled', () => {
    const r = read('Hi Kira,\n\nSorry for the news: the owners have frozen all hiring this year, so the lifeguard role has gone.\n\nCheers,\nTom', 'Re: Lifeguard');
    expect(r.reasons).not.toContain('position_filled');
  });

  it('does not read "the job has gone live" as position filled', () => {
    const r = read('Hi Kira,\n\nThanks for chasing. The new lifeguard job has gone live on our site. Unfortunately we won\'t be taking your application forward.\n\nCheers,\nTom', 'Re: Lifeguard');
    expect(r.reasons).not.toContain('position_filled');
  });
});

describe('a pause told only as a time', () => {
  it('does not read "when we paused in March" before an appointment as a closed role', () => {
    const r = read('Hi Jo,\n\nComing back to you on the Payroll Clerk role - when we paused in March you had just done the numeracy test. We have now appointed someone, so I am closing your application.\n\nRegards,\nAlan', 'RE: Payroll Clerk');
    expect(r.reasons).toContain('position_filled');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('still reads "the role has been paused" as a closed role', () => {
    const r = read('Hi Jo,\n\nComing back to you on the Payroll Clerk role - the role has been paused until next year, so I am closing your application.\n\nRegards,\nAlan', 'RE: Payroll Clerk');
    expect(r.reasons).toContain('role_closed');
  });
});
