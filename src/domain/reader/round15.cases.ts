/**
 * The reason and flag mechanisms of the fifteenth round — classes widened or composed rather than phrases listed —
 * each on messages written for this test (not taken from any corpus part). The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const wrap = (body: string): string => `Dear Robin,\n\n${body}\n\nKind regards,\nTamsin\nRecruitment`;
const reasons = (body: string): string[] => [...read(wrap(body)).reasons].sort();

describe('position filled: an offer of the role, whatever the role is called', () => {
  it('reads an offer of the named role to someone as a filled post', () => {
    expect(reasons('Thank you for interviewing with us. We have decided to offer the Senior Conservator post to another applicant, and I am sorry to disappoint you.')).toEqual(['position_filled']);
  });
  it('reads the role gone or given to another person as a filled post, and to a colleague as internal', () => {
    expect(reasons('Unfortunately you have not been successful this time. The vacancy has now been given to another applicant.')).toEqual(['position_filled']);
    expect(reasons('Unfortunately you have not been successful this time. I am afraid it has gone to somebody else.')).toEqual(['position_filled']);
    expect(reasons('Unfortunately you have not been successful this time. The post has gone to a colleague from the finance team.')).toEqual(['internal_candidate']);
  });
  it('reads the chosen person saying yes as a filled post', () => {
    expect(reasons('Unfortunately we will not be progressing your application. The candidate we picked has now signed their contract.')).toEqual(['position_filled']);
    expect(reasons('Unfortunately we will not be progressing your application, as the finalist we selected has said yes.')).toEqual(['position_filled']);
  });
});

describe('skills gap: a requirement of the role and the candidate short of it, in more words', () => {
  it('reads a requirement given as the cause before the decision ("as the role requires …, we are unable")', () => {
    expect(reasons('Since the post requires a current HGV Class 1 licence and two years of tanker driving, we are unable to progress your application.')).toEqual(['skills_gap']);
  });
  it('reads a requirement the sender could not find in the papers', () => {
    expect(reasons('Applicants must hold a CSCS Black card; in the documents you sent we could not find one, so your application has not gone forward.')).toEqual(['skills_gap']);
  });
  it('reads a requirement that is not the case for the candidate', () => {
    expect(reasons('Thank you for meeting us. The job involves daily work in Afrikaans with farm clients and we need someone fluent, which we gather is not the case for you yet.')).toEqual(['skills_gap']);
  });
});

describe('skills gap: the person wanted, holding or having done a named thing, and the candidate not there yet', () => {
  it('reads a sender set on someone holding a named licence the candidate is still working towards', () => {
    expect(reasons('Unfortunately we are not moving forward. The practice is set on someone holding the RICS chartered status for this post, which you are still working towards.')).toEqual(['skills_gap']);
  });
  it('reads someone who has delivered a named thing, not found in the CV', () => {
    expect(reasons('Unfortunately we are not moving forward. We\'re looking for someone who has delivered at least two stadium naming-rights deals, and we couldn\'t find that in your CV.')).toEqual(['skills_gap']);
  });
});

describe('salary and overqualified: the candidate set against the role', () => {
  it('reads pay the candidate is after set against what can be offered', () => {
    expect(reasons('Thanks for the call. The package you\'re after sits above what we are able to pay for this post, so we will stop here.')).toEqual(['salary']);
  });
  it('reads a pay the sender cannot come close to matching', () => {
    expect(reasons('Thanks for applying. We could not get near matching your current package, so we will not take this further.')).toEqual(['salary']);
  });
  it('reads a candidate more experienced than the job needs as overqualified', () => {
    expect(reasons('Thank you for applying for the Assistant role. You are much more experienced than this position requires, so we will not take your application further.')).toEqual(['overqualified']);
  });
});

describe('location: time zones and office days', () => {
  it('reads a gap in hours between the team and the candidate as location', () => {
    expect(reasons('Thanks for the call. Our engineers work London hours and with you being in Vancouver the eight-hour difference would make daily pairing too hard, so we will not go further.')).toEqual(['location']);
  });
  it('reads days in a named office set against the candidate as location', () => {
    expect(reasons('Thanks for your time. The role needs someone at the Leeds office four days a week, and your plan is to stay in Aberdeen, so we will not continue.')).toEqual(['location']);
  });
});

describe('culture fit: how the firm works, set against the candidate', () => {
  it('reads a candidate judged against the way the firm works as culture fit', () => {
    expect(reasons('Thank you for the final interviews. The directors felt your manner with clients was more reserved than the way our practice works, which is very personal, so we will not be offering you the post.')).toEqual(['culture_fit']);
  });
  it('keeps a comparison of others\' experience that comes before the way of working', () => {
    expect(reasons('The panel felt another applicant\'s background was a closer fit, and they also wondered whether your preference for clear structure would sit uneasily with a newsroom that changes hourly.')).toEqual(['culture_fit', 'profile_mismatch']);
  });
});

describe('profile mismatch: the job description and its criteria are no named domain', () => {
  it('reads a stronger match with the essential criteria as a profile mismatch', () => {
    expect(reasons('Thank you for attending interview. The panel found that the appointed candidate showed a stronger match with the essential criteria of the person specification.')).toEqual(['profile_mismatch']);
  });
});

describe('assessment: the exercise not strong enough, at the assessment stage', () => {
  it('reads "it was not strong enough" after a test as the test result', () => {
    const r = read(wrap('Thank you for completing the in-tray exercise. Unfortunately it was not quite strong enough to go through to interview.'));
    expect(r.reasons).toEqual(['assessment']);
    expect(read(wrap('Thanks for doing the drafting test. Sadly yours wasn\'t developed enough for us to invite you to interview.')).reasons).toEqual(['assessment']);
    expect(read(wrap('Thank you for sitting our numeracy test. Unfortunately you didn\'t reach the standard required, so we cannot progress your application.')).reasons).toEqual(['assessment']);
  });
  it('reads a part of the handed-in work that did not hold up as specific feedback', () => {
    const r = read(wrap('Thanks for sending back the design task. The onboarding flow was tidy, but the checkout screens did not hold up when we tested them on mobile, so we will not move you on.'));
    expect(r.feedback).toBe(true);
  });
});

describe('feedback offered and door open in other words', () => {
  it('reads a debrief that would help, with a way to ask, as an offer', () => {
    expect(read(wrap('We have decided not to progress your application. If a short debrief would be useful, just drop me a line.')).feedbackOffered).toBe(true);
  });
  it('reads how the panel assessed the candidate, shared on request, as an offer', () => {
    expect(read(wrap('We will not be proceeding with your application. Should you want to understand how the committee assessed you, our people team can share the evaluation on request.')).feedbackOffered).toBe(true);
  });
  it('reads a standing invitation to come back at any time as an open door', () => {
    expect(read(wrap('We will not be moving forward with your application.\n\nRegards,\nPaula\nWe are always recruiting, so do come back to us any time.')).doorOpen).toBe(true);
  });
});

describe('a second go: answers on a named area, places, and flags in other words', () => {
  it('reads the candidate\'s answers or examples on a named area that lacked something or fell short of a wish as a skills gap', () => {
    expect(reasons('We will not be offering you the post. The interviewers did think your answers about safeguarding audits lacked real detail.')).toEqual(['skills_gap']);
    expect(reasons('We will not be offering you the post. Thank you for your warmth on the day; we simply wished your examples of fundraising events had gone further.')).toEqual(['skills_gap']);
  });
  it('reads the person wanted in one place and the candidate in another as location', () => {
    expect(reasons('We will not be offering you the post. The council needs someone who can be in Durban every day from April, and you will be in Cape Town until June.')).toEqual(['location']);
  });
  it('reads the right to live and work as eligibility', () => {
    expect(reasons('We will not be offering you the post, as it is only open to applicants with the right to live and work in New Zealand.')).toEqual(['location']);
  });
  it('reads the candidate asked to keep the sender in mind as an open door', () => {
    expect(read(wrap('We will not be offering you the post.\n\nPS: please bear us in mind, we take on apprentices each spring.')).doorOpen).toBe(true);
  });
  it('reads what the panel thought, offered to the candidate, as an offer of feedback', () => {
    expect(read(wrap('We will not be offering you the post. Give me a ring if you would like to know what the interviewers made of your answers.')).feedbackOffered).toBe(true);
  });
  it('reads an offer to tell the candidate how their interview went as an offer of feedback', () => {
    expect(read(wrap('We will not be offering you the post. Candidates who would like to hear how their assessment day went may contact the resourcing team.')).feedbackOffered).toBe(true);
  });
  it('reads a door that stays open as an open door', () => {
    expect(read(wrap('We will not be offering you the post.\n\nWarm wishes,\nDeon\nPeople Team - our door remains open to good people.')).doorOpen).toBe(true);
  });
  it('reads an appointment from the existing staff as an internal candidate', () => {
    expect(reasons('We will not be offering you the post, as we have decided to recruit from our own existing staff.')).toEqual(['internal_candidate']);
  });
});

describe('a third go: named things in others and in the candidate\'s papers, and pay now earned', () => {
  it('reads others who know a named thing thoroughly, or had done it to their advantage, as a skills gap', () => {
    expect(reasons('Thank you for your interview. We have offered it to someone who understands Queensland planning law back to front.').filter((x) => x !== 'position_filled')).toEqual(['skills_gap']);
    expect(reasons('Thank you for your interview. The chosen candidate had run a county cricket academy previously, and that gave them the advantage.')).toEqual(['skills_gap']);
  });
  it('reads the candidate\'s papers not showing enough of a named thing, or knowledge short of the depth, as a skills gap', () => {
    expect(reasons('Thank you for applying. Your showreel did not include enough character animation, so we will not take it further.')).toEqual(['skills_gap']);
    expect(reasons('Thank you for your interview. Your understanding of GMP auditing was not quite at the level the post needs, so we will not proceed.')).toEqual(['skills_gap']);
  });
  it('reads pay the candidate now earns, which cannot be matched, as salary', () => {
    expect(reasons('Thank you for your interview. Sadly we could not match what you are currently earning, so we will stop here.')).toEqual(['salary']);
  });
  it('reads what can be offered, below what the candidate is after, as salary', () => {
    expect(reasons('We will not be progressing your application. The trust can pay R420 000 at most, which is below what you are hoping for.')).toEqual(['salary']);
  });
  it('reads the candidate\'s experience left unused as overqualified', () => {
    expect(reasons('We will not be progressing your application. In an entry-level post your expertise in fleet management would simply go to waste.')).toEqual(['overqualified']);
  });
});
