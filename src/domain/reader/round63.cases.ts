/**
 * The three flags told in a letter's own words: offers to tell how the decision was made, a fuller picture or the
 * write-up, what can be shared; doors opened by a call when a role opens or comes back, the candidate kept close or put
 * forward for a role being hired; specific feedback as a way of working set against the team's, the gap named, work that
 * strayed from its brief, the candidate's own figure named back, a numbered question not attempted. Messages written for
 * this test (not taken from any corpus part), each beside a message in nearby words that must still read the other way.
 * The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

const DECLINE = 'Hi Tomasz,\n\nThank you for the interview with our engineering team last Wednesday. We have decided not to move forward with your application for the Platform Engineer role.\n\n';
const SIGN = '\n\nBest,\nIngrid Solberg\nTalent Partner, Copperleaf';

describe('feedback offered in a letter\'s own words', () => {
  it('reads "if you\'d like to hear how the panel reached its decision, just reply" as an offer', () => {
    const r = read(`${DECLINE}If you'd like to hear how the panel reached their decision, just reply and I'll book twenty minutes.${SIGN}`);
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read a refusal to say how the panel reached its decision as an offer', () => {
    const r = read(`${DECLINE}I'm afraid we can't share how the panel reached their decision.${SIGN}`);
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads "happy to give you a fuller picture on a call" as an offer', () => {
    const r = read(`${DECLINE}I'd be happy to give you a fuller picture on a call next week, if that's useful.${SIGN}`);
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read "a fuller picture of the team" in an invitation as an offer of feedback', () => {
    const r = read('Hi Tomasz,\n\nThanks for applying to the Platform Engineer role. We would like to invite you to a first interview next Tuesday at 10:00. I\'d be happy to give you a fuller picture of the team before then.\n\nBest,\nIngrid Solberg\nTalent Partner, Copperleaf');
    expect(r.kind).not.toBe('rejection');
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads "if you want the full write-up from the panel, say the word" as an offer', () => {
    const r = read(`${DECLINE}If you want the full write-up from Hamid and Rosa, say the word.${SIGN}`);
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "happy to share what I can, just let me know" as an offer', () => {
    const r = read(`${DECLINE}If it would help to hear more, I'm happy to share what I can; just let me know.${SIGN}`);
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read "I\'ll share what I can about the timeline" in a status note as an offer', () => {
    const r = read('Hi Tomasz,\n\nThanks for your patience. The hiring manager is still reviewing candidates for the Platform Engineer role, and I\'ll share what I can about the timeline once I hear back.\n\nBest,\nIngrid Solberg\nTalent Partner, Copperleaf');
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads "glad to give you some informal comments on your interview" as an offer', () => {
    const r = read(`${DECLINE}I'm also glad to give you some informal comments on your interview if that would help.${SIGN}`);
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read the candidate\'s own request, reported, as an offer', () => {
    const r = read(`${DECLINE}You asked whether we could share some observations. The panel noted that your answers on incident response were thin on detail.${SIGN}`);
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(false);
    expect(r.feedback).toBe(true);
  });
});

describe('a door opened by a call when a role opens', () => {
  it('reads "would you mind if I reached out when we open the data roles next year?" as a door', () => {
    const r = read(`${DECLINE}Would you mind if I reached out when we open the data platform roles next year?${SIGN}`);
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "I\'ll reach out when we have the panel\'s decision" as a door', () => {
    const r = read('Hi Tomasz,\n\nThank you for the interview last Wednesday. The panel is meeting on Friday and I\'ll reach out when we have the decision.\n\nBest,\nIngrid Solberg\nTalent Partner, Copperleaf');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "I\'ll give you a ring as soon as it\'s approved" after a role to come as a door', () => {
    const r = read(`${DECLINE}We have a senior role waiting on budget for the spring. I'll give you a ring as soon as it's approved.${SIGN}`);
    expect(r.doorOpen).toBe(true);
  });

  it('reads "if it comes back next quarter I\'ll let you know" after a role pulled as a door', () => {
    const r = read('Hi Tomasz,\n\nSorry for the silence. The Platform Engineer role has been withdrawn after a budget review, so we are not progressing any applications for it, including yours. If it comes back next quarter I\'ll let you know first.\n\nBest,\nIngrid');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "if it comes back with questions I\'ll let you know" about a reference as a door', () => {
    const r = read('Hi Tomasz,\n\nSorry for the silence. The Platform Engineer role has been withdrawn after a budget review, so we are not progressing any applications for it, including yours. Your reference form went to payroll; if it comes back with questions I\'ll let you know.\n\nBest,\nIngrid');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "I\'d love to be able to reach out to you when it does" as a door', () => {
    const r = read(`${DECLINE}The team will look very different in a year, and I'd love to be able to reach out to you when it does.${SIGN}`);
    expect(r.doorOpen).toBe(true);
  });

  it('reads "I\'d like to keep you close for the next leadership role we open" as a door', () => {
    const r = read(`${DECLINE}I'd like to keep you close for the next leadership role we open.${SIGN}`);
    expect(r.doorOpen).toBe(true);
  });

  it('reads a name put forward for a role being hired now as a door', () => {
    const r = read(`${DECLINE}P.S. Our data team is hiring an analytics engineer in March, and I'd love to put your name forward if you're interested.${SIGN}`);
    expect(r.doorOpen).toBe(true);
  });

  it('does not read the name put forward for this role as a door', () => {
    const r = read(`${DECLINE}Our data team is hiring quickly, and I was glad to put your name forward for this role.${SIGN}`);
    expect(r.doorOpen).toBe(false);
  });

  it('does not read thanks for considering us as a door', () => {
    const r = read('Hi Tomasz,\n\nThank you for applying to Copperleaf. We have decided not to move forward at this time. We know this isn\'t the news you were hoping for, and we truly appreciate you considering us.\n\nThe Copperleaf team');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });
});

describe('specific feedback in a letter\'s own words', () => {
  it('reads a way of working the interviewers saw, set against the team\'s, as feedback', () => {
    const r = read('Hi Tomasz,\n\nThank you for the afternoon with the team. We won\'t be offering you the role. Several of us came away with the impression that you prefer to make the call yourself, while our squads decide things together.\n\nBest,\nIngrid');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(true);
  });

  it('does not read the same words as a question as feedback', () => {
    const r = read('Hi Tomasz,\n\nThank you for the afternoon with the team. We won\'t be offering you the role. I wondered whether you prefer to make the call yourself, while our squads decide things together.\n\nBest,\nIngrid');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(false);
  });

  it('reads "the main gap they identified was experience of running an on-call rota" as feedback', () => {
    const r = read(`${DECLINE}The main gap they identified was experience of running an on-call rota for a production platform.${SIGN}`);
    expect(r.feedback).toBe(true);
  });

  it('does not read "the only hesitation was timing" as feedback', () => {
    const r = read(`${DECLINE}The only hesitation was timing, as the team is being reorganised.${SIGN}`);
    expect(r.feedback).toBe(false);
  });

  it('reads work that drifted away from the brief as feedback', () => {
    const r = read('Hi Tomasz,\n\nThank you for the writing task. We won\'t take your application further: the second article drifted away from the audience in the brief.\n\nBest,\nIngrid');
    expect(r.feedback).toBe(true);
  });

  it('reads the candidate\'s own figure named back against the band as feedback', () => {
    const r = read('Hi Tomasz,\n\nThanks for the call on Monday. You mentioned a floor of €90k, and this role is banded at €70–75k, so we will not take things further.\n\nBest,\nIngrid');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(true);
  });

  it('does not read a question about the candidate\'s figure as feedback', () => {
    const r = read('Hi Tomasz,\n\nThanks for the call on Monday. Could you confirm the figure you mentioned, as the budget for the role is still being approved?\n\nBest,\nIngrid');
    expect(r.feedback).toBe(false);
  });

  it('reads "question 3 wasn\'t attempted" as feedback', () => {
    const r = read('Hi Tomasz,\n\nThanks for the SQL test. We will not progress to the next stage: questions 1 and 2 were fine, but question 3 wasn\'t attempted.\n\nBest,\nIngrid');
    expect(r.feedback).toBe(true);
  });

  it('does not read praise from someone "not easily impressed" as critique', () => {
    const r = read('Hi Tomasz,\n\nThank you for the final round. We have appointed an internal candidate. Rafael, who is not easily impressed, said your answer about the outage was the clearest he had heard.\n\nBest,\nIngrid');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(false);
  });
});
