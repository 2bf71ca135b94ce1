/**
 * Job boards and platforms relaying an employer's decision, and their look-alikes (unfinished applications, paused profiles,
 * profile prompts, listings that match saved preferences); then reasons and flags in older batches' words: messages written
 * for this test (not taken from any corpus part), each beside a message in nearby words that must still read the other way.
 * The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('decisions relayed by job boards', () => {
  it('reads an application closed by the company the board relays for as a rejection', () => {
    const r = read('Hi Tomasz,\n\nYour application for Junior Copywriter at Harbour Lane Media was closed by the employer.\n\nKeep going: 38 new jobs were posted this week.\n\nJobBoardly', 'An update on your application');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['generic']);
  });

  it('does not read applications closed to everyone, with nothing said of the candidate, as the candidate closed out', () => {
    const r = read('Hi Tomasz,\n\nThe Junior Copywriter listing at Harbour Lane Media is closed for new applications by the employer.\n\nKeep going: 38 new jobs were posted this week.\n\nJobBoardly', 'Listing update');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "we are closing out the remaining candidates, including you" as a rejection', () => {
    const r = read('Hi Dana,\n\nThanks again for the phone screen. We have now hired for the Account Coordinator role, so we are closing out the other applicants, including you.\n\nAll the best,\nPriyanka', 'Account Coordinator');
    expect(r.kind).toBe('rejection');
  });

  it('does not read closing out the remaining interviews this week as a decline', () => {
    const r = read('Hi Dana,\n\nThanks again for the phone screen. We are closing out the remaining interviews this week and I will be in touch with next steps on Monday.\n\nAll the best,\nPriyanka', 'Account Coordinator');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads holding off on moving forward with the candidate, no time given, as a rejection', () => {
    const r = read('hi Sam, thanks for the call last week. after talking it through we have decided to hold off on moving forward with you for the ops role. best of luck with the search!\n\n— Ines', 'ops role');
    expect(r.kind).toBe('rejection');
  });

  it('reads holding off on moving forward until a budget is signed off as a pause', () => {
    const r = read('Hi Sam,\n\nThanks for the call last week. We have to hold off on moving forward with you until the budget for the ops role is signed off next month. I will update you then.\n\nInes', 'ops role');
    expect(r.kind).toBe('on_hold');
  });

  it('reads a board\'s status "On hold" and an employer that temporarily stopped recruiting as a pause', () => {
    const r = read('Application status: On hold\n\nForklift Driver — Marsh & Pike Logistics — Doncaster\n\nMarsh & Pike Logistics has temporarily stopped recruiting for this vacancy. Your application remains with them.\n\nJobsNorth', 'Status update: Forklift Driver');
    expect(r.kind).toBe('on_hold');
  });

  it('does not read job alerts temporarily stopped as a paused recruitment', () => {
    const r = read('Hi Lee,\n\nAs requested, we have temporarily stopped your job alerts for Forklift Driver in Doncaster. You can switch them back on at any time.\n\nJobsNorth', 'Your job alerts');
    expect(r.kind).toBe('other');
  });
});

describe('platform notices that are no decision', () => {
  it('does not read an application the platform could not submit, for unanswered required questions, as a rejection', () => {
    const r = read('Hi Maya,\n\nSorry, we were unable to submit your application for Veterinary Nurse at Oakfield Vets. Some required fields were not filled in.\n\nPick up where you left off: your answers have been saved.\n\nJobHive', 'Your application is not complete');
    expect(r.kind).toBe('other');
  });

  it('still reads a recruiter who could not submit the candidate to the client, the role filled, as a rejection', () => {
    const r = read('Hi Maya,\n\nUnfortunately we were unable to submit your application to the client, as they have now filled the Veterinary Nurse position.\n\nBest,\nOwen, Crestline Recruitment', 'Veterinary Nurse');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a paused profile as a paused recruitment', () => {
    const r = read('Hi Jonas,\n\nYou missed two interview requests in a row, so we have paused your profile and employers won\'t see it until you reactivate it.\n\nThe TalentLoop Team', 'Your profile is paused');
    expect(r.kind).toBe('other');
  });

  it('still reads interviews paused for the role as a pause', () => {
    const r = read('Hi Jonas,\n\nI wanted to let you know the interviews for the Data Analyst role have been paused while the team is reorganised. Your application is still with us.\n\nThe TalentLoop Team', 'Data Analyst interviews');
    expect(r.kind).toBe('on_hold');
  });

  it('does not read a prompt to add work rights to the profile as a decline for eligibility', () => {
    const r = read('Hi Ana,\n\nMore employers now filter by work rights. Add your visa details to your profile so recruiters know you\'re eligible to work in New Zealand. Unfortunately, profiles without it may be skipped.\n\nKiwiJobs', 'Complete your profile');
    expect(r.kind).toBe('other');
  });

  it('still reads a decline for eligibility to work as a rejection with a location reason', () => {
    const r = read('Hi Ana,\n\nThanks for applying. Unfortunately you are not eligible to work in New Zealand, so we cannot progress your application for the Barista role.\n\nKiwi Coffee Co.', 'Barista');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
  });

  it('does not read a board named "Welcome to …" as an offer when the application was closed', () => {
    const r = read('Welcome to the Workshop\n\nHi Rae, your application to UX Researcher at Pelham Labs has been closed by the company. There are 80 more roles that match your preferences.\n\nYou get this because you have a profile on Welcome to the Workshop.', 'Update on your Pelham Labs application');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['generic']);
  });

  it('still reads "welcome to the team" with a start date as an offer', () => {
    const r = read('Hi Rae,\n\nWelcome to the team! We are delighted to offer you the UX Researcher role at Pelham Labs, with a start date of 3 March.\n\nPelham Labs', 'Your offer');
    expect(r.kind).toBe('offer');
  });

  it('still reads other candidates who matched more closely as a profile mismatch', () => {
    const r = read('Hi Rae, your application to UX Researcher at Pelham Labs has been closed by the company. Other candidates matched the role more closely.', 'Update on your application');
    expect(r.reasons).toContain('profile_mismatch');
  });
});

describe('reasons told in the words of the company\'s own move', () => {
  it('does not read a team moved to another site, the position cancelled, as a location reason', () => {
    const r = read('Dear Ms Roth,\n\nThank you for the interview. Unfortunately our board has decided to move the claims team to our office in Bristol and to cancel this position in Leeds. We therefore cannot continue with your application.\n\nHR', 'Claims Handler');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('still reads a role based elsewhere that the candidate cannot reach as a location reason', () => {
    const r = read('Dear Ms Roth,\n\nThank you for the interview. Unfortunately the role must be based in Bristol and you told us you cannot relocate, so we cannot continue with your application.\n\nHR', 'Claims Handler');
    expect(r.reasons).toContain('location');
  });

  it('reads "we had an offer accepted for this role" as the position filled', () => {
    const r = read('Hi Ola,\n\nThanks for chatting with me last week. We have now had an offer accepted for the Inside Sales role, so we are closing your application.\n\nJess', 'Inside Sales');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('position_filled');
  });

  it('does not read an offer declined by another candidate as the position filled', () => {
    const r = read('Hi Ola,\n\nThanks for chatting with me last week. Unfortunately we have decided not to move forward with your application; we had an offer declined earlier this month and are re-thinking the role.\n\nJess', 'Inside Sales');
    expect(r.reasons).not.toContain('position_filled');
  });

  it('does not read a role offered to another candidate who has until Friday to respond as filled', () => {
    const r = read('Dear Mr Ito,\n\nThank you for your interview. We are not yet able to give you an answer: the post has been offered to another candidate, who has until Thursday to respond. You have been placed on our reserve list for this post; should the offer not be accepted, we will contact you directly to discuss next steps.\n\nHR', 'Your status');
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).not.toContain('position_filled');
  });

  it('still reads a role given to another candidate who has accepted it as filled', () => {
    const r = read('Dear Mr Ito,\n\nThank you for your interview. Unfortunately the post has been offered to another candidate, who has accepted it.\n\nHR', 'Your status');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('position_filled');
  });

  it('reads places accepted by other candidates as the position filled', () => {
    const r = read('Dear Ama,\n\nThank you for attending the final assessment. We had three places on the programme and all three have now been taken by other applicants. I am sorry this is not better news.\n\nPeople Team', 'Final assessment');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('position_filled');
  });
});

describe('named requirements, comparisons and overqualification', () => {
  it('reads a requirement beside the candidate\'s own single project as a skills gap', () => {
    const r = read('Hi Marco,\n\nThanks for the call. The client need someone who has led three Workday rollouts end to end, and from our chat your Workday work was a single rollout as an analyst. So I won\'t be putting you forward.\n\nKaren', 'Workday contract');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read the same requirement with nothing said of the candidate as a skills gap', () => {
    const r = read('Hi Marco,\n\nThanks for the call. The client has decided to go with another consultant for this contract. So I won\'t be putting you forward.\n\nKaren', 'Workday contract');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads a required completed award against modules still outstanding as a skills gap', () => {
    const r = read('Dear Aoife,\n\nThank you for meeting us. For the Team Leader post we require a completed Level 6 Supervisory Management award, and two of your modules are still outstanding. We cannot appoint without it.\n\nHome Manager', 'Team Leader interview');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read the award held, another candidate appointed, as a skills gap', () => {
    const r = read('Dear Aoife,\n\nThank you for meeting us. Unfortunately we have appointed another candidate to the Team Leader post.\n\nHome Manager', 'Team Leader interview');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads a candidate closer to where the role is headed as a profile mismatch, not a named requirement', () => {
    const r = read('Hi Lena,\n\nThanks for the onsite. We have decided to go with someone whose experience sits a little closer to where the Principal Designer role is going.\n\nBest,\nTalent', 'Your onsite');
    expect(r.reasons).toEqual(['profile_mismatch']);
  });

  it('still reads a candidate closer to a named domain as a skills gap', () => {
    const r = read('Hi Lena,\n\nThanks for the onsite. We have decided to go with someone whose experience sits a little closer to regulated medical device design.\n\nBest,\nTalent', 'Your onsite');
    expect(r.reasons).toContain('skills_gap');
  });

  it('reads others who showed more of the kind of experience set out in the job pack as a profile mismatch', () => {
    const r = read('Hi Tariq,\n\nThank you for applying for the Junior Researcher post. The candidates we shortlisted showed more of the kind of experience described in the job description, and yours was not selected this time.\n\nBest,\nResearch Office', 'Junior Researcher');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['profile_mismatch']);
  });

  it('does not read others who showed more interest in the event as a profile mismatch', () => {
    const r = read('Hi Tariq,\n\nThank you for applying for the Junior Researcher post. Unfortunately your application was not selected this time. Many people showed more interest in the open day than we expected.\n\nBest,\nResearch Office', 'Junior Researcher');
    expect(r.reasons).not.toContain('profile_mismatch');
  });

  it('reads "not a good use of your experience" and "past the point the scheme caters for" as overqualified', () => {
    const r = read('Dear Mr Osei,\n\nThank you for applying to our Graduate Scheme. Our scheme is for people starting out; with ten years in logistics you are well past the point that the scheme caters for, and we do not think it would be a good use of your experience. We are therefore not progressing your application.\n\nEarly Careers', 'Graduate Scheme');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('overqualified');
  });

  it('does not read a scheme for starters, the candidate not yet qualified, as overqualified', () => {
    const r = read('Dear Mr Osei,\n\nThank you for applying to our Graduate Scheme. Unfortunately we are not progressing your application, as the scheme requires a completed degree by September.\n\nEarly Careers', 'Graduate Scheme');
    expect(r.reasons).not.toContain('overqualified');
  });
});

describe('flags: praise, results not yet looked at, offers to talk it through', () => {
  it('does not read "the team hasn\'t stopped talking about your system design" as feedback', () => {
    const r = read('Hi Omar,\n\nThanks for the onsite — the team hasn\'t stopped talking about your system design whiteboard. Sadly we have decided to go with another candidate.\n\nBest,\nRecruiting', 'Onsite');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(false);
  });

  it('still reads a system design that lacked depth as feedback', () => {
    const r = read('Hi Omar,\n\nThanks for the onsite. Your system design lacked depth on caching and failure modes, so sadly we have decided to go with another candidate.\n\nBest,\nRecruiting', 'Onsite');
    expect(r.feedback).toBe(true);
  });

  it('does not read task results nobody has looked at yet as an assessment reason', () => {
    const r = read('hey Priya, sorry for the wait. the results from the take-home are with the team but nobody has looked at them yet because of the offsite. I will chase next week.\n\nRaj', 're: take-home');
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).not.toContain('assessment');
  });

  it('still reads task results below the bar as an assessment reason', () => {
    const r = read('Hi Priya,\n\nThe results from the take-home were reviewed and unfortunately they were below the bar we need, so we will not move forward.\n\nRaj', 'Take-home');
    expect(r.reasons).toContain('assessment');
  });

  it('reads offers to tell how the discussion was evaluated, what the panel said, or to talk through the day as feedback offered', () => {
    for (const offer of [
      'In case you would like to know more about how the discussion was evaluated, you may write to us and HR will share the inputs.',
      'If you want to hear what the panel said, book a slot on my calendar and I will walk you through it.',
      'If you would find it useful to talk through your day, reply here and I will set up time with one of your interviewers.',
    ]) {
      const r = read(`Dear Kiran,\n\nThank you for your time with us. Unfortunately we will not be taking your application further. ${offer}\n\nRegards,\nHR`, 'Outcome');
      expect(r.kind).toBe('rejection');
      expect(r.feedbackOffered).toBe(true);
    }
  });

  it('does not read an invitation to talk through your start date as feedback offered', () => {
    const r = read('Dear Kiran,\n\nThank you for your time with us. Unfortunately we will not be taking your application further. If you would find it useful to talk through other roles, reply here.\n\nRegards,\nHR', 'Outcome');
    expect(r.feedbackOffered).toBe(false);
  });
});

// the two guards of the rules-and-model reading: read with the shipped model
describe('with the shipped model: a board\'s status line and its matching listings', () => {
  const withModel = (text: string, subject?: string) => readMessage({ text, subject });

  it('keeps a board\'s status line "No longer under consideration" for one application as a rejection amid other updates', () => {
    const r = withModel('Your weekly search summary\n\nHi Nia, this week on the board:\n\n• 12 people viewed your profile\n• You showed up in 30 searches\n• Kestrel Foods viewed your application for Buyer\n• Application to Marlow Retail — Assistant Buyer: No longer under consideration\n• 9 new jobs match "buyer Leeds"\n\nTip: add a certification to your profile to show up in more searches.\n\nJobNet · You are receiving weekly job seeker emails. Unsubscribe', 'Nia, your week');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a digest with only views and new matching jobs as a rejection', () => {
    const r = withModel('Your weekly search summary\n\nHi Nia, this week on the board:\n\n• 12 people viewed your profile\n• You showed up in 30 searches\n• Kestrel Foods viewed your application for Buyer\n• Application to Marlow Retail — Assistant Buyer: Viewed by employer\n• 9 new jobs match "buyer Leeds"\n\nTip: add a certification to your profile to show up in more searches.\n\nJobNet · You are receiving weekly job seeker emails. Unsubscribe', 'Nia, your week');
    expect(r.kind).toBe('other');
  });
});
