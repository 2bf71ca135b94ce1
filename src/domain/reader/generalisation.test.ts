import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

/** One message per failure kind of issue 9, written for this test; the rules alone (`null`) must get them. */
const read = (text: string) => readMessage({ text }, null);

describe('the reader on the kinds of language it used to miss', () => {
  it('does not take a description of the hiring process for steps the candidate reached', () => {
    const r = read('Dear Kim,\n\nThank you for applying. Our selection process typically includes a recorded video interview, a case study and a final panel, and this year we could only take a few people into it.\n\nWe are sorry to say we will not be progressing your application.\n\nRecruitment');
    expect([r.kind, r.stage]).toEqual(['rejection', 'application']);
  });

  it('reads a conversation with leadership or the whole team as an interview, not a screen', () => {
    expect(read('Hi Jo,\n\nThanks for taking the time to speak with our product leadership on Friday. We have decided not to move forward.\n\nBest, Ali').stage).toBe('interview');
    expect(read('Hi Jo, it was lovely speaking with you and the team last week. Sadly we will not be progressing things. Best, Ali').stage).toBe('interview');
    // the recruiter alone on the phone stays a screen
    expect(read('Hi Jo, thanks for the call with me on Tuesday. Unfortunately we will not be taking your application further. Ali').stage).toBe('screen');
  });

  it('hears plain-spoken verdicts', () => {
    expect(read('Hi Jo,\n\nThanks for your interest in the role. After some thought, the answer this time is no.\n\nAli').kind).toBe('rejection');
    expect(read('Hello Jo, the hiring team has decided to close your application for the Designer role. Regards, HR').kind).toBe('rejection');
  });

  it('names a requirement said in passing as a skills gap, with feedback', () => {
    const r = read('Hi Jo,\n\nThank you for your interviews. The panel wanted to see more evidence of budget ownership, so we will not be moving forward.\n\nAli');
    expect(r.reasons).toEqual(['skills_gap']);
    expect(r.feedback).toBe(true);
    expect(read('Dear Jo, thank you for applying. This post needs a minimum of five years in a similar role, so we cannot progress your application. HR').reasons).toEqual(['skills_gap']);
  });

  it('knows overqualified and internal hires without the stock words', () => {
    expect(read('Hi Jo, thank you for applying. Honestly, we think you would quickly outgrow this job, so we will not move forward. Ali').reasons).toEqual(['overqualified']);
    expect(read('Hi Jo, thank you for applying. We have decided to hire from within for this one. Best of luck, Ali').reasons).toEqual(['internal_candidate']);
  });

  it('finds a door and a feedback offer buried in the middle of a long message', () => {
    const r = read('Dear Jo,\n\nThank you for interviewing with us. We have decided to move forward with another candidate. Please don\'t let this stop you from applying for our next intake. I can give you more feedback over the phone if you like. We were impressed by your enthusiasm.\n\nKind regards,\nAli');
    expect([r.doorOpen, r.feedbackOffered, r.stage]).toEqual([true, true, 'interview']);
  });

  it('does not read an offer to talk about feedback as an interview invitation', () => {
    const r = read('Hi Jo, thank you for applying. Your background is not what this team needs at the moment. If you would like feedback, just reply and I will arrange a call. Ali');
    expect(r.kind).toBe('rejection');
  });

  it('reads the interview process as the candidate\'s own when it speaks of them', () => {
    expect(read('Dear Omar, thanks again for speaking with us. It was a pleasure to get to know you through the interview process, and everyone you met spoke highly of you. We will not be extending an offer. Kind regards, Bea').stage).toBe('interview');
    expect(read('Hi Marco, thanks for sitting down with Katya and Femi on Monday. Unfortunately we won\'t be moving ahead with your candidacy. Leah').stage).toBe('interview');
  });

  it('finds a requirement in what the search was looking for, and not in filled interview slots', () => {
    expect(read('Hi Ivy, thanks for applying. For this position we were looking for candidates with a background in clinical research, so we will not move forward. Best').reasons).toEqual(['skills_gap']);
    expect(read('Hi Ivy, thanks for applying. We are prioritising applicants with a CPA qualification, so we won\'t take your application further. Best').reasons).toEqual(['skills_gap']);
    expect(read('Hi Noor, we have filled our interview slots for the Graduate Analyst role and your application will not be progressing. Best').reasons).toEqual(['generic']);
  });

  it('keeps a shortfall on the test as the assessment reason alone', () => {
    const r = read('Hi Nico, thank you for the take-home exercise. The team reviewed your submission and felt it did not demonstrate the depth of testing we expect, so we will not be moving forward. Best');
    expect([r.stage, r.reasons]).toEqual(['assessment', ['assessment']]);
  });

  it('does not read rescheduling, feedback policy or "if you don\'t hear from us" as a rejection', () => {
    expect(read('Hi Leo, I\'m sorry, I have to move our interview scheduled for Thursday. Unfortunately the hiring manager is travelling that day. Would Friday at 11:00 work for you instead? Best, Keith').kind).not.toBe('rejection');
    expect(read('Dear Arjun, thank you for completing the assessment. We will let you know the outcome next week. Unfortunately we cannot give individual feedback on the test. Regards').kind).not.toBe('rejection');
    expect(read('Hi Grace, thanks for your application! Unfortunately, we can only contact candidates selected for interview, so if you don\'t hear from us, it means we\'ve gone in a different direction. Pillar Media').kind).not.toBe('rejection');
  });

  it('hears an offer to explain the decision and a try-again idiom', () => {
    const r = read('Hi Sam, we will not be moving forward with your application. Should you want to understand our decision better, I\'m happy to arrange a quick call. Don\'t hesitate to throw your hat in the ring again when something else catches your eye. Best, Morgan');
    expect([r.kind, r.feedbackOffered, r.doorOpen]).toEqual(['rejection', true, true]);
  });

  it('tells who a sentence is about: the sender briefing the team is no interview, meeting other candidates is no talk', () => {
    expect(read('Hi Yan, thanks for the quick call on Monday. I have since spoken with the team, and they have decided not to take your application further. Cheers, Ria').stage).toBe('screen');
    expect(read('Hi Yan, thanks for applying. We met a lot of talented people for this post and have decided not to progress your application. Ria').stage).toBe('application');
    expect(read('Hi Yan, thank you for talking with Ola, Ben and me last week. We have decided not to move forward. Ria').stage).toBe('interview');
    // a time word or a verb in the list is no person met
    expect(read('Hi Yan, thanks for taking my call today and walking me through your work. We will not be moving forward. Ria').stage).toBe('screen');
  });

  it('reads a day spent at the company as the onsite round, and a test thanked for as a test done', () => {
    expect(read('Dear Yan, thank you for spending the day with us at our Leeds office. We will not be offering you the role. Ria').stage).toBe('final');
    expect(read('Hi Yan, thanks for the data modelling exercise. We will not be moving you on to interviews. Ria').stage).toBe('assessment');
  });

  it('does not take sympathy, a policy about other candidates or a saved job for a decision', () => {
    expect(read('Hi Yan, thanks for letting me know. I\'m sorry to hear you\'ve chosen to withdraw, and I wish you the best in your new job. Ria').kind).not.toBe('rejection');
    expect(read('Dear Yan, thank you for applying. Interviews take place in March. Regrettably we are unable to reply to every applicant individually. HR').kind).not.toBe('rejection');
    expect(read('Roles for you this week: Analyst (Leeds), Planner (York). Sorry, the job you saved at Harbour is no longer available. Manage job alerts').kind).not.toBe('rejection');
    expect(read('Hi Yan, no news yet, I\'m afraid: we have not finished reviewing the applications. Ria').kind).not.toBe('rejection');
  });

  it('hears culture, a named gap and overqualification in plain words', () => {
    expect(read('Hi Yan, thank you for the interviews. We were not convinced you would enjoy our very flat, self-directed team culture, so we are not moving forward. Ria').reasons).toEqual(['culture_fit']);
    expect(read('Hi Yan, thank you for the interviews. Pricing analytics, which this role is mostly about, seemed less familiar to you, so we will not be moving forward. Ria').reasons).toEqual(['skills_gap']);
    expect(read('Hi Yan, thanks for interviewing. We need somebody more hands-on with Terraform, so we have decided not to proceed. Ria').reasons).toEqual(['skills_gap']);
    expect(read('Hi Yan, thanks for applying. This post is a couple of levels below where your career is, and we doubt it would hold your interest. We will not take it further. Ria').reasons).toEqual(['overqualified']);
  });

  it('reads a search closed because the post was filled internally as the internal hire alone', () => {
    expect(read('Dear Yan, the Planner post has been filled internally and the recruitment is therefore closed. Thank you for your interest. HR').reasons).toEqual(['internal_candidate']);
  });

  it('hears steps and reasons said through the people and the work', () => {
    expect(read('Hi Yan, thank you for the session with two of our data scientists on Monday. We will not be moving forward. Ria').stage).toBe('interview');
    expect(read('Dear Yan, after a last look at the final candidates we have decided not to offer you the post. HR').stage).toBe('final');
    expect(read('Hi Yan, thanks for the interviews. Most of this job is running vendor negotiations, and that is not something you have done yet, so we will stop here. Ria').reasons).toEqual(['skills_gap']);
    expect(read('Dear Yan, thank you for the proofreading test. Our editors found a number of spelling errors, so we are unable to add you to our freelance list. Ria').feedback).toBe(true);
    expect(read('Hi Yan, thanks for applying. Candidates whose experience was closer to this role have been invited to interview, so we will not progress yours. Ria').reasons).toEqual(['profile_mismatch']);
  });
});
