/**
 * Reasons told in people's words, and second reasons beside a first: messages written for this test (not taken from any
 * corpus part), each beside a message in nearby words that must still read the other way. The rules alone (`null`) must
 * read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string) => readMessage({ text }, null);
const wrap = (body: string): string => `Hi Oluwaseun,\n\n${body}\n\nBest wishes,\nRecruitment`;

describe('the role given to someone already on the staff', () => {
  it('reads "the appointment of a current member of our finance staff" as internal_candidate', () => {
    const r = read(wrap('Thank you for applying for the Payroll Supervisor post. The process has ended with the appointment of a current member of our finance staff, so we will not hold the interviews we had planned.'));
    expect(r.reasons).toEqual(['internal_candidate']);
  });

  it('reads "we have chosen one of our long-serving drivers" as internal_candidate', () => {
    const r = read(wrap('Thanks for your interest in the Depot Supervisor job. We have chosen one of our long-serving drivers, who has covered the shift plans since spring, so we will not be taking external applications further.'));
    expect(r.reasons).toEqual(['internal_candidate']);
  });

  it('reads "we filled it with a pharmacist from within our trust" as internal_candidate, not only a filled post', () => {
    const r = read(wrap('Thank you for applying for the Medicines Safety Lead role. We have filled it with a pharmacist from within our trust who already runs the audit group.'));
    expect(r.reasons).toEqual(['internal_candidate']);
  });

  it('does not read internal_candidate from "we selected another candidate and our current team members enjoyed meeting you"', () => {
    const r = read(wrap('Thank you for coming in for the Site Engineer job. We have selected another candidate and our current site managers enjoyed meeting you very much.'));
    expect(r.reasons).not.toContain('internal_candidate');
  });
});

describe('the candidate’s experience above what the role involves', () => {
  it('reads "your experience goes well beyond what this junior post involves" as overqualified', () => {
    const r = read(wrap('We have read your CV for the Accounts Clerk vacancy. Your experience, twelve years of running a finance team, goes well beyond what this junior post involves, so we will not invite you to interview.'));
    expect(r.reasons).toEqual(['overqualified']);
  });

  it('reads "higher than the responsibilities of this position" as overqualified', () => {
    const r = read(wrap('After discussion with the panel, we feel your present role as plant head is higher than the responsibilities of this position. Hence we are not taking your candidature further.'));
    expect(r.reasons).toEqual(['overqualified']);
  });

  it('does not read overqualified from the work itself being more than the role would involve', () => {
    const r = read(wrap('We will not be filling the vacancy after all: the work turned out to be far more than what this position would involve, so we are splitting it into two new roles.'));
    expect(r.reasons).not.toContain('overqualified');
  });

  it('does not read overqualified from "the role requires more than you have done so far"', () => {
    const r = read(wrap('We will not progress your application. This role requires more hands-on budgeting than you have done so far.'));
    expect(r.reasons).not.toContain('overqualified');
  });
});

describe('others whose profile answers the role, and the profile measured against the requirements', () => {
  it('reads "other applicants whose profile aligns with the needs of the role" as profile_mismatch', () => {
    const r = read(wrap('Thank you for taking our online questionnaire. We have decided to continue with other applicants whose profile aligns with the current needs of the role.'));
    expect(r.reasons).toEqual(['profile_mismatch']);
  });

  it('does not read profile_mismatch from "we only contact applicants whose profile matches the requirements"', () => {
    const r = read(wrap('Thank you for applying. Please note that we only contact applicants whose profile matches the requirements of the role. Unfortunately we will not be taking your application further.'));
    expect(r.reasons).toEqual(['generic']);
  });

  it('reads "having compared your profile with the requirements, we will not consider your application" as profile_mismatch', () => {
    const r = read(wrap('Thank you for your interest in Elbtal Versicherung. Having compared your profile with the requirements of the Claims Analyst position, we have decided not to consider your application further.'));
    expect(r.reasons).toEqual(['profile_mismatch']);
  });

  it('does not read profile_mismatch from "we will compare your profile with the requirements"', () => {
    const r = read(wrap('Thank you for applying. We have received many applications and will compare your profile with the requirements of the position over the next two weeks.'));
    expect(r.reasons).not.toContain('profile_mismatch');
  });
});

describe('a named requirement told in passing', () => {
  it('reads "candidates who come from a logistics background rather than a retail one" as skills_gap', () => {
    const r = read(wrap('My client has come back on the Operations Lead role. They have decided to go with candidates who come from a logistics background rather than a retail one, so they will not take you further.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('does not read skills_gap from "candidates who come from a similar background"', () => {
    const r = read(wrap('My client has come back on the Operations Lead role. They have decided to go with candidates who come from a similar background to their own team, so they will not take you further.'));
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads "the deciding factor was experience of running a ward budget" as skills_gap', () => {
    const r = read(wrap('We will not be offering you the Matron post. The deciding factor was experience of running a ward budget, which the panel saw as central to the next year.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('does not read skills_gap from "the deciding factor was the overall experience"', () => {
    const r = read(wrap('We will not be offering you the Matron post. The deciding factor was the overall experience of the other finalists.'));
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads "your application did not show a completed nursing degree" as skills_gap', () => {
    const r = read(wrap('Thank you for applying for the Clinical Educator role. Your application did not show a completed nursing degree, and as a result we cannot invite you to the next stage.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('does not read skills_gap from "your application did not show your current address"', () => {
    const r = read(wrap('Thank you for applying for the Clinical Educator role. Your application did not show a phone number, so we could not call you, and we have now filled the role.'));
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads "the roles need a forklift ticket and a first-aid certificate, and your CV shows neither" as skills_gap', () => {
    const r = read(wrap('Unfortunately we cannot progress your application: our warehouse roles need a forklift ticket and a current first-aid certificate, and your CV shows neither.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('does not read skills_gap from "your CV shows neither gap nor concern"', () => {
    const r = read(wrap('Your CV shows neither gaps nor concerns, but we had many applications and have chosen other candidates.'));
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads "requires a current ACCA or CIMA practising certificate" beside a location as a second reason', () => {
    const r = read(wrap('We cannot move forward. This post requires a current ACCA or CIMA certificate, and it is based at our Bristol office, and we only consider applicants who already live within commuting distance.'));
    expect([...r.reasons].sort()).toEqual(['location', 'skills_gap']);
  });
});

describe('pay told in people’s words', () => {
  it('reads "the gap between your expected salary and what we can pay" as salary', () => {
    const r = read(wrap('We really liked you, but the gap between your expected salary and what we can pay for this grade was too wide, so we will not be making an offer.'));
    expect(r.reasons).toEqual(['salary']);
  });

  it('does not read salary from "the gap between your last role and this one"', () => {
    const r = read(wrap('We will not be making an offer. The gap between your last role and what we need was too wide; another finalist had run a plant of this size.'));
    expect(r.reasons).not.toContain('salary');
  });

  it('reads "a lower salary, below what you told us you would need" as salary', () => {
    const r = read(wrap('The role has been regraded at a lower salary, below what you told us you would need, so we will not be progressing your application.'));
    expect(r.reasons).toContain('salary');
  });

  it('reads a day rate written with a hyphen as salary beside the location', () => {
    const r = read(wrap('They need someone on site in Derby five days a week, which you said would not work, and your day-rate expectation is about £90 above what they have budgeted.'));
    expect([...r.reasons].sort()).toEqual(['location', 'salary']);
  });

  it('reads "the figure you need is 15% above what the board has signed off" as salary', () => {
    const r = read(wrap('We tried hard on the package, but the figure you need to make the move is about 15% above what the board has signed off for this post. So we cannot offer you the role.'));
    expect(r.reasons).toEqual(['salary']);
  });
});

describe('the role closed in people’s words', () => {
  it('reads "we have cancelled all open roles" as role_closed', () => {
    const r = read(wrap('Our investor has pulled out, so we have cancelled all open roles for now, including this one. We will not be able to proceed with your application.'));
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('reads "we have pulled the advert" as role_closed', () => {
    const r = read(wrap('The contract the role was meant to support has fallen away, so we have pulled the advert and your application will not go any further.'));
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('does not read role_closed from "we have pulled the advert as the post has been filled"', () => {
    const r = read(wrap('We have pulled the advert as the post has been filled by another applicant, so your application will not go any further.'));
    expect(r.reasons).not.toContain('role_closed');
  });

  it('reads "the grant funding has been delayed" as role_closed', () => {
    const r = read(wrap('I owe you an update on the Lab Technician post. Our grant funding has been delayed until the spring, and until it is confirmed I cannot make any offers.'));
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('does not read role_closed from the candidate having restructured their own team', () => {
    const r = read(wrap('I loved hearing how you restructured the rota on your ward. Unfortunately we will not be moving forward; we had many strong candidates.'));
    expect(r.reasons).not.toContain('role_closed');
  });
});

describe('the way of working, in people’s words', () => {
  it('reads "your style would sit uneasily with a team used to deciding together" as culture_fit', () => {
    const r = read(wrap('We will not be offering you the role. The panel felt your style of leading from the front would sit uneasily with a team used to deciding things together.'));
    expect(r.reasons).toEqual(['culture_fit']);
  });

  it('reads "you might find our pace frustrating" as culture_fit', () => {
    const r = read(wrap('We have decided not to move forward. Our grants work moves slowly and we felt you might find our pace frustrating after agency life.'));
    expect(r.reasons).toEqual(['culture_fit']);
  });

  it('reads "we don’t think the culture here would give you what you want" as culture_fit', () => {
    const r = read(wrap('We have decided not to move you forward. We don’t think the culture here would give you what you told us you want from your next job.'));
    expect(r.reasons).toEqual(['culture_fit']);
  });

  it('keeps the others’ closer profile beside the way of working', () => {
    const r = read(wrap('We will not be offering you the role. The panel felt the other finalist’s background was the more direct match for the plan, and that your style would sit uneasily with a team used to deciding things together.'));
    expect([...r.reasons].sort()).toEqual(['culture_fit', 'profile_mismatch']);
  });

  it('keeps "your profile does not match, and moreover the post requires relocation" as two reasons', () => {
    const r = read(wrap('We regret that your profile does not match the current requirement, and moreover the post requires the candidate to be based in Pune, whereas you are not open to relocation.'));
    expect([...r.reasons].sort()).toEqual(['location', 'profile_mismatch']);
  });
});

describe('the test’s result told in people’s words', () => {
  it('reads "you did not achieve the qualifying mark" as assessment', () => {
    const r = read(wrap('Thank you for sitting the written test for the Clerical Officer post. I regret that you did not achieve the qualifying mark and so will not be called for interview.'));
    expect(r.reasons).toEqual(['assessment']);
  });

  it('does not read assessment from "your application did not meet the minimum standard for the criterion"', () => {
    const r = read(wrap('Thank you for applying. Your application did not meet the minimum standard for the essential criterion "experience of handling customer complaints".'));
    expect(r.reasons).not.toContain('assessment');
  });

  it('reads "the decision came down to the written exercise" as assessment', () => {
    const r = read(wrap('Thank you for your second interview and for the written exercise. We will not be making you an offer: the decision came down to the written exercise, where the numbers did not support the recommendation.'));
    expect(r.reasons).toEqual(['assessment']);
  });

  it('reads "the draft had several factual errors" after a test as assessment', () => {
    const r = read(wrap('Thanks for doing the editing test for the Sub-editor role. The draft you sent back had several factual errors in the court report, so we will not be taking your application further.'));
    expect(r.reasons).toEqual(['assessment']);
  });

  it('reads "it didn’t quite land for us" after a take-home as assessment', () => {
    const r = read(wrap('Thanks for doing the take-home exercise for the Backend Developer role. We went through it as a team and it didn’t quite land for us, so we will pass this time.'));
    expect(r.reasons).toEqual(['assessment']);
  });

  it('does not read assessment from an apology for an error in the test link', () => {
    const r = read(wrap('Thanks for doing the take-home exercise, and sorry again for the error in the link we sent. We have decided to move forward with other candidates.'));
    expect(r.reasons).toEqual(['generic']);
  });
});

describe('a requirement set against what the candidate has mostly done', () => {
  it('reads "the role needs someone who has run a warehouse launch, and your experience, while solid, has been in office moves" as skills_gap', () => {
    const r = read(wrap('We have decided not to move forward. The role needs someone who has run a new warehouse launch, and your experience, while really solid, has been in shop fit-outs where the systems already exist.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('reads "we were looking for someone whose background is in grant writing, and yours has mostly been events" as skills_gap', () => {
    const r = read(wrap('Thanks for the call on Monday. We were really looking for someone whose background is in grant writing, and yours has mostly been events and volunteering, so we will not be taking your application further.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('does not read skills_gap from "we were looking for someone whose background is in grant writing" said of the advert', () => {
    const r = read(wrap('Thanks for applying. As the advert said, we were looking for someone whose background is in grant writing. We had a very large response and have chosen other candidates.'));
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads "the panel looked for a person with experience of X, which you did not have" as skills_gap', () => {
    const r = read(wrap('Thank you for the interview. The panel looked for a person with experience of timetabling software across several campuses, which you did not have, so we cannot offer you the post.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('reads "the role is going to be running our network, and you have mostly worked with it through a vendor" as skills_gap', () => {
    const r = read(wrap('The role is going to be running our network from day one, and it sounded like you have mostly worked with it through an outside vendor rather than configuring it yourself. We have gone with someone who has.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('reads "you\'re a bit short on the estimating side" as skills_gap', () => {
    const r = read(wrap('Good to chat yesterday. I reckon you\'re a bit short on the estimating side for this one, so I won\'t put you forward.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('does not read skills_gap from "you\'re a bit short on time this week"', () => {
    const r = read(wrap('I know you\'re a bit short on time this week, so in brief: the client has gone with other candidates.'));
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads "you do not currently hold a forklift ticket" as skills_gap', () => {
    const r = read(wrap('Thank you for the trial shift. We will not be offering you a position, as you do not currently hold a counterbalance forklift ticket, which the role requires.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('reads "we need someone who can do X, and you said you\'d never done it" as skills_gap', () => {
    const r = read(wrap('Thanks for Saturday. The problem is we need a baker who can run the sourdough starter on their own, and you said yourself you\'d never done that at volume. So we are going with someone who has.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('does not read skills_gap from "you\'d never need to work weekends"', () => {
    const r = read(wrap('Thanks for asking about hours; you\'d never have done weekends here. Sadly we have chosen other candidates for the role.'));
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('second reasons and people’s words, continued', () => {
  it('reads "one of our current shift leads has put herself forward, and we have decided to appoint her" as internal_candidate', () => {
    const r = read(wrap('Since we spoke, one of our current shift leads has put herself forward for the Store Manager post, and we have decided to appoint her. I am afraid we won’t be going any further with your application.'));
    expect(r.reasons).toEqual(['internal_candidate']);
  });

  it('reads "the work is being picked up by an existing analyst" beside the role closing as internal_candidate', () => {
    const r = read(wrap('Our finance team has been restructured and the role as advertised no longer exists. What remains of the work is being picked up by an existing analyst moving across from treasury, so we will not be going further with your application.'));
    expect([...r.reasons].sort()).toEqual(['internal_candidate', 'role_closed']);
  });

  it('does not read internal_candidate from "the work will be covered by our existing team"', () => {
    const r = read(wrap('The board has decided not to go ahead with the Operations Lead role this year, and the work will be covered by our existing coordinators. So we will not be moving forward with your application.'));
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('reads "far more experience than this role calls for" beside the salary as overqualified', () => {
    const r = read(wrap('With twenty years in logistics you would be bringing far more experience than this dispatcher role calls for, and the salary you mentioned would sit well above what we can pay.'));
    expect([...r.reasons].sort()).toEqual(['overqualified', 'salary']);
  });

  it('reads "you would find it unchallenging" as overqualified', () => {
    const r = read(wrap('You have run a team of fifteen, and this post is a single-person reception role. We are concerned you would find it unchallenging within weeks, so we have offered it to another candidate.'));
    expect(r.reasons).toContain('overqualified');
  });

  it('reads "your expected salary is around double the scale for the post" as salary', () => {
    const r = read(wrap('Thank you for applying. Your expected salary of £60,000 is around double the scale for the post, so we will not be taking your application forward.'));
    expect(r.reasons).toEqual(['salary']);
  });

  it('does not read salary from "we received double the applications we expected"', () => {
    const r = read(wrap('We received double the number of applications we expected, and we will not be taking yours forward.'));
    expect(r.reasons).not.toContain('salary');
  });

  it('reads "the package you outlined is beyond what we can offer" as salary', () => {
    const r = read(wrap('I have discussed your expectations with the directors. The package you outlined is beyond what we are able to offer for this role, so we will not proceed to an offer.'));
    expect(r.reasons).toEqual(['salary']);
  });

  it('reads "you would need more direct experience" beside what the role will own as skills_gap', () => {
    const r = read(wrap('We will not be offering you the Fundraising Manager role. The role will own a portfolio of trust and foundation funders, and the panel felt you would need more direct experience writing large bids before stepping into it.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('keeps the others’ closer profile beside a requirement added to it', () => {
    const r = read(wrap('We have decided to go with a candidate whose overall experience fits the role more closely. The director also mentioned that the role needs someone who has run a full audit cycle, and your work so far has been on internal reviews.'));
    expect([...r.reasons].sort()).toEqual(['profile_mismatch', 'skills_gap']);
  });

  it('still reads a requirement alone when the mismatch only restates it', () => {
    const r = read(wrap('The role needs someone who has run a full audit cycle, and your work so far has been on internal reviews, so your profile does not match what we need.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });
});

describe('small words that decided a reason', () => {
  it('does not read skills_gap from "the depth of the applicant pool"', () => {
    const r = read(wrap('The panel was impressed by the depth of the applicant pool, and it has chosen candidates whose experience is more closely aligned with the needs of the post. We will not be advancing your application.'));
    expect(r.reasons).toEqual(['profile_mismatch']);
  });

  it('still reads skills_gap from "depth in contract law"', () => {
    const r = read(wrap('We will not be advancing your application: the post calls for depth in commercial contract law, and your work has mostly been in family law.'));
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read location from "the competency-based interview"', () => {
    const r = read(wrap('We regret that your application will not be taken forward to the competency-based interview.'));
    expect(r.reasons).toEqual(['generic']);
  });

  it('still reads location from "the role is based in Leeds and you want to stay in York"', () => {
    const r = read(wrap('We will not take your application forward: the role is based in Leeds five days a week, and you told us you need to stay in York.'));
    expect(r.reasons).toEqual(['location']);
  });

  it('reads "we have decided not to continue hiring for this position" as role_closed', () => {
    const r = read(wrap('We are writing to let you know that we have decided not to continue hiring for this position for now, so your application will not go further.'));
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('reads "we have since hired for the Barista position" as position_filled', () => {
    const r = read(wrap('Thanks for the chat last week. We have since hired for the Barista position, so we won’t be moving forward with you for this one.'));
    expect(r.reasons).toEqual(['position_filled']);
  });

  it('does not read position_filled from "we have hired for this position internally"', () => {
    const r = read(wrap('We have since hired for this position internally, so we won’t be moving forward with you for this one.'));
    expect(r.reasons).toEqual(['internal_candidate']);
  });
});

describe('when and where the candidate can work', () => {
  it('reads "your three-month notice period won\'t fit" as location (availability is read with eligibility)', () => {
    const r = read(wrap('I have to come back with a no. The client needs someone who can start straight away, as their buyer leaves at the end of the month, and your three-month notice period won\'t fit.'));
    expect(r.reasons).toEqual(['location']);
  });

  it('does not read location from "we filled the shifts with people who can start straight away"', () => {
    const r = read(wrap('Thanks for the call yesterday. We have filled the shifts with people who can start straight away, so I won\'t be booking you in for a trial.'));
    expect(r.reasons).not.toContain('location');
  });

  it('reads "we have hit a wall on the visa side" as location', () => {
    const r = read(wrap('Sadly we have hit a wall on the visa side: our lawyers say the sponsorship timeline means you could not start before next year. We are not able to make an offer.'));
    expect(r.reasons).toEqual(['location']);
  });

  it('does not read location from "there were no visa issues"', () => {
    const r = read(wrap('To be clear, there were no visa issues at all; the panel simply chose other candidates for the role.'));
    expect(r.reasons).not.toContain('location');
  });

  it('reads "the role is based in our Derby office with no remote option" beside the salary', () => {
    const r = read(wrap('We have decided not to move ahead. The role is based in our Derby office with no remote option, and the salary you indicated is well above the range approved for this level.'));
    expect([...r.reasons].sort()).toEqual(['location', 'salary']);
  });
});

describe('the handed-in work judged, continued', () => {
  it('reads "the decision rested on the written assessment" as assessment', () => {
    const r = read(wrap('Thank you for completing the written assessment for the Paralegal role. We have decided not to advance your candidacy; the decision rested on the assessment itself, which is scored for structure and citation.'));
    expect(r.reasons).toEqual(['assessment']);
  });

  it('reads "your implementation failed the concurrency tests" after a coding exercise as assessment', () => {
    const r = read(wrap('Thank you for submitting the coding exercise. Our engineers reviewed your solution: your implementation failed two of the hidden tests on concurrent updates, so we will not invite you to the technical interview.'));
    expect(r.reasons).toEqual(['assessment']);
  });

  it('reads "the article ran 300 words over the brief" after a writing test as assessment', () => {
    const r = read(wrap('Thanks for the writing test for the Features Writer role. The editors felt the piece did not cite any sources and ran about 300 words over the brief, so we will not be taking your application further.'));
    expect(r.reasons).toEqual(['assessment']);
  });

  it('keeps "the exercise showed limited experience with X" as a skills gap beside the test', () => {
    const r = read(wrap('Thank you for the design exercise. The team liked your research, but the exercise showed limited experience working within a component library, and the tablet states were missing. We have decided not to move forward.'));
    expect([...r.reasons].sort()).toEqual(['assessment', 'skills_gap']);
  });
});

describe('a requirement in one sentence, the candidate short of it in the next', () => {
  it('reads "the role involves running payroll for 400 staff. You are currently in your first year of the diploma." as skills_gap', () => {
    const r = read(wrap('The role involves running payroll for four hundred staff across three sites. You are currently in your first year of the payroll diploma, so we cannot shortlist you.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('does not read skills_gap from the second sentence alone', () => {
    const r = read(wrap('Thank you for applying. You are currently in your first year of the payroll diploma, so we cannot shortlist you.'));
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('does not read skills_gap when the sentence after the requirement is about something else', () => {
    const r = read(wrap('Most of this role is spent on the phones with customers. We received a very large number of applications and have chosen other candidates.'));
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('does not read skills_gap when the pair is about where the role is based', () => {
    const r = read(wrap('The role is open only to candidates based in Perth. You are not yet living in Western Australia, so we cannot take your application further.'));
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('the candidate’s side, more ways of saying it', () => {
  it('reads "a Class 2 licence is a minimum requirement ... you do not currently hold one" as skills_gap', () => {
    const r = read(wrap('We cannot consider your application further. The advert stated that a Class 2 licence is a minimum requirement, as the supervisor drives between our yards every week, and your application shows you do not currently hold one.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('reads "interpreters must pass the court exam, and you do not yet read Tamil" as skills_gap', () => {
    const r = read(wrap('The panel liked you a great deal. However, our interpreters must pass the court certification exam, which is set in Tamil, and as you mentioned that you do not yet read Tamil, we are unable to offer you the post.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('does not read skills_gap from "you must be tired of waiting; you do not yet have our decision"', () => {
    const r = read(wrap('You must be tired of waiting. I am sorry that we have chosen other candidates for the role.'));
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('the person chosen for a named experience held essential', () => {
  it('reads "offered the post to a candidate with hands-on Workday payroll experience, which we felt was essential" beside the filled post', () => {
    const r = read(wrap('Thank you for interviewing with us. We have offered the post to another candidate with hands-on Workday payroll experience, which we felt was essential given our go-live date.'));
    expect([...r.reasons].sort()).toEqual(['position_filled', 'skills_gap']);
  });

  it('does not read skills_gap from "a candidate with more experience, which was key for us"', () => {
    const r = read(wrap('Thank you for interviewing with us. We have offered the post to another candidate with more experience, which was key for us this year.'));
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('the candidate’s whole profile elsewhere, beside a named requirement', () => {
  it('keeps "your profile is at a different point in the career than this search" beside the years required', () => {
    const r = read(wrap('We have decided not to progress. The board asked for at least eight years in a senior finance position with group reporting. Your profile is simply at a different point in the career than this search.'));
    expect([...r.reasons].sort()).toEqual(['profile_mismatch', 'skills_gap']);
  });

  it('reads "your background is quite different from what we need" alone as profile_mismatch', () => {
    const r = read(wrap('Thank you for applying. We feel your background is quite different from what we need for this clinic, so we will not proceed with your application.'));
    expect(r.reasons).toEqual(['profile_mismatch']);
  });

  it('does not keep a general mismatch said in the same sentence as the requirement', () => {
    const r = read(wrap('We have decided not to progress: the board asked for at least eight years in a senior finance position, so your profile does not match what we need.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });
});

describe('the named experience held essential, with an article before a general word', () => {
  it('does not read skills_gap from "a candidate with a strong background, which was key"', () => {
    const r = read(wrap('Thank you for interviewing. We have offered the post to a candidate with a strong background, which was key for the team this year.'));
    expect(r.reasons).not.toContain('skills_gap');
  });
});
