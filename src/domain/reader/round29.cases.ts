/**
 * The rules of the twenty-ninth round (the reasons a rejection gives): a comparison with a hyphenated word before the
 * fit, a profile not found suitable, a requirement the candidate has never done, a share of the role and experience
 * that has mostly been elsewhere, what the hire will own, a requirement the candidate is without, others with a named
 * background the role rests on, a test not qualified, the hire not gone ahead with, a role that no longer exists,
 * working hours that barely overlap, a post open only to residents, the way the candidate communicates set against the
 * team's and an offer accepted by an internal candidate — each on messages written for this test (not taken from any
 * corpus part), beside a message in nearby words that must still read the other way. The rules alone (`null`) must
 * read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const wrap = (body: string): string => `Hello Morgan,\n\n${body}\n\nRegards,\nRecruitment Team`;

describe('profile_mismatch: a comparison with a hyphenated word before the fit', () => {
  it('reads "another applicant was a better all-round fit" as a profile mismatch', () => {
    expect(read(wrap('Thank you for applying for the Lab Technician post. We felt another applicant was a better all-round fit for the post, so we will not be progressing your application.')).reasons).toEqual(['profile_mismatch']);
  });

  it('still reads the same words about a future role as no reason', () => {
    expect(read(wrap('Thank you for applying for the Lab Technician post. We will not be progressing your application, but if another opening comes up that is a better all-round fit we will let you know.')).reasons).toEqual(['generic']);
  });
});

describe('profile_mismatch: a profile not found suitable', () => {
  it('reads "we did not find your profile suitable for this opening" as a profile mismatch', () => {
    expect(read(wrap('Thank you for your interest in the Junior Tester role. After the screening, we did not find your profile suitable for this opening, so it will not be taken forward.')).reasons).toEqual(['profile_mismatch']);
  });

  it('still reads a CV that could not be found as no reason', () => {
    expect(read(wrap('Thank you for your interest in the Junior Tester role. We did not find your CV attached before the closing date, so your application will not be taken forward.')).reasons).toEqual(['generic']);
  });
});

describe('skills_gap: a requirement, then the candidate never having done it', () => {
  it('reads "the team needs someone who has run X, which you haven\'t done yet" beside an office rule as a skills gap and location', () => {
    expect(read(wrap("Thanks for the interview. We won't be moving ahead: the team needs someone who has migrated a warehouse system to SAP EWM, which you haven't done yet, and the post is based in our Hamburg office four days a week, which you can't do from Porto.")).reasons.sort()).toEqual(['location', 'skills_gap']);
  });

  it('reads "this hire will own X, and you haven\'t run one before" as a skills gap', () => {
    expect(read(wrap("Thanks for the interview. It's a no from us: this hire will own our ISO 27001 certification from start to finish, and you haven't run one before.")).reasons).toEqual(['skills_gap']);
  });

  it('still reads a requirement to be on site that the candidate cannot meet as location', () => {
    expect(read(wrap("Thanks for the interview. We won't be moving ahead: the role needs someone on site in Leeds every day, which you haven't got the flexibility for.")).reasons).toEqual(['location']);
  });
});

describe('skills_gap: a share of the role and experience that has mostly been elsewhere', () => {
  it('reads "the job will be about 70% Rust, and your work has mostly been in Java" as a skills gap', () => {
    expect(read(wrap("Thanks for the call. The job will be about 70% Rust, and since your systems work has mostly been in Java we won't be taking this further.")).reasons).toEqual(['skills_gap']);
  });

  it('still reads the same experience with no share of the role as no skills gap', () => {
    expect(read(wrap("Thanks for the call. Your systems work has mostly been in Java, which we enjoyed hearing about, but we won't be taking this further.")).reasons).not.toContain('skills_gap');
  });
});

describe('skills_gap: what the role asks and nothing about it on the CV', () => {
  it('reads "most of the job is X and there\'s no mention of it on your CV" as a skills gap', () => {
    expect(read(wrap("Thanks for applying. Most of the job is payroll reconciliation in Sage, and there's no mention of it on your CV, so we won't be moving forward.")).reasons).toEqual(['skills_gap']);
  });

  it('still reads "no mention of it" about something else as no skills gap', () => {
    expect(read(wrap("Thanks for applying. You asked about parking, and there's no mention of it in the advert, sorry. We won't be moving forward with your application.")).reasons).toEqual(['generic']);
  });
});

describe('skills_gap: a requirement the candidate is without', () => {
  it('reads "without the three years of site management we need" as a skills gap', () => {
    expect(read(wrap("Thanks for the chat. Without the three years of site management we need for this post, I can't put you forward to the client.")).reasons).toEqual(['skills_gap']);
  });

  it('still reads "without delay" as no skills gap', () => {
    expect(read(wrap("Thanks for the chat. I wanted to let you know without delay that the client has chosen to go with other candidates.")).reasons).toEqual(['generic']);
  });
});

describe('skills_gap: others with a named background the role rests on', () => {
  it('reads "appointed a candidate with a background in X, which is central to" as a skills gap', () => {
    expect(read(wrap('Thank you for attending interview. The panel selected a candidate with a background in neonatal intensive care, which is central to this unit, and we are sorry to disappoint you.')).reasons).toEqual(['skills_gap']);
  });

  it('still reads a background in roles of this kind as no skills gap', () => {
    expect(read(wrap('Thank you for attending interview. The panel selected a candidate with a background in roles of this kind, which is important to us, and we are sorry to disappoint you.')).reasons).not.toContain('skills_gap');
  });
});

describe('assessment: a test not qualified', () => {
  it('reads "you have not qualified the aptitude test" as the test\'s result', () => {
    expect(read(wrap('Thank you for attempting the online aptitude test for Trainee Engineer. We regret that you have not qualified the aptitude test, hence your candidature will not be processed further.')).reasons).toEqual(['assessment']);
  });

  it('still reads "not qualified for the next round" as no test result', () => {
    expect(read(wrap('Thank you for applying for Trainee Engineer. We regret that you have not qualified for the next round, hence your candidature will not be processed further.')).reasons).not.toContain('assessment');
  });
});

describe('role_closed: the hire not gone ahead with, a role that no longer exists', () => {
  it('reads "the directors decided not to go ahead with the warehouse hire" as a closed role', () => {
    expect(read(wrap("Sorry to say the directors decided not to go ahead with the warehouse hire this quarter, so I'm closing this out.")).reasons).toEqual(['role_closed']);
  });

  it('still reads "decided not to go ahead with your application" as no closed role', () => {
    expect(read(wrap('Sorry to say the directors decided not to go ahead with your application for the warehouse role.')).reasons).not.toContain('role_closed');
  });

  it('reads "the role you applied for no longer exists" as a closed role', () => {
    expect(read(wrap('After the merger the Glasgow role you applied for no longer exists, so we are unable to take your application any further.')).reasons).toEqual(['role_closed']);
  });

  it('still reads a role that exists as no closed role', () => {
    expect(read(wrap('The Glasgow role you applied for still exists, but we have decided to progress other applicants.')).reasons).not.toContain('role_closed');
  });
});

describe('location: working hours that barely overlap', () => {
  it('reads "the overlap with our Pacific-time hours would be too small" as location', () => {
    expect(read(wrap("Thanks for your time. The team keeps Pacific time hours, and the overlap with Lagos would be too small for daily stand-ups, so we won't continue.")).reasons).toEqual(['location']);
  });

  it('still reads an overlap between skills as no location', () => {
    expect(read(wrap("Thanks for your time. The overlap between your skills and our roadmap was smaller than we hoped for, so we won't continue.")).reasons).not.toContain('location');
  });
});

describe('location: a post open only to residents', () => {
  it('reads "open only to residents of the county" as location', () => {
    expect(read(wrap('Thank you for applying. This traineeship is open only to residents of the county, so we cannot consider your application.')).reasons).toEqual(['location']);
  });

  it('still reads work with residents as no location', () => {
    expect(read(wrap('Thank you for applying. This role supports residents of our care homes with daily activities, and we have decided to progress other applicants.')).reasons).not.toContain('location');
  });
});

describe('culture_fit: the way the candidate communicates set against the team\'s', () => {
  it('reads "the way you like to communicate would clash with how the team runs" as culture fit', () => {
    expect(read(wrap('Thanks for meeting us. The panel felt the way you like to communicate, mostly by long written updates, would clash with how our kitchen team runs on the pass, so we are not offering the role.')).reasons).toEqual(['culture_fit']);
  });

  it('still reads a named gap the panel noticed as a skills gap', () => {
    expect(read(wrap('Thanks for meeting us. The panel felt your examples of menu costing were mostly from small cafés, so we are not offering the role.')).reasons).toEqual(['skills_gap']);
  });
});

describe('position_filled: an offer accepted by an internal candidate', () => {
  it('reads "filled by a current employee who has accepted our offer" as filled and internal', () => {
    expect(read(wrap('Thank you for your interview. The post has now been filled by a current employee who has accepted our offer.')).reasons.sort()).toEqual(['internal_candidate', 'position_filled']);
  });

  it('still reads a post filled by a current employee alone as internal only', () => {
    expect(read(wrap('Thank you for your interview. The post has now been filled by a current employee.')).reasons).toEqual(['internal_candidate']);
  });
});

describe('skills_gap: others with a named credential the post rests on', () => {
  it('reads "we appointed someone with a forensic accounting qualification, which is key for the post" as a skills gap and a filled post', () => {
    expect(read(wrap('Thank you for your interview. We appointed someone with a forensic accounting qualification, which is key for the post.')).reasons.sort()).toEqual(['position_filled', 'skills_gap']);
  });

  it('still reads someone with a relevant qualification as no skills gap', () => {
    expect(read(wrap('Thank you for your interview. We appointed someone with a relevant qualification, which is key for the post.')).reasons).not.toContain('skills_gap');
  });
});

describe('internal_candidate: the role offered to someone already there', () => {
  it('reads "we have decided to offer the role to an existing member of the team" as an internal candidate', () => {
    expect(read(wrap('Thank you for your interview for the Supervisor role. We have decided to offer the role to an existing member of the team.')).reasons).toEqual(['internal_candidate']);
  });

  it('still reads the role offered to another applicant as no internal candidate', () => {
    expect(read(wrap('Thank you for your interview for the Supervisor role. We have decided to offer the role to another applicant.')).reasons).not.toContain('internal_candidate');
  });
});

describe('position_filled: the chosen candidate has accepted and will start', () => {
  it('reads "the successful candidate has accepted and will start in May" as a filled post', () => {
    expect(read(wrap('Thank you for your interview for the Supervisor role. The successful candidate has accepted and will start in May, so we are closing the process.')).reasons).toEqual(['position_filled']);
  });

  it('still reads the candidate\'s own acceptance of an interview as no filled post', () => {
    expect(read(wrap('Thank you for accepting the interview slot for the Supervisor role and we will see you on Tuesday.')).reasons).not.toContain('position_filled');
  });
});

describe('assessment: a quiz below the benchmark', () => {
  it('reads "your answers in the technical quiz were below our benchmark" as the test\'s result', () => {
    expect(read(wrap('Thank you for your interview with the team last week. Your answers in the technical quiz were below our benchmark, so we will not proceed with your application.')).reasons).toEqual(['assessment']);
  });

  it('still reads a quiz night as no test result', () => {
    expect(read(wrap('Thank you for applying. We will not proceed with your application, but you are very welcome at the quiz night on Friday.')).reasons).toEqual(['generic']);
  });
});

describe('profile_mismatch: more relevant experience in the pool names no requirement', () => {
  it('reads "there were candidates with more relevant experience in the applicant pool" as a profile mismatch', () => {
    expect(read(wrap('Thank you for applying for the Buyer role. There were candidates with more relevant experience in the applicant pool, so we will not be progressing your application.')).reasons).toEqual(['profile_mismatch']);
  });

  it('still reads more experience in a named domain as a skills gap', () => {
    expect(read(wrap('Thank you for applying for the Buyer role. There were candidates with more experience in fresh produce sourcing, so we will not be progressing your application.')).reasons).toEqual(['skills_gap']);
  });
});

describe('profile_mismatch: an application not as strong as those chosen', () => {
  it('reads "your application was good, but not as strong as those we have shortlisted" as a profile mismatch', () => {
    expect(read(wrap('Thank you for applying for the Buyer role. Your application was good, but not as strong as those we have shortlisted, so we will not be inviting you to interview.')).reasons).toEqual(['profile_mismatch']);
  });

  it('still reads a coffee not as strong as the others as no reason', () => {
    expect(read(wrap('Thank you for applying for the Buyer role. We will not be inviting you to interview. On a lighter note, the new office coffee is not as strong as the old one.')).reasons).toEqual(['generic']);
  });
});

describe('skills_gap: the role\'s need for a named thing, and the decision', () => {
  it('reads "given the requirement to hold a gas safe registration, we cannot shortlist you" as a skills gap', () => {
    expect(read(wrap('Thank you for applying for the Heating Engineer role. Given the requirement to hold Gas Safe registration on day one, we cannot shortlist you.')).reasons).toEqual(['skills_gap']);
  });

  it('still reads the need for someone who can start at once as no skills gap', () => {
    expect(read(wrap('Thank you for applying for the Heating Engineer role. Given the need to start before the winter rush, we cannot shortlist you as your notice period is three months.')).reasons).not.toContain('skills_gap');
  });
});

describe('skills_gap: applicants with a background in a named thing prioritised', () => {
  it('reads "we decided to prioritise applicants with a background in clinical coding" as a skills gap', () => {
    expect(read(wrap('Thank you for applying for the Records Officer role. We decided to prioritise applicants with a background in clinical coding, so we will not be taking yours forward.')).reasons).toEqual(['skills_gap']);
  });

  it('still reads applicants with a background in similar roles as no skills gap', () => {
    expect(read(wrap('Thank you for applying for the Records Officer role. We decided to prioritise applicants with a background in similar roles, so we will not be taking yours forward.')).reasons).not.toContain('skills_gap');
  });
});

describe('profile_mismatch: second-language wordings of a profile that does not suit', () => {
  it('reads "your candidature is not found suitable for the position" as a profile mismatch', () => {
    expect(read(wrap('After the technical discussion, your candidature is not found suitable for the position of Site Engineer and we will not proceed further.')).reasons).toEqual(['profile_mismatch']);
  });

  it('reads "your profile is not so much adapted to this role, so we stop the process" as a profile mismatch, not a closed role', () => {
    expect(read(wrap('We think your profile is not so much adapted to this role of Site Engineer, so we stop the process.')).reasons).toEqual(['profile_mismatch']);
  });

  it('still reads the company stopping the process for everyone as a closed role', () => {
    expect(read(wrap('The Site Engineer project has lost its funding, so we stop the process for all applicants.')).reasons).toEqual(['role_closed']);
  });
});

describe('profile_mismatch: a profile more in tune with the role', () => {
  it('reads "the successful candidate had a background more in tune with the role" as a profile mismatch', () => {
    expect(read(wrap('Thank you for interviewing. The successful candidate had a background more in tune with the role, so we will not be offering you the post.')).reasons).toEqual(['profile_mismatch']);
  });

  it('still reads a choir singing in tune as no reason', () => {
    expect(read(wrap('Thank you for interviewing. We will not be offering you the post; the office choir, for what it is worth, was in tune at last.')).reasons).toEqual(['generic']);
  });
});

describe('skills_gap: what the role involves, and the candidate\'s work mostly otherwise', () => {
  it('reads "the role involves a lot of Ansible and your infrastructure work so far has been mostly manual" as a skills gap', () => {
    expect(read(wrap("We won't continue, largely because the role involves a lot of hands-on Ansible and your infrastructure work so far has been mostly manual.")).reasons).toEqual(['skills_gap']);
  });

  it('still reads the candidate\'s work praised beside the role as no skills gap', () => {
    expect(read(wrap("We won't continue. The role involves a lot of hands-on Ansible, and your infrastructure work so far has been excellent to hear about.")).reasons).not.toContain('skills_gap');
  });
});

describe('skills_gap: what the client was keen on, which the candidate does not have', () => {
  it('reads "the client was keen on someone from a Magic Circle firm, which you do not have" as a skills gap', () => {
    expect(read(wrap('The client was keen on someone who trained at a Magic Circle firm, which you do not have on your CV, so I will not be submitting you.')).reasons).toEqual(['skills_gap']);
  });

  it('still reads the client keen on someone local, which the candidate is not, as location', () => {
    expect(read(wrap('The client was keen on someone based in Cardiff, which you do not have the option of being, so I will not be submitting you.')).reasons).toEqual(['location']);
  });
});

describe('profile_mismatch: a tighter match, closer to what they need, the closest to our needs', () => {
  it('reads "someone whose experience is a tighter match for where we are" as a profile mismatch', () => {
    expect(read(wrap("We've decided to go with someone whose experience is a tighter match for where we are as a company.")).reasons).toEqual(['profile_mismatch']);
  });

  it('reads "they feel other applicants are closer to what they need" as a profile mismatch', () => {
    expect(read(wrap("I passed your CV to the partners and they feel other applicants are closer to what they need, so we won't be moving you forward.")).reasons).toEqual(['profile_mismatch']);
  });

  it('reads "candidates whose applications are the closest to our needs" as a profile mismatch', () => {
    expect(read(wrap('We have decided to pursue candidates whose applications we judge to be the closest to our needs, and will not move yours forward.')).reasons).toEqual(['profile_mismatch']);
  });

  it('still reads a deadline closer to the holidays as no reason', () => {
    expect(read(wrap("We won't be moving you forward. The next round of hiring will be closer to the summer.")).reasons).toEqual(['generic']);
  });
});

describe('skills_gap: others who had done more of what the role is', () => {
  it('reads "most of this role is X, and the others had done far more of it than you have" as a skills gap', () => {
    expect(read(wrap("We won't be moving forward. Most of this role is running tenders for councils, and the others we met had done far more of that than you have.")).reasons).toEqual(['skills_gap']);
  });

  it('still reads others with more interviews than the candidate as no skills gap', () => {
    expect(read(wrap("We won't be moving forward. We simply met more people this week than you might expect.")).reasons).toEqual(['generic']);
  });
});

describe('skills_gap: another candidate\'s named background, and a bit more of a named thing', () => {
  it('reads "another candidate\'s background in insurance claims was better suited" as a skills gap', () => {
    expect(read(wrap("We've decided not to offer you the post. The panel felt another candidate's background in insurance claims was better suited to the year ahead.")).reasons).toEqual(['skills_gap']);
  });

  it('still reads another candidate\'s background as a whole as a profile mismatch', () => {
    expect(read(wrap("We've decided not to offer you the post. The panel felt another candidate's background was better suited to the year ahead.")).reasons).toEqual(['profile_mismatch']);
  });

  it('reads "someone with a bit more barista experience" as a skills gap', () => {
    expect(read(wrap("Thanks for the trial shift. We've given the job to someone with a bit more barista experience, sorry.")).reasons).toEqual(['skills_gap']);
  });

  it('still reads "someone with a bit more experience" as a profile mismatch', () => {
    expect(read(wrap("Thanks for the trial shift. We've given the job to someone with a bit more experience, sorry.")).reasons).not.toContain('skills_gap');
  });
});

describe('skills_gap: a minimum condition of a named credential not fulfilled', () => {
  it('reads "you do not fulfil the minimum condition of a master\'s degree" as a skills gap', () => {
    expect(read(wrap("We regret that you do not fulfil the minimum condition of a master's degree in public health, and hence your application is not considered.")).reasons).toEqual(['skills_gap']);
  });

  it('still reads an unmet condition of residence as no skills gap', () => {
    expect(read(wrap('We regret that you do not fulfil the minimum condition of three years of residence in the state, and hence your application is not considered.')).reasons).not.toContain('skills_gap');
  });
});

describe('role_closed: senior hiring frozen, hiring not gone ahead with, appointments deferred', () => {
  it('reads "the trustees have frozen senior hiring" as a closed role', () => {
    expect(read(wrap('The trustees have frozen senior hiring until the spring, so we are unable to take your application for the Director post further.')).reasons).toEqual(['role_closed']);
  });

  it('reads "we have decided not to go ahead with hiring for this role" as a closed role', () => {
    expect(read(wrap("Thanks for applying for the Porter job. We've decided not to go ahead with hiring for this role after all, so we can't take your application further.")).reasons).toEqual(['role_closed']);
  });

  it('reads "the board has deferred all senior appointments" on hold as a closed role', () => {
    const r = read(wrap('Thank you for your patience after the final panel. The board has deferred all senior appointments until the merger completes; you remain one of our preferred candidates and we will be in touch as soon as we can resume.'));
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('still reads a deferred interview as no closed role', () => {
    expect(read(wrap('We have had to postpone your interview to next Thursday; the panel have decided not to progress two other applicants.')).reasons).not.toContain('role_closed');
  });
});

describe('position_filled: someone taken on, the season\'s hiring finished', () => {
  it('reads "we have already taken someone on, so the job is gone" as a filled post', () => {
    expect(read(wrap("Thanks for asking about the pot wash job. We've already taken someone on, so the job is gone now, sorry.")).reasons).toEqual(['position_filled']);
  });

  it('reads "the branch has now finished its Christmas hiring" as a filled post', () => {
    expect(read(wrap("Thanks for applying to the Leeds branch. The branch has now finished its Christmas hiring, so there aren't any shifts left to offer you.")).reasons).toEqual(['position_filled']);
  });

  it('still reads "while we completed our hiring" as no filled post', () => {
    expect(read(wrap('Thank you for waiting while we completed our hiring checks on all applicants. We have decided not to offer you the role.')).reasons).not.toContain('position_filled');
  });
});

describe('culture_fit: more structure than the team can give', () => {
  it('reads "you\'d prefer more structure than a team our size can give" as culture fit', () => {
    expect(read(wrap("We won't be making an offer. We felt you'd prefer more structure than a team our size can give right now.")).reasons).toEqual(['culture_fit']);
  });

  it('still reads more structure in the answers as no culture fit', () => {
    expect(read(wrap("We won't be making an offer. We would have liked more structure in your answers than we heard.")).reasons).not.toContain('culture_fit');
  });
});

describe('position_filled: an applicant who accepted the offer, beside who they are', () => {
  it('reads "the role has been filled; an internal applicant accepted our offer" as filled and internal', () => {
    expect(read(wrap('Thank you for your interview. The role has now been filled; an internal applicant accepted our offer last week.')).reasons.sort()).toEqual(['internal_candidate', 'position_filled']);
  });

  it('still reads an applicant who accepted an interview as no filled post', () => {
    expect(read(wrap('Thank you for your interest. Every shortlisted applicant accepted an interview slot, and we have decided not to progress your application.')).reasons).not.toContain('position_filled');
  });
});

describe('salary: a budget that will not stretch to the candidate\'s figure', () => {
  it('reads "the budget would not stretch to your expected rate" beside a visa as location and salary', () => {
    expect(read(wrap('We cannot sponsor a visa for this role, and the budget would not stretch to your expected day rate either.')).reasons.sort()).toEqual(['location', 'salary']);
  });

  it('still reads a training budget that will not stretch as no salary reason', () => {
    expect(read(wrap('We have decided not to progress your application; our training budget would not stretch to a second course this year anyway.')).reasons).not.toContain('salary');
  });
});

describe('profile_mismatch beside culture_fit: a comparison in its own clause', () => {
  it('reads "other candidates were a closer fit for the role, and we had doubts about the team culture" as both', () => {
    expect(read(wrap('We felt other candidates were a closer fit for the role, and we also had doubts about how you would fit with our team culture.')).reasons.sort()).toEqual(['culture_fit', 'profile_mismatch']);
  });

  it('still reads doubts about the culture alone as culture fit only', () => {
    expect(read(wrap('We have decided not to offer you the role, as we had doubts about how you would fit with our team culture.')).reasons).toEqual(['culture_fit']);
  });
});

describe('culture_fit: a team described with a comma, and team fit named', () => {
  it('reads "we are a scrappy, do-it-yourself team and were not sure that would suit you" as culture fit', () => {
    expect(read(wrap("We are a scrappy, do-it-yourself team and we weren't sure that would suit you, so we will not proceed.")).reasons).toEqual(['culture_fit']);
  });

  it('reads "it came down to team fit rather than ability" as culture fit', () => {
    expect(read(wrap('It came down to team fit rather than ability, and we will not be offering you the role.')).reasons).toEqual(['culture_fit']);
  });

  it('still reads a chemistry degree that was needed as no culture fit', () => {
    expect(read(wrap('The post needs a chemistry degree, which you do not hold, so we will not be offering you the role.')).reasons).not.toContain('culture_fit');
  });
});

describe('location: an office the candidate cannot work from, hiring only in named regions', () => {
  it('reads "as you are not able to work from our Leeds office three days a week" as location', () => {
    expect(read(wrap('As you are not able to work from our Leeds office three days a week, we will not be proceeding.')).reasons).toEqual(['location']);
  });

  it('still reads a candidate unable to come to the office for the interview as no location', () => {
    expect(read(wrap('As you were not able to come to our Leeds office for the interview on either date, we will not be proceeding.')).reasons).not.toContain('location');
  });

  it('reads "we are only hiring within the EU at the moment" as location', () => {
    expect(read(wrap('We are only hiring within the EU at the moment, so we cannot move forward with your application from Brazil.')).reasons).toEqual(['location']);
  });

  it('still reads "we are only hiring in engineering" as no location', () => {
    expect(read(wrap('We are only hiring in engineering at the moment, so we cannot move forward with your marketing application.')).reasons).not.toContain('location');
  });
});

describe('assessment: not among the top scorers', () => {
  it('reads "you were not among the top scorers" after a test as the test\'s result', () => {
    expect(read(wrap('Thanks for sitting the numeracy test last week. You were not among the top scorers, so we will not invite you to interview.')).reasons).toEqual(['assessment']);
  });

  it('still reads the top scorers named without the candidate as no test result', () => {
    expect(read(wrap('Thanks for applying. We will not invite you to interview; the club is proud that our top scorers this season came through the youth team.')).reasons).not.toContain('assessment');
  });
});

describe('skills_gap: a credential the role is requiring, or one not yet completed', () => {
  it('reads "with the post requiring a Category C+E licence, and yours being Category C" as a skills gap', () => {
    expect(read(wrap('With the post requiring a Category C+E licence, and yours being Category C, we cannot take things further.')).reasons).toEqual(['skills_gap']);
  });

  it('reads "since you have not yet completed your AAT Level 4" as a skills gap', () => {
    expect(read(wrap('Since you have not yet completed your AAT Level 4, we are unable to consider you for the Assistant Accountant role.')).reasons).toEqual(['skills_gap']);
  });

  it('still reads a qualification to be completed once in post as no skills gap', () => {
    expect(read(wrap('We will not be offering you the role. For future reference, the diploma is funded once you have completed your probation.')).reasons).not.toContain('skills_gap');
  });
});

describe('skills_gap: the role\'s share or the new hire\'s task, and the candidate\'s side elsewhere', () => {
  it('reads "the role is 60% Terraform, which you have only touched briefly" as a skills gap', () => {
    expect(read(wrap('Given that the role is 60% Terraform, which you have only touched briefly, we have decided not to proceed.')).reasons).toEqual(['skills_gap']);
  });

  it('reads "the new hire will run the Magento upgrade, and your experience is on Shopify" as a skills gap', () => {
    expect(read(wrap('Because the new hire will run the Magento 2 upgrade, and your e-commerce experience is on Shopify, we will not move forward.')).reasons).toEqual(['skills_gap']);
  });

  it('still reads the candidate\'s experience described with no requirement of the role as no skills gap', () => {
    expect(read(wrap('We will not move forward this time. Your e-commerce experience is on Shopify, which the team enjoyed hearing about.')).reasons).not.toContain('skills_gap');
  });
});

describe('a candidate further ahead', () => {
  it('reads "a candidate who was further ahead in terms of experience" as a profile mismatch', () => {
    expect(read(wrap('Thank you for your interviews. In the end we decided in favour of a candidate who was further ahead in terms of experience.')).reasons).toEqual(['profile_mismatch']);
  });

  it('still reads "we are further ahead in the process" with no comparison as generic', () => {
    expect(read(wrap('We are now further ahead in the process and, unfortunately, we will not be progressing your application.')).reasons).toEqual(['generic']);
  });
});

describe('a budget named in a task is no salary', () => {
  it('reads "your answers did not cover the budget question" as a test result, not salary', () => {
    expect(read(wrap("Thank you for the case exercise. Your answers didn't cover the budget question, so we've decided not to continue.")).reasons).toEqual(['assessment']);
  });

  it('still reads an ask over the budget as salary', () => {
    expect(read(wrap('Your expected package is over the budget for this role, so we will not be taking your application further.')).reasons).toEqual(['salary']);
  });
});
