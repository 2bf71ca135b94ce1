/**
 * South Asian and Gulf employers' English: tests not cleared told with "able to", group discussion rounds, the panel's evaluation
 * at the test stage, doors promised on a later opening or a record kept for future reference, hikes asked on the current CTC,
 * posts reserved for nationals, requirements closed by the client, rounds with the technical and HR panel. Messages written for
 * this test (not taken from any corpus part), each beside a message in nearby words that must still read the other way. The rules
 * alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('tests not cleared, told with "able to"', () => {
  it('reads "you have not been able to clear the reasoning section" as a rejection on the test', () => {
    const r = read('Dear Student,\n\nThank you for taking part in the off-campus hiring drive held at Pune. We wish to inform you that you have not been able to clear the reasoning section of the online test.\n\nPlacement Office, on behalf of Tarang Motors Ltd.', 'Off-campus drive - result');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
    expect(r.reasons).toEqual(['assessment']);
  });

  it('does not read a rule for those who do not clear the test, in an invitation, as a rejection', () => {
    const r = read('Dear Student,\n\nYou are invited to the online test of the off-campus hiring drive on 12 March. Students who are not able to clear the reasoning section will not be called for the interview. Please log in 15 minutes early.\n\nPlacement Office, on behalf of Tarang Motors Ltd.', 'Off-campus drive - online test');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('the group discussion round and the panel\'s evaluation', () => {
  it('reads a decline after the group discussion round, on the panel\'s evaluation, as a test result', () => {
    const r = read('Dear Rohit,\n\nThank you for taking part in the group discussion round at our Indore office for the Graduate Engineer Trainee post. On the basis of the panel\'s evaluation, we regret that you have not been shortlisted for the final interview.\n\nRegards,\nHR, Narmada Cables Ltd.', 'GET selection - GD round');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
    expect(r.reasons).toEqual(['assessment']);
  });

  it('does not read the evaluation of the applications, on paper, as a test result', () => {
    const r = read('Dear Rohit,\n\nThank you for applying for the Graduate Engineer Trainee post. On the basis of the evaluation of all applications received, we regret that you have not been shortlisted for the final interview.\n\nRegards,\nHR, Narmada Cables Ltd.', 'GET selection');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
    expect(r.reasons).not.toContain('assessment');
  });
});

describe('doors promised on a later opening', () => {
  it('reads "we will get back to you in case of any suitable opening" as an open door', () => {
    const r = read('Dear Sneha,\n\nThank you for your interest in the Accounts Executive role. Kindly note that we have gone ahead with another candidate. We will get back to you in case of any suitable opening in our Chennai branch.\n\nRegards,\nHR Team, Malar Textiles', 'Accounts Executive');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "we will get back to you in case of any questions" as an open door', () => {
    const r = read('Dear Sneha,\n\nThank you for your interest in the Accounts Executive role. Kindly note that we have gone ahead with another candidate. We will get back to you in case of any questions about your documents.\n\nRegards,\nHR Team, Malar Textiles', 'Accounts Executive');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads a promise to look the candidate up when the next hiring round starts as an open door', () => {
    const r = read('Hi Imran,\n\nThanks for the chat on Monday. We have decided to go with someone who has more offshore experience. I will call you when our next hiring round opens in spring.\n\nBest,\nNadia', 'Rig Planner');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a promise to call when the decision is made as an open door', () => {
    const r = read('Hi Imran,\n\nThanks for the chat on Monday. We have decided to go with someone who has more offshore experience. I will call you when the paperwork for your expenses is done.\n\nBest,\nNadia', 'Rig Planner');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads a profile kept in the database for future reference as an open door', () => {
    const r = read('Dear Candidate,\n\nWe regret to inform you that your candidature has not been shortlisted for the Site Engineer position. Your profile has been retained in our database for future reference.\n\nHR Department, Al Noor Contracting, Sharjah', 'Site Engineer');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a profile kept only for the audit of this vacancy as an open door', () => {
    const r = read('Dear Candidate,\n\nWe regret to inform you that your candidature has not been shortlisted for the Site Engineer position. Your profile has been retained in our database for the audit of this vacancy only.\n\nHR Department, Al Noor Contracting, Sharjah', 'Site Engineer');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "you will be informed about upcoming recruitment drives" as an open door', () => {
    const r = read('Dear Candidate,\n\nThank you for attending the walk-in interview for Electricians held in Lucknow. We regret that you have not been selected in this drive. You will be informed about upcoming recruitment drives.\n\nOverseas Desk, Falcon Manpower', 'Walk-in interview result');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "you will be informed about your refund" as an open door', () => {
    const r = read('Dear Candidate,\n\nThank you for attending the walk-in interview for Electricians held in Lucknow. We regret that you have not been selected in this drive. You will be informed about your registration fee refund.\n\nOverseas Desk, Falcon Manpower', 'Walk-in interview result');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "you may apply in the next recruitment notification" as an open door', () => {
    const r = read('Dear Candidate,\n\nYou have not qualified in the written examination for the post of Clerk. You may apply in the next recruitment notification.\n\nRecruitment Section, Pokhara Cooperative Bank', 'Clerk recruitment - result');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "you may not apply in the next recruitment notification" as an open door', () => {
    const r = read('Dear Candidate,\n\nYou have not qualified in the written examination for the post of Clerk. As you have crossed the age limit, you may not apply in the next recruitment notification.\n\nRecruitment Section, Pokhara Cooperative Bank', 'Clerk recruitment - result');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });
});

describe('hikes asked on the current CTC', () => {
  it('reads the hike the candidate expects on current CTC, past what the client will give, as salary', () => {
    const r = read('Dear Vikram,\n\nThanks for your time on the call. The 35% hike you are looking for on your current CTC is the sticking point; the client cannot go beyond 15% for this band. So I will not be forwarding your profile.\n\nRegards,\nNeha, TalentBridge Consultants', 'SAP FICO Consultant');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('salary');
  });

  it('does not read a hike mentioned as good news, with the decline on experience, as salary', () => {
    const r = read('Dear Vikram,\n\nThanks for your time on the call. The client needs someone with S/4HANA migration experience, which your profile does not show, so I will not be forwarding your profile. Their appraisal cycle gives a good hike every April.\n\nRegards,\nNeha, TalentBridge Consultants', 'SAP FICO Consultant');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('salary');
  });

  it('reads the gap between the expected CTC, with its figure in brackets, and the approved offer as salary', () => {
    const r = read('Dear Mr. Sharma,\n\nThank you for meeting our panel. We could not close the gap between your expected CTC (INR 28 lakhs) and the offer approved for this grade, so we will not be proceeding with your candidature.\n\nRegards,\nTalent Acquisition, Kaveri Pharma', 'Candidature update');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('salary');
  });
});

describe('posts reserved for nationals', () => {
  it('reads a post reserved for the country\'s nationals as location, and the turn-away as a rejection', () => {
    const r = read('Dear Mr. Thomas,\n\nThank you for applying for the HR Officer post in Muscat. Kindly note that under Omanisation requirements this post is reserved for Omani nationals, and we are unable to consider applications from candidates such as yourself.\n\nRecruitment, Dhofar Trading LLC', 'HR Officer - Muscat');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
  });

  it('does not read a visa explained for foreign candidates in a screening call as a rejection', () => {
    const r = read('Dear Mr. Thomas,\n\nThanks for the call. For candidates from abroad we arrange the employment visa ourselves. Could you send your passport copy and your notice period so we can schedule the interview?\n\nRecruitment, Dhofar Trading LLC', 'HR Officer - Muscat');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('requirements closed by the client, and hiring put on hold', () => {
  it('reads the client closing the requirement as the role closed', () => {
    const r = read('Dear Ayesha,\n\nThank you for completing the online coding test for the Android Developer opening. Meanwhile the client has withdrawn the requirement as their budget has moved to another product. Hence we will not be taking your profile further.\n\nRegards,\nBilal, Softlane Staffing, Karachi', 'Android Developer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read the client closing their review of profiles, with others preferred, as the role closed', () => {
    const r = read('Dear Ayesha,\n\nThank you for completing the online coding test for the Android Developer opening. The client has shortlisted other candidates with stronger scores. Hence we will not be taking your profile further.\n\nRegards,\nBilal, Softlane Staffing, Karachi', 'Android Developer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('reads the management putting the hiring on hold as the role closed', () => {
    const r = read('Dear Karthik,\n\nThank you for the interview with our plant head. The management has decided to put the hiring for the new line on hold until next year, so we will not be proceeding with your candidature.\n\nHR, Sundaram Polymers', 'Shift Engineer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
  });
});

describe('rounds with the technical and HR panel', () => {
  it('reads the rounds with the technical and HR panel as interviews', () => {
    const r = read('Dear Mr. Iyer,\n\nThank you for the rounds with our technical and HR panel last week. After discussion, we will not be moving ahead with your candidature.\n\nRegards,\nTalent Acquisition, Meridian Infra', 'Candidature update');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('does not read technical and HR rounds still to come as interviews held', () => {
    const r = read('Dear Mr. Iyer,\n\nThank you for applying. The technical and HR rounds will be held next month; however, we will not be moving ahead with your candidature.\n\nRegards,\nTalent Acquisition, Meridian Infra', 'Candidature update');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });
});

describe('the candidate chosen at the final interview', () => {
  it('reads "further to your selection in the final interview" as the final stage', () => {
    const r = read('Dear Mr. Tamang,\n\nFurther to your selection in the final interview for Driver with our client in Kuwait, please note that the work visa quota has not yet been approved. We will process your papers once it is released, which may take a month.\n\nRegards,\nHimal Overseas Pvt. Ltd.', 'Driver - Kuwait - visa awaited');
    expect(r.kind).toBe('on_hold');
    expect(r.stage).toBe('final');
  });

  it('does not read the same visa wait, told before any interview, as the final stage', () => {
    const r = read('Dear Mr. Tamang,\n\nThank you for your application for Driver with our client in Kuwait. Please note that the work visa quota has not yet been approved, so the interviews are postponed. We will contact you once it is released.\n\nRegards,\nHimal Overseas Pvt. Ltd.', 'Driver - Kuwait - visa awaited');
    expect(r.kind).toBe('on_hold');
    expect(r.stage).toBe('application');
  });
});
