/**
 * Tracking-system boilerplate: praise, process and advice words that give no reason. A reason the model adds must rest on a
 * sentence that speaks of this decision and of the reason, not on praise beside the decline ("while we were impressed with
 * your background, we won't be moving forward"), a softener ("it is not the news you were hoping for"), advice to everyone
 * ("set up a job alert for roles that match your skills"), the process told of everyone ("hiring decisions are based on a
 * number of factors", "we reviewed every application, considering each applicant's experience") or a letterhead ("… is a
 * trading name of …"). The rules read a culture fit told of the team's culture beside another candidate preferred, and no
 * gap in the breadth of every applicant's experience. Messages written for this test (not taken from any corpus part), each
 * beside a message in nearby words that must still read the other way. The rules alone (`null`) must read them; the model's
 * guard is asked of the sentences it would lean on.
 */
import { describe, expect, it } from 'vitest';
import { reasonRestsOn } from './learned.js';
import { readMessage } from './read-message.js';
import { splitSentences } from './sentences.js';
import type { Reason } from './types.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
/** whether a reason the model adds may rest on these sentences, the first the one it leans on most */
const rests = (reason: Reason, ...texts: string[]): boolean => reasonRestsOn(reason, texts.map((t) => splitSentences(t)[0]!));

describe('a reason the model adds rests on this decision, not on boilerplate', () => {
  it('rests no mismatch on praise beside the decline', () => {
    expect(rests('profile_mismatch', 'We looked at your profile and, while we were impressed with your background, we will not be moving forward at this time.')).toBe(false);
  });

  it('still rests a mismatch on praise beside a denial of the fit', () => {
    expect(rests('profile_mismatch', 'We looked at your profile and, while we were impressed with your background, your experience does not match what the team needs.')).toBe(true);
  });

  it('rests no mismatch on a softener of the decline', () => {
    expect(rests('profile_mismatch', 'The outcome reflects a careful look at your strengths, and we realise it is not the news you were hoping for.')).toBe(false);
  });

  it('still rests a mismatch on a careful look that denies the fit', () => {
    expect(rests('profile_mismatch', 'The outcome reflects a careful look at your strengths, and we realise they are not the closest match for this post.')).toBe(true);
  });

  it('rests no mismatch on advice to set up job alerts, first or beside', () => {
    expect(rests('profile_mismatch', 'Set up a job alert on our careers site to hear about openings that match your skills.')).toBe(false);
    expect(rests('profile_mismatch', 'Kind regards,', 'Sign in to your candidate account to see jobs that fit your experience.')).toBe(false);
  });

  it('still rests a mismatch on other applicants who matched more closely', () => {
    expect(rests('profile_mismatch', 'Kind regards,', 'Other applicants had experience that matched the post more closely.')).toBe(true);
  });

  it('rests no location on decisions based on a number of factors', () => {
    expect(rests('location', 'Selection decisions are based on a number of factors and we thank you for your patience.')).toBe(false);
  });

  it('still rests a location on an office the candidate cannot reach', () => {
    expect(rests('location', 'The post is based in our Aberdeen office, and you told us you could not relocate.')).toBe(true);
  });

  it('rests no gap on every application weighed alike', () => {
    expect(rests('skills_gap', 'We have read every application closely, weighing the range of each applicant\'s experience and potential.')).toBe(false);
    expect(rests('assessment', 'The assessors compared each candidate\'s performance across all the exercises, and we will not be offering you a place.')).toBe(false);
  });

  it('still rests a gap on every application weighed, then the candidate\'s own, or on a requirement of all', () => {
    expect(rests('skills_gap', 'We have read every application closely, and your experience of payroll systems was too limited for the post.')).toBe(true);
    expect(rests('skills_gap', 'All applicants must hold a current forklift licence, which we could not find in your application.')).toBe(true);
  });

  it('rests no gap on a letterhead', () => {
    expect(rests('skills_gap', 'Larchmont Private Bank is a trading name of Larchmont & Co. Limited.')).toBe(false);
  });

  it('still rests a gap on the bank\'s need the candidate lacks', () => {
    expect(rests('skills_gap', 'Larchmont Private Bank needed a dealer with FX options experience, which you have not had.')).toBe(true);
  });
});

describe('the rules read boilerplate words as no gap', () => {
  it('reads the breadth of each applicant\'s experience as no gap', () => {
    const r = read('Thank you for applying to the Summer Analyst Programme at Quillon.\n\nWe have now looked at every application carefully, considering the breadth of each applicant\'s experience, motivation and potential. We are sorry to tell you that your application has been unsuccessful on this occasion.\n\nQuillon Early Careers', 'Quillon Summer Analyst Programme');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['generic']);
  });

  it('still reads a depth of experience the team needed as a gap', () => {
    const r = read('Thank you for applying to the Treasury Analyst role at Quillon.\n\nThe team needed more depth of experience in cash forecasting than your application showed, so we are sorry to tell you that your application has been unsuccessful.\n\nQuillon Careers', 'Quillon Treasury Analyst');
    expect(r.reasons).toContain('skills_gap');
  });

  it('reads the depth of a presentation appreciated as no gap', () => {
    const r = read('Dear Dr. Osei,\n\nThank you for taking part in the final interviews for Dean of Students. The committee greatly appreciated the depth of your presentation to staff.\n\nAfter long deliberation, the committee has appointed an internal candidate, who has accepted the post.\n\nWith best wishes,\nChair, Search Committee', 'Dean of Students search');
    expect(r.reasons).toEqual(['internal_candidate']);
  });
});

describe('a culture fit told of the team\'s culture', () => {
  it('reads another candidate better aligned with the team culture as culture fit, no specific feedback', () => {
    const r = read('Dear Ifeoma,\n\nThank you for attending the final stage for the Category Manager role. We were impressed with your background.\n\nAfter careful consideration, we have concluded that another candidate is better aligned with our team culture and values at this time.\n\nWe wish you every success.\n\nPeople Team, Brightwell Foods', 'Category Manager - Brightwell');
    expect(r.reasons).toEqual(['culture_fit']);
    expect(r.feedback).toBe(false);
  });

  it('still reads the candidate\'s own approach that would not fit well with the team as culture fit and feedback', () => {
    const r = read('Hi Declan,\n\nThank you for the time you spent with us for the Sales Executive role. After the panel, the team felt that your approach, which you described as fiercely individual, would not fit well with our team, which shares every account.\n\nBest,\nPeople Lead, Brightwell Foods', 'Sales Executive - Brightwell');
    expect(r.reasons).toEqual(['culture_fit']);
    expect(r.feedback).toBe(true);
  });

  it('still reads a background that would not fit well with the role as a mismatch', () => {
    const r = read('Hi Declan,\n\nThank you for applying for the Sales Executive role. We felt your background would not fit well with the role, so we will not take things further.\n\nBest,\nPeople Lead, Brightwell Foods', 'Sales Executive - Brightwell');
    expect(r.reasons).toEqual(['profile_mismatch']);
  });

  it('reads a closer match both to the role and to the team culture as two reasons', () => {
    const r = read('Dear Agnieszka,\n\nThank you for taking part in the final stage of our selection for Shift Manager.\n\nFollowing much deliberation, we have decided to appoint a candidate who we believe is a closer match both to the role and to our team culture.\n\nYours sincerely,\nSelection Panel, Norrland Grid', 'Shift Manager - outcome');
    expect(r.reasons).toEqual(expect.arrayContaining(['culture_fit', 'profile_mismatch']));
  });

  it('reads a close working style the panel was not confident would suit the candidate as culture fit', () => {
    const r = read('Dear Chidi,\n\nHaving seen your presentation, the panel was impressed by the depth of your modelling. Where they hesitated was the way you described preferring to own work alone; our unit works in very tight pairs and reviews everything jointly, and they were not confident that would suit you.\n\nWe will therefore not be moving forward.\n\nHead of Talent, Oakridge Advisory', 'Strategy Associate - outcome');
    expect(r.reasons).toEqual(['culture_fit']);
  });
});

describe('a reason, an offer or a door told in one buried clause', () => {
  it('rests no mismatch on praise of the candidate\'s experience beside the decline', () => {
    expect(rests('profile_mismatch', 'Your experience is impressive, but we will not be progressing your application.')).toBe(false);
  });

  it('still rests a mismatch on praise beside a denial of the fit', () => {
    expect(rests('profile_mismatch', 'Your experience is impressive, but it does not match what this post needs.')).toBe(true);
  });

  it('reads a wish to discuss the candidacy as an offer of feedback', () => {
    const r = read('Dear Dr. Lindqvist,\n\nThank you for taking part in the final interviews for Head of Research Office. After long deliberation, the committee has appointed another candidate.\n\nI would be happy to speak with you if you would like to discuss your candidacy.\n\nSincerely,\nChair, Search Committee', 'Head of Research Office search');
    expect(r.feedbackOffered).toBe(true);
  });

  it('still reads a wish to discuss other vacancies as no offer of feedback', () => {
    const r = read('Dear Dr. Lindqvist,\n\nThank you for taking part in the final interviews for Head of Research Office. After long deliberation, the committee has appointed another candidate.\n\nI would be happy to speak with you if you would like to discuss other vacancies.\n\nSincerely,\nChair, Search Committee', 'Head of Research Office search');
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads the panel\'s thoughts offered as an offer of feedback', () => {
    const r = read('Dear Henrik,\n\nThank you for the final panel interviews for the Head of Treasury role. The committee has decided not to proceed with your candidacy.\n\nI would welcome the chance to share some thoughts from the panel if that would help. Please contact me directly.\n\nWith kind regards,\nVP Talent, Solberg Marine', 'Head of Treasury');
    expect(r.feedbackOffered).toBe(true);
  });

  it('still reads thoughts from the panel not to be shared as no offer', () => {
    const r = read('Dear Henrik,\n\nThank you for the final panel interviews for the Head of Treasury role. The committee has decided not to proceed with your candidacy.\n\nI am not able to share any thoughts from the panel, as the process is confidential.\n\nWith kind regards,\nVP Talent, Solberg Marine', 'Head of Treasury');
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads an opt-in to be contacted about future openings as an open door', () => {
    const r = read('Hi Rosa,\n\nThanks for applying to the Support Engineer position at Quayline. We have reviewed your profile and we will not be moving forward at this time.\n\nOpt in on our careers site to be contacted by our recruiters about future openings.\n\nQuayline Talent Team', 'Quayline application update');
    expect(r.doorOpen).toBe(true);
  });

  it('still reads an opt-in to be contacted about this application\'s status as no open door', () => {
    const r = read('Hi Rosa,\n\nThanks for applying to the Support Engineer position at Quayline. We have reviewed your profile and we will not be moving forward at this time.\n\nOpt in to text messages to be notified when your application status changes.\n\nQuayline Talent Team', 'Quayline application update');
    expect(r.doorOpen).toBe(false);
  });

  it('reads someone the team is after, and that not something the candidate has done, as a gap', () => {
    const r = read('Hi Noor,\n\nGood to talk on Tuesday. I passed your details to the hiring manager and, while she liked your eye for detail, the team are specifically after someone who has led a mobile design system, and that\'s not something you\'ve had a chance to do yet.\n\nSo we won\'t be taking it further right now.\n\nCheers,\nTalent Partner, Fernhill', 'Fernhill - Lead Designer');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('still reads someone the team is after, and that the candidate has done, as no gap', () => {
    const r = read('Hi Noor,\n\nGood to talk on Tuesday. I shared your details with the hiring manager: the team is looking for someone who has run a design system across several products, and that is something you have done well. She will be in touch about a second interview.\n\nCheers,\nTalent Partner, Fernhill', 'Fernhill - Lead Designer');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads a minimum of years not met as a gap', () => {
    const r = read('Dear Tomasz,\n\nThank you for applying to the position of Site Manager (ref 7781). After reviewing your application, we determined that you do not currently meet the minimum requirement of two years of on-site auditing. As a result, we will not be moving forward with your application.\n\nSincerely,\nTalent Acquisition', 'Requisition 7781');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('still reads the requirements of the role not met, with no need named, as a mismatch', () => {
    const r = read('Dear Tomasz,\n\nThank you for applying to the position of Site Manager (ref 7781). After reviewing your application, we found that you do not meet the requirements of the role. As a result, we will not be moving forward with your application.\n\nSincerely,\nTalent Acquisition', 'Requisition 7781');
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('a redeployment and a budget told in one clause', () => {
  it('reads a post the employer filled through internal redeployment as filled from inside', () => {
    const r = read('Dear Maeve,\n\nThank you for your application for the post of Parks Officer (ref. PO/0311). We have now filled this post through internal redeployment and the vacancy is closed.\n\nWe encourage you to apply for other roles with Wexcombe Borough Council.\n\nRecruitment Team', 'Parks Officer PO/0311');
    expect(r.reasons).toContain('internal_candidate');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('still reads a team moved to another site as no internal candidate', () => {
    const r = read('Dear Maeve,\n\nThank you for your application for the post of Parks Officer (ref. PO/0311). Following the redeployment of our parks team to the northern depot, the post has been withdrawn.\n\nRecruitment Team', 'Parks Officer PO/0311');
    expect(r.reasons).not.toContain('internal_candidate');
  });

  it('reads a desired salary beside a lower budget as salary', () => {
    const r = read('Hi Owen,\n\nThanks for your application for the Receptionist role. You listed a desired salary of £34,000; the role is budgeted at £24,000–£25,500, so we don\'t feel we\'d be able to offer something that works for you. We won\'t be taking things further.\n\nBest,\nAshby & Crane', 'Receptionist');
    expect(r.reasons).toEqual(['salary']);
  });

  it('still reads a desired salary inside the budget, pay no issue, as no salary', () => {
    const r = read('Hi Owen,\n\nThanks for your application for the Receptionist role. You listed a desired salary of £25,000; the role is budgeted at £24,000–£25,500, so pay is not an issue. We won\'t be taking things further, as we need someone with front-desk experience.\n\nBest,\nAshby & Crane', 'Receptionist');
    expect(r.reasons).not.toContain('salary');
  });
});
