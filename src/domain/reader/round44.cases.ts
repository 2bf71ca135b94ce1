/**
 * Reasons told in the writer's own words, often two in one letter: requirements named in passing (a licence, a language
 * level, a credential that lapsed), a second reason kept beside the first, pay set against the candidate's figure, a task
 * that was not finished or did not pass. Messages written for this test (not taken from any corpus part), each beside a
 * message in nearby words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string) => readMessage({ text }, null);
const wrap = (body: string): string => `Hi Ottilie,\n\n${body}\n\nBest wishes,\nMarguerite Ansell\nStudio Lead, Pebblewick`;
const reasons = (body: string): string[] => [...read(wrap(body)).reasons].sort();

describe('pay set against the candidate’s figure', () => {
  it('reads "the budget is tighter than your expectations" as salary, not a closed role', () => {
    expect(reasons('Thanks for the chat on Friday. We will not be moving ahead with your application, and honestly the budget is tighter than your expectations by a fair margin.')).toEqual(['salary']);
  });

  it('reads "their ceiling sits about 10% under it" and "we could not get close to the figure you need" as salary', () => {
    expect(reasons('Thanks for the call. I took your number back to the client and their ceiling for this job sits about 10% under it, so they will not take your application further.')).toEqual(['salary']);
    expect(reasons('Thank you for meeting the team. We have decided not to go ahead: we couldn\'t get close to the figure you\'d need, even with the car allowance.')).toEqual(['salary']);
  });

  it('still reads "the budget has been cut" as a closed role', () => {
    expect(reasons('Thank you for your interest. The budget for this hire has been cut, so we will not be filling the role this year.')).toEqual(['role_closed']);
  });
});

describe('a requirement the candidate said they lack, the verb left out', () => {
  it('reads "he needs someone who has run a Xero migration, which you said you haven\'t" as a skills gap', () => {
    expect(reasons('Thanks for the call this morning. I spoke to the finance director and we will not be taking things further. He needs someone who has run a Xero migration end to end, which you said you haven\'t.')).toEqual(['skills_gap']);
  });

  it('does not read "which you said you haven\'t decided yet" about a start date as a skills gap', () => {
    expect(reasons('Thanks for the call this morning. We will not be taking things further. The team wanted a firm start date, which you said you haven\'t.')).not.toContain('skills_gap');
  });

  it('keeps the requirement beside the overqualified reason when it is told in a sentence of its own', () => {
    expect(reasons('Thanks for the call. The post is a junior bookkeeping role and you have run a finance department for twelve years, so we think you would be bored within weeks. And the practice needs someone who has used Sage Payroll every day, which you said you haven\'t.')).toEqual(['overqualified', 'skills_gap']);
  });
});

describe('what made the difference, named', () => {
  it('reads "the difference in the end was experience with aviation safety audits" as a skills gap', () => {
    expect(reasons('It was very close after the final round and we have decided not to offer you the post. The difference in the end was experience with aviation safety audits, which the panel weighed heavily.')).toContain('skills_gap');
  });

  it('does not read "the difference in the end was very small" as a skills gap', () => {
    expect(reasons('It was very close after the final round and we have decided to go with other candidates. The difference in the end was very small.')).not.toContain('skills_gap');
  });
});

describe('fit said of the team', () => {
  it('reads "not the right fit on the team side of things" as culture fit', () => {
    expect(reasons('Thanks for coming to meet the crew at the workshop. We talked it over and we just don\'t think it\'s the right fit on the team side of things.')).toEqual(['culture_fit']);
  });

  it('still reads "not the right fit for the role" as a profile mismatch', () => {
    expect(reasons('Thanks for coming to meet the crew at the workshop. We talked it over and we just don\'t think your background is the right fit for the role.')).toEqual(['profile_mismatch']);
  });

  it('reads a wish to work solo set against a ward that decides together as culture fit beside the named gap', () => {
    expect(reasons('Thank you for interviewing on Tuesday. We will not be offering you the post. The panel needed evidence of running a night shift on a surgical unit, which you have not yet done. They also felt that you prefer to work quite independently, whereas our ward runs on shared decisions at every huddle.')).toEqual(['culture_fit', 'skills_gap']);
  });
});

describe('the post filled, said briefly', () => {
  it('reads "we\'ve appointed." and "the job got filled yesterday" as a filled position', () => {
    expect(reasons('Thank you for coming to the final interviews in Leeds. I am writing to let you know that we\'ve appointed.')).toEqual(['position_filled']);
    expect(reasons('Quick one: the job got filled yesterday. Thanks for the chat though.')).toEqual(['position_filled']);
  });

  it('does not read "we\'ve appointed a new head of department" as a filled position', () => {
    expect(reasons('Thank you for your application. We will not be taking it further. We\'ve appointed a new head of department who will shape the team next year.')).not.toContain('position_filled');
  });

  it('reads the post given to "a person from inside our company" as an internal candidate', () => {
    expect(reasons('Thank you for your application. We inform that the position of Shift Leader was given to a person from inside our company.')).toEqual(['internal_candidate']);
  });
});

describe('the role changed or closed beside who took it', () => {
  it('keeps the reorganisation beside the internal appointment in the same sentence', () => {
    expect(reasons('Thank you for your interview. Due to an internal restructure, the post has been closed and its duties are being taken on by an existing member of staff.')).toEqual(['internal_candidate', 'role_closed']);
  });

  it('still reads "filled internally, and we are therefore closing the vacancy" as the internal appointment alone', () => {
    expect(reasons('Thank you for your interview. The post has been filled by an existing member of staff, and we are therefore closing the vacancy.')).toEqual(['internal_candidate']);
  });

  it('reads "the post no longer exists in its old form" and "scale the role back" as a closed role', () => {
    expect(reasons('Sorry for the wait since we met. The post you interviewed for no longer exists in its old form, so we will not be continuing.')).toContain('role_closed');
    expect(reasons('Sorry for the wait since we met. We have decided to scale the role back to two days a week, so we will not be continuing with you.')).toContain('role_closed');
  });
});

describe('a place or a language level named in passing', () => {
  it('reads "three days a week in Glasgow just weren\'t workable from Aberdeen" as location', () => {
    expect(reasons('Thanks for the final interview. We will not be making an offer: the three days a week in Glasgow you would need just weren\'t workable from Aberdeen.')).toEqual(['location']);
  });

  it('does not read "it is hybrid, two days a week in their office, which isn\'t for everyone" as location', () => {
    const r = read('Hi Ottilie,\n\nI am working with a fintech in Leeds that is hiring a data analyst. It is hybrid, with two days a week in their city-centre office, which I know isn\'t for everyone. Would you like to hear more?\n\nBest,\nMarguerite');
    expect(r.kind).toBe('other');
  });

  it('reads "we need Dutch at C1 or higher" beside the candidate\'s level as a skills gap', () => {
    expect(reasons('Thank you for the call. The role involves daily negotiation with Dutch suppliers, so we need Dutch at C1 or higher. Your Dutch is currently at B1, so we will not continue the process.')).toEqual(['skills_gap']);
  });

  it('does not read "the course is taught in English at B2 level" in an invitation as a reason', () => {
    const r = read('Hi Ottilie,\n\nWe would like to invite you to an interview next Tuesday at 10am. The induction course is taught in English at B2 level, so please bring any certificates you have.\n\nBest,\nMarguerite');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('a credential missing from the papers', () => {
  it('reads "this post requires a valid forklift licence … you currently hold a counterbalance ticket only" as a skills gap', () => {
    expect(reasons('Thank you for applying. This post requires a valid reach-truck licence. Based on your application, you currently hold a counterbalance ticket, so we are unable to move forward with your application.')).toEqual(['skills_gap']);
  });

  it('reads a lapsed certificate set before the rule as a skills gap', () => {
    expect(reasons('Thank you for the phone screen. You let us know that your paediatric first aid certificate lapsed in the spring. This certificate must be current at the time of hire, so we are not able to move forward with your application.')).toEqual(['skills_gap']);
  });

  it('reads "your statement did not provide evidence of experience of managing grant budgets" as a skills gap', () => {
    expect(reasons('Thank you for applying. You have not been shortlisted. The panel noted that your statement did not provide evidence against criterion 2, experience of managing research grant budgets.')).toEqual(['skills_gap']);
  });

  it('reads "does not meet the essential criteria: a current CSCS card" as a skills gap, not a mismatch', () => {
    expect(reasons('Your application does not meet the essential criteria: a current CSCS card. We are therefore unable to progress it.')).toEqual(['skills_gap']);
  });

  it('still reads "your application does not meet the essential criteria" alone as a profile mismatch', () => {
    expect(reasons('Your application does not meet the essential criteria for this post. We are therefore unable to progress it.')).toEqual(['profile_mismatch']);
  });

  it('reads "payroll software would be new territory for you" as a skills gap', () => {
    expect(reasons('Thank you for the interview. We have decided not to offer you the role. Running the payroll side would be new territory for you, and we need someone who can do it from the first week.')).toContain('skills_gap');
  });
});

describe('the task not done or not passed', () => {
  it('reads "you were not able to complete the fault-finding exercise" as the test\'s result beside the named gap', () => {
    expect(reasons('Thank you for attending the interview and practical test. We will not proceed with your application. The panel needed stronger knowledge of hydraulic systems in excavators, and in the practical you were not able to complete the fault-finding exercise in the time given.')).toEqual(['assessment', 'skills_gap']);
  });

  it('reads "the take-home didn\'t pass review" and "the evaluation was negative" after a task as the test\'s result', () => {
    expect(reasons('Thanks for the take-home. Unfortunately it didn\'t pass review so we will stop here.')).toEqual(['assessment']);
    expect(reasons('Thank you for doing the technical task. Unfortunately the evaluation of our engineers was negative, so we will not continue.')).toEqual(['assessment']);
  });

  it('reads "the presentation was the weakest part of your day" as the test\'s result', () => {
    expect(reasons('Thank you for attending the final stage. We will not be offering you the post. Your answers were strong, but the presentation was the weakest part of your day, and it carried the most weight.')).toEqual(['assessment']);
  });

  it('does not read "the interview was the weakest part" as a test', () => {
    expect(reasons('Thank you for attending the final stage. We will not be offering you the post. We went with another candidate whose experience was closer to the role.')).not.toContain('assessment');
  });
});

describe('overqualified in other words', () => {
  it('reads "the post would not make use of your experience" as overqualified', () => {
    expect(reasons('Thank you for applying for the Teaching Assistant post. With ten years as a head of year behind you, we feel the post would not make use of your experience, so we have decided not to shortlist you.')).toEqual(['overqualified']);
  });

  it('reads "your experience is much more than this position need" as overqualified beside pay', () => {
    expect(reasons('Thank you for the call. Honestly we think your experience is much more than this position need, and also the salary range is far below your current one. So we will not continue.')).toEqual(['overqualified', 'salary']);
  });
});

describe('a comparison that sums up, beside a named reason', () => {
  it('keeps "on balance, the others we saw matched more closely" beside the way of working', () => {
    expect(reasons('We have decided not to move forward. You told us you want to go deep on one part of the product, while this team is small enough that we all do everything. And on balance, the others we saw had a background that matched the role more closely.')).toEqual(['culture_fit', 'profile_mismatch']);
  });

  it('keeps "overall the panel felt their background was the closer match" beside the named gap', () => {
    expect(reasons('We will not be offering you the post. The role leads our ERP rollout, and the panel needed experience of leading a NetSuite implementation, which you have not yet done. Overall the panel felt their background was the closer match.')).toEqual(['profile_mismatch', 'skills_gap']);
  });

  it('still folds a comparison that is not a summary into the named gap', () => {
    expect(reasons('We will not be offering you the post. The panel needed experience of leading a NetSuite implementation, which you have not yet done, and the other finalist had a background that matched more closely.')).not.toContain('profile_mismatch');
  });
});

describe('funding news put off', () => {
  it('reads "we would hear about the funding in May and it has now slipped to July" as the role held', () => {
    const r = read(wrap('I promised you an answer after your final interview. The post depends on a contract we bid for. We were told we would hear about the funding in May, and it has now slipped to July. You have not been turned down; I will be in touch as soon as we know.'));
    expect(r.reasons).toEqual(['role_closed']);
  });
});

describe('the search closed as what follows from the filling', () => {
  it('reads "we have decided to fill it internally. That means we are closing the search" as the internal appointment alone', () => {
    expect(reasons('Thanks for applying. Someone already on the support team put their hand up for this role, and we have decided to fill it internally. That means we are closing the search and will not progress external applications.')).toEqual(['internal_candidate']);
  });

  it('reads "has now been filled. While this position is no longer available…" as a filled position alone', () => {
    expect(reasons('The position you applied for has now been filled. While this position is no longer available, we encourage you to look at our other openings.')).toEqual(['position_filled']);
  });

  it('still reads a freeze told after the filling as a second reason', () => {
    expect(reasons('The position you applied for has now been filled. We have also frozen all other hiring until the spring because of budget cuts.')).toEqual(['position_filled', 'role_closed']);
  });

  it('reads "Position filled." and "we are offering it to another applicant" as a filled position', () => {
    expect(read('Position filled. Thank you.\n\nSent from my phone').reasons).toEqual(['position_filled']);
    expect(reasons('Thank you for meeting us. We have thought hard about it and we are offering it to another applicant.')).toEqual(['position_filled']);
  });

  it('does not read "apologies for the time it has taken us to write" as a filled position', () => {
    expect(reasons('Thank you for your application for the above role, and apologies for the time it has taken us to write to you. We will not be taking your application further.')).toEqual(['generic']);
  });
});

describe('pay beyond what can be offered', () => {
  it('does not read "if the budget changes I will come back to you" as a closed role', () => {
    expect(reasons('Thanks for the call earlier. I will not be putting you forward for this one. If the budget changes I will come straight back to you.')).not.toContain('role_closed');
  });

  it('reads "the budget is fixed at £31,000 and we cannot stretch it that far" as salary', () => {
    expect(reasons('I am sorry to say we will not be making you an offer. You mentioned that you could not accept less than £36,000. The budget for the role is fixed at £31,000 this year, and we can\'t stretch it that far.')).toEqual(['salary']);
  });
});

describe('the handed-in work judged', () => {
  it('reads "the team didn\'t think the submission was strong enough" beside others closer to the brief as two reasons', () => {
    expect(reasons('Thanks for the portfolio task. On balance the team didn\'t think the submission was strong enough, and other applicants\' experience was closer to the brief, so we are not progressing.')).toEqual(['assessment', 'profile_mismatch']);
  });

  it('reads "the role also needs legal terminology and the passage had several errors" as the test and the named requirement', () => {
    expect(reasons('Thanks for doing the translation test. The general passage was fine, but the role also needs medical terminology and the clinical passage had several errors of term, so we will stop here.')).toEqual(['assessment', 'skills_gap']);
  });
});

describe('a requirement that is about where someone has lived', () => {
  it('reads "the role requires security clearance, which needs ten years\' residency in the UK" as location alone', () => {
    expect(reasons('Thank you for your application. Unfortunately this role requires UK security clearance, which needs ten years\' residency in the UK, so we can\'t take your application forward.')).toEqual(['location']);
  });

  it('still reads "the role requires a current forklift licence, which you do not hold" as a skills gap', () => {
    expect(reasons('Thank you for your application. Unfortunately this role requires a current forklift licence, which you do not hold, so we can\'t take your application forward.')).toEqual(['skills_gap']);
  });
});

describe('what the team is after, and where the candidate’s work has been', () => {
  it('reads "we are prioritising candidates who have run X, and your experience so far is in Y" as a skills gap', () => {
    expect(reasons('We have reviewed your application and will not be moving forward. We are prioritising candidates who have taken a wind farm through grid connection, and your experience so far is in small rooftop installs.')).toEqual(['skills_gap']);
  });

  it('reads "this team works in Kotlin all day, and your recent work is all React" as a skills gap', () => {
    expect(reasons('I read your CV this morning and I cannot put you through: this team works in Kotlin and Jetpack Compose all day, and your recent work is all React.')).toEqual(['skills_gap']);
  });

  it('does not read "we are prioritising candidates who applied early" with no word of the candidate as a skills gap', () => {
    expect(reasons('We have reviewed your application and will not be moving forward. We are prioritising candidates who applied in the first week.')).not.toContain('skills_gap');
  });
});
