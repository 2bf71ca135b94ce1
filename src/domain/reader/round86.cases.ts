/**
 * Creative work, media and senior hires: the freelance list and the work asked back as doors, the conversation to be taken
 * up again, a talk about the process offered, a post given to a named person who
 * already holds one or to one of the sender's own team, the decision not to fill a post, where the candidate lives refused,
 * the package the candidate needs not met, the last day of interviews and the spec brief as steps the candidate took:
 * messages written for this test (not taken from any corpus part), each beside a message in nearby words that must still
 * read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('the freelance list as a door', () => {
  it('reads "we would love to have you on our freelance roster" as a door', () => {
    const r = read('Hi Petra,\n\nThank you for the interview for the Junior Motion Designer role. We have decided not to take your application further, as we need someone with more 3D experience.\n\nWe would love to have you on our freelance roster for smaller jobs, though.\n\nBest,\nOtto, Fernhill Studio', 'Junior Motion Designer');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "we won\'t be adding you to our freelance roster" as a door', () => {
    const r = read('Hi Petra,\n\nThank you for the interview for the Junior Motion Designer role. We need someone with more 3D experience, so we won\'t be adding you to our freelance roster at this time.\n\nBest,\nOtto, Fernhill Studio', 'Junior Motion Designer');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });
});

describe('the work asked back another time', () => {
  it('reads "if you ever have new work, send it our way" as a door', () => {
    const r = read('Hey Jonas,\n\nThanks for sending the reel for the Compositor role. We are after someone with more Nuke experience, so we will pass this time. If you ever put together new work, send it our way.\n\nCheers,\nMia, Brightwater VFX', 'Compositor');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "no need to send anything else our way" as a door', () => {
    const r = read('Hey Jonas,\n\nThanks for sending the reel for the Compositor role. We are after someone with more Nuke experience, so we will pass this time. There is no need to send anything else our way.\n\nCheers,\nMia, Brightwater VFX', 'Compositor');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });
});

describe('the conversation to be taken up again', () => {
  it('reads "if our budget grows, we would love to revisit" as a door', () => {
    const r = read('Dear Ines,\n\nThank you for meeting us about the Picture Editor role. Sadly we cannot meet your salary expectations, so we will not be taking this forward. If our budget grows next year, we would love to revisit.\n\nWarm regards,\nTomas', 'Picture Editor');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "happy to revisit how we reached the decision if you have questions" as a door', () => {
    const r = read('Dear Ines,\n\nThank you for meeting us about the Picture Editor role. Sadly we cannot meet your salary expectations, so we will not be taking this forward. If you have questions, we are happy to revisit how we reached the decision.\n\nWarm regards,\nTomas', 'Picture Editor');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });
});

describe('a talk about how the decision was reached, offered', () => {
  it('reads "I would welcome the chance to speak with you about the process" as feedback offered', () => {
    const r = read('Dear Dr Amsel,\n\nThank you for taking part in the search for a new Director. The Trustees have offered the post to another candidate, who has accepted. I would welcome the chance to speak with you about the process, should you wish it.\n\nSincerely,\nChair of the Search Committee', 'Director search');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read "happy to speak with you about the process and the timeline" in an invitation as feedback offered', () => {
    const r = read('Dear Dr Amsel,\n\nThank you for taking part in the search for a new Director. The Trustees would like to invite you to a final interview on 4 March. I would be happy to speak with you about the process and the timeline beforehand.\n\nSincerely,\nChair of the Search Committee', 'Director search');
    expect(r.feedbackOffered).toBe(false);
  });
});

describe('the post given to someone who already holds one', () => {
  it('reads "to appoint Ada Brenner, our current Head of Finance" as internal_candidate', () => {
    const r = read('Dear Stefan,\n\nThank you for the final interviews for the Chief Financial Officer role. The Board has decided to appoint Ada Brenner, our current Head of Finance, to the post.\n\nWith best wishes,\nThe Chair', 'Chief Financial Officer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('internal_candidate');
  });

  it('does not read "to appoint Ada Brenner, a finance director from Lyon" as internal_candidate', () => {
    const r = read('Dear Stefan,\n\nThank you for the final interviews for the Chief Financial Officer role. The Board has decided to appoint Ada Brenner, a finance director from Lyon, to the post, so we will not be offering you the role.\n\nWith best wishes,\nThe Chair', 'Chief Financial Officer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('internal_candidate');
  });

  it('reads "selected Dr Ruth Abel, who has served as our Deputy Director" as internal_candidate', () => {
    const r = read('Dear Mr Olsen,\n\nThank you for taking part in the search for a new Director. After careful deliberation, the Trustees have selected Dr Ruth Abel, who has served as our Deputy Director since 2019.\n\nYours sincerely,\nChair of Trustees', 'Director search');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('internal_candidate');
  });

  it('reads "to appoint one of our current Front of House team" as internal_candidate', () => {
    const r = read('Hi Gemma,\n\nThanks for coming in on Monday. We have decided to appoint one of our current Front of House team to the Box Office Supervisor role.\n\nBest,\nLiv', 'Box Office Supervisor');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('internal_candidate');
  });

  it('does not read "to appoint someone from another theatre" as internal_candidate', () => {
    const r = read('Hi Gemma,\n\nThanks for coming in on Monday. We have decided to appoint someone from another theatre to the Box Office Supervisor role.\n\nBest,\nLiv', 'Box Office Supervisor');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('internal_candidate');
  });
});

describe('the decision not to fill the post', () => {
  it('reads "we have taken the decision not to fill the role" as role_closed', () => {
    const r = read('Hi Sina,\n\nThank you for applying for the Podcast Producer role. Unfortunately, the show has been cancelled and we have taken the decision not to fill the role.\n\nPeople Team, Larkspur Audio', 'Podcast Producer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read "we will not fill the role until the spring" as role_closed', () => {
    const r = read('Hi Sina,\n\nThank you for applying for the Podcast Producer role. We have decided not to take your application further; we will not fill the role until the spring, and by then we need someone with studio engineering experience.\n\nPeople Team, Larkspur Audio', 'Podcast Producer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('reads "we won\'t be hiring a staff photographer after all" as role_closed', () => {
    const r = read('Dear Kofi,\n\nThank you for meeting us. Since we spoke, our budget has changed, so we won\'t be hiring a staff photographer after all.\n\nBest regards,\nAma', 'Staff Photographer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
  });
});

describe('where the candidate lives, refused', () => {
  it('reads "unwilling to consider a director based in Lagos" as location', () => {
    const r = read('Dear Tunde,\n\nThank you for your conversations with the client about the Country Director role. I am sorry to say they have decided not to proceed: the post sits in Nairobi, and they are unwilling to consider a director based in Lagos.\n\nKind regards,\nSearch Partner', 'Country Director');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
  });

  it('does not read "unwilling to consider a director without board experience" as location', () => {
    const r = read('Dear Tunde,\n\nThank you for your conversations with the client about the Country Director role. I am sorry to say they have decided not to proceed: they are unwilling to consider a director without board experience.\n\nKind regards,\nSearch Partner', 'Country Director');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('location');
  });

  it('reads "moving from Porto is not an option" as location', () => {
    const r = read('Hi Rui,\n\nThanks for the call. The Level Designer role is in-studio in Helsinki. Since you said moving from Porto is not an option for you, we will close your application here.\n\nTalent Team', 'Level Designer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
  });

  it('does not read "moving the interview is not an option" as location', () => {
    const r = read('Hi Rui,\n\nThanks for the call. The Level Designer role needs someone who has shipped a console title, which you have not yet done, so we will close your application here. Moving the interview is not an option either way.\n\nTalent Team', 'Level Designer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('location');
  });
});

describe('the package the candidate needs, not met', () => {
  it('reads "we cannot meet the package you need" as salary', () => {
    const r = read('Hi Saskia,\n\nThanks for meeting the founders about the Head of Design role. We cannot meet the package you need, so we will not be making an offer.\n\nBest,\nJan', 'Head of Design');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('salary');
  });

  it('does not read "we cannot meet the start date you need" as salary', () => {
    const r = read('Hi Saskia,\n\nThanks for meeting the founders about the Head of Design role. We cannot meet the start date you need, so we will not be making an offer.\n\nBest,\nJan', 'Head of Design');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('salary');
  });
});

describe('the last day of interviews and the spec brief as the step reached', () => {
  it('reads "the final day of interviews" as final', () => {
    const r = read('Dear Lena,\n\nThank you for joining us for the final day of interviews for the Creative Director role. We have decided not to make you an offer.\n\nBest wishes,\nThe Studio', 'Creative Director');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('final');
  });

  it('does not read "not invite you to the final day of interviews" as final', () => {
    const r = read('Dear Lena,\n\nThank you for your interview for the Creative Director role. We have decided not to invite you to the final day of interviews.\n\nBest wishes,\nThe Studio', 'Creative Director');
    expect(r.kind).toBe('rejection');
    expect(r.stage).not.toBe('final');
  });

  it('reads "thanks for the spec brief" as assessment', () => {
    const r = read('Hi Noor,\n\nThanks for the spec brief for the coffee launch. Unfortunately we won\'t be moving you on to the next stage.\n\nSam, Creative Director', 'Copywriter');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('does not read "thanks for the brief chat" as assessment', () => {
    const r = read('Hi Noor,\n\nThanks for the brief chat about the coffee launch. Unfortunately we won\'t be moving you on to the next stage.\n\nSam, Creative Director', 'Copywriter');
    expect(r.kind).toBe('rejection');
    expect(r.stage).not.toBe('assessment');
  });
});
