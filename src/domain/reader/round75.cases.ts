/**
 * Start-ups writing to students and data / quantitative roles after tests: the people sought beside the candidate's side,
 * a test's faults beside what the role needs, exercises inside interviews, hires made and programmes cancelled, doors and
 * offers of feedback in plain start-up words. Messages written for this test (not taken from any corpus part), each beside a
 * message in nearby words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('a named requirement told as the people sought, and the candidate\'s side', () => {
  it('reads "we are only considering students enrolled in a master\'s. As you are in your second year of undergrad, we won\'t…" as skills_gap', () => {
    const r = read('Hi Tom,\n\nThanks for applying to the Robotics Research Intern role at Ironleaf. This summer we are only considering students enrolled in a master\'s programme in controls. As you are in the second year of your undergraduate degree, we won\'t be able to take your application further.\n\nBest,\nIronleaf Talent', 'Ironleaf internship');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['skills_gap']);
    expect(r.feedback).toBe(true);
  });

  it('does not read the people sought beside a decline that gives no side of the candidate as skills_gap', () => {
    const r = read('Hi Tom,\n\nThanks for applying to the Robotics Research Intern role at Ironleaf. This summer we are only considering students enrolled in a master\'s programme in controls. We had many applications and we won\'t be able to take yours further.\n\nBest,\nIronleaf Talent', 'Ironleaf internship');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads "we need someone who can start with solid experience in X. That isn\'t visible in your application, so…" as skills_gap', () => {
    const r = read('Dear Leo,\n\nThank you for applying for the Survey Statistician role. We need someone who can start with solid experience in small-area estimation and in R-INLA. That isn\'t visible in your application, so we will not be taking it forward.\n\nRegards,\nMeridian Surveys', 'Survey Statistician');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('does not read "we need someone who can start in June" and an unavailable candidate as skills_gap', () => {
    const r = read('Dear Leo,\n\nThank you for applying for the Survey Statistician role. We need someone who can start in early June. As you are not available until September, we will not be taking your application forward.\n\nRegards,\nMeridian Surveys', 'Survey Statistician');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads "your application shows two exams passed, so we are unable to…" after a rule of the role as skills_gap', () => {
    const r = read('Dear Applicant,\n\nCandidates for the Pricing Analyst post must have passed at least four actuarial exams. Your application shows two exams passed, so we are unable to progress it.\n\nResourcing Team', 'Pricing Analyst');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('reads the people sought and "; as your thesis is not yet submitted, we are unable to…" in one sentence as skills_gap', () => {
    const r = read('Dear Ana,\n\nThank you for applying for the Research Associate post. The panel was looking for candidates who had already been awarded a doctorate in epidemiology; as your thesis is not yet submitted, we are unable to shortlist you.\n\nWith best wishes,\nSchool of Public Health', 'Research Associate');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('does not read a residence rule told the same way as skills_gap', () => {
    const r = read('Dear Ana,\n\nThis post is only open to candidates who already live within the borough. As your home address is outside the borough, we are unable to consider your application.\n\nStaffing', 'Library Assistant');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads "this internship needs someone who already writes Rust, and your projects are mostly in JavaScript" as skills_gap', () => {
    const r = read('Hi Sam,\n\nThanks for applying. This internship needs someone who already writes Rust for embedded targets, and from your résumé your projects are mostly in JavaScript. For that reason we won\'t be moving forward.\n\nBest,\nTalent @ Corvid Labs', 'Corvid Labs');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('reads "the team works almost entirely in Elixir, and you haven\'t had the chance to use it" as skills_gap', () => {
    const r = read('Hi Maya,\n\nThanks for the call on Tuesday. The team works almost entirely in Elixir and Phoenix, and it sounded like you haven\'t had the chance to use either yet, so I\'m going to close things out here.\n\nGood luck,\nDev, Founder', 'Brightloop');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('screen');
    expect(r.reasons).toEqual(['skills_gap']);
  });
});

describe('a profile set elsewhere, without a requirement named', () => {
  it('reads "looking for someone with a rather different background" as profile_mismatch', () => {
    const r = read('Hi Jo,\n\nThanks for applying to Fieldnote. At this stage we\'re looking for someone with a rather different background, so we won\'t be taking things further.\n\nBest,\nFieldnote', 'Fieldnote');
    expect(r.reasons).toEqual(['profile_mismatch']);
  });

  it('reads "your experience points in a different direction from what the role calls for" as profile_mismatch', () => {
    const r = read('Hi Jo,\n\nHaving looked at your application, we feel your experience points in a different direction from what this role calls for, so we won\'t be moving forward.\n\nFieldnote Talent', 'Fieldnote');
    expect(r.reasons).toEqual(['profile_mismatch']);
  });

  it('reads "others overlap with the team, and yours sits a little further away" as profile_mismatch', () => {
    const r = read('Hey Jo,\n\nWe have applicants whose background overlaps closely with what the team builds, and yours, while interesting, sits a little further away. So it is a no for this one.\n\nFieldnote', 'Fieldnote');
    expect(r.reasons).toEqual(['profile_mismatch']);
  });

  it('does not read "our data roles may be a better fit" as a reason beside a named requirement', () => {
    const r = read('Dear Kim,\n\nThe team is looking for someone with strong Go and experience with distributed queues. Your background is mostly in Python and SQL, so we\'ve decided not to progress. Our data engineering roles may be a better fit in the meantime.\n\nRecruitment', 'Backend Engineer');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('does not read "experience of the kind of problems the team works on" as a named requirement', () => {
    const r = read('Hi Ola,\n\nThank you for the forecasting assignment. We received submissions from candidates with more direct experience of the kind of problems the team works on, and on balance we have chosen to continue with them.\n\nTalent, Quillstat', 'Assignment outcome');
    expect(r.reasons).toEqual(['profile_mismatch']);
    expect(r.feedback).toBe(false);
  });

  it('still reads "more direct experience of demand forecasting" as a named requirement', () => {
    const r = read('Hi Ola,\n\nThank you for the forecasting assignment. We received submissions from candidates with more direct experience of demand forecasting for retail, and on balance we have chosen to continue with them.\n\nTalent, Quillstat', 'Assignment outcome');
    expect(r.reasons).toContain('skills_gap');
  });
});

describe('a comparison with the chosen one beside a singled-out gap', () => {
  it('reads "we chose a candidate with more directly relevant experience. The main gap was…" as both reasons', () => {
    const r = read('Hi Ravi,\n\nThank you for interviewing for the Search Engineer role.\n\nIn the end we chose a candidate with more directly relevant experience. The main gap the panel noted was production experience with Elasticsearch relevance tuning, which this team relies on heavily.\n\nBest,\nRecruiting', 'Search Engineer');
    expect(r.reasons).toEqual(expect.arrayContaining(['profile_mismatch', 'skills_gap']));
  });

  it('reads "other applicants brought more relevant experience. In particular we were looking for…" as both reasons', () => {
    const r = read('Dear Hana,\n\nThank you for applying. We had a strong field, and other applicants brought more directly relevant experience. In particular we were looking for at least four years of credit-risk modelling, and your CV shows around one.\n\nRegards,\nRecruitment', 'Credit Risk Modeller');
    expect(r.reasons).toEqual(expect.arrayContaining(['profile_mismatch', 'skills_gap']));
  });
});

describe('a test\'s result beside what the role needs', () => {
  it('reads a take-home faulted in its parts and "the role needs someone fluent in…" as assessment and skills_gap', () => {
    const r = read('Hi Noor,\n\nThanks for the analytics take-home. You handled the cleaning well, but the cohort analysis was left incomplete and the charts did not label their axes. The role needs someone who is fluent in cohort and funnel analysis from day one, so we won\'t move forward.\n\nBest,\nData Lead, Tallyhop', 'Take-home');
    expect(r.stage).toBe('assessment');
    expect(r.reasons).toEqual(expect.arrayContaining(['assessment', 'skills_gap']));
  });

  it('does not add a test\'s result when the only fault named is the requirement itself', () => {
    const r = read('Hi Noor,\n\nThanks for the analytics take-home. The role needs someone who is fluent in cohort and funnel analysis from day one, and we did not see that fluency, so we won\'t move forward.\n\nBest,\nData Lead, Tallyhop', 'Take-home');
    expect(r.reasons).not.toContain('assessment');
  });

  it('reads a requirement of a solid grasp of a method, faulted in the submission, as skills_gap beside the test', () => {
    const r = read('Dear Priya,\n\nThe team were looking for candidates with a solid grasp of survival analysis, and your submission fitted a plain logistic model instead, so it fell short of what we hoped to see from the exercise. We won\'t be continuing.\n\nRegards,\nData Science Manager', 'Assignment - feedback');
    expect(r.reasons).toEqual(expect.arrayContaining(['assessment', 'skills_gap']));
  });

  it('reads a pair-programming session faulted, pointed back at "a big part of how we work", as the test\'s result', () => {
    const r = read('Hi Dan,\n\nThank you for pairing with Ana on Thursday.\n\nIn the pair-programming session you got a working answer but didn\'t write any tests and struggled when the requirements changed. That\'s a big part of how we work, so we won\'t move ahead with you for the Platform Engineer role.\n\nThanks,\nEngineering Manager', 'Platform Engineer');
    expect(r.reasons).toEqual(['assessment']);
  });

  it('still reads a way of working given as the reason after an interview as culture_fit', () => {
    const r = read('Hi Dan,\n\nThank you for meeting the team on Thursday. We weren\'t sure how we work, with very little structure and lots of context-switching, would suit you, so we won\'t move ahead.\n\nThanks,\nEngineering Manager', 'Platform Engineer');
    expect(r.reasons).toContain('culture_fit');
  });

  it('reads a case interview below the standard, its parts named, as assessment with feedback', () => {
    const r = read('Hi Ines,\n\nThank you for the case interview on Monday. Your estimate was off by a factor of ten, and in the pricing questions you confused margin with markup. Together that meant the case fell below the standard we need.\n\nWe won\'t be progressing to the final round.\n\nConsulting Recruitment', 'Case interview');
    expect(r.stage).toBe('interview');
    expect(r.reasons).toEqual(['assessment']);
    expect(r.feedback).toBe(true);
  });

  it('does not read "p-values" as values', () => {
    const r = read('Dear Kiran,\n\nThanks for the onsite last week. We have decided not to extend an offer: the main concern was statistics depth, as you weren\'t comfortable explaining p-values or power, which the role uses daily.\n\nRecruiting', 'Data Scientist');
    expect(r.reasons).not.toContain('culture_fit');
  });

  it('reads a preference to work alone beside a team that works closely together as culture_fit', () => {
    const r = read('Dear Lea,\n\nThank you for the interviews. The team\'s reservation was in how you worked with others: you preferred to work through each question alone, and our research pods work very closely together. We have decided not to proceed.\n\nTalent', 'Quant Researcher');
    expect(r.reasons).toEqual(['culture_fit']);
  });
});

describe('roles filled or cancelled, and the decision told in start-up words', () => {
  it('reads "we\'ve just finished hiring for this position" as position_filled', () => {
    const r = read('Hi Kai,\n\nThanks for applying to the Android Intern role! We\'ve just finished hiring for this position, so it\'s now closed.\n\nMia', 'Android Intern');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['position_filled']);
  });

  it('does not read "once we\'ve finished hiring for this position" as position_filled', () => {
    const r = read('Hi Kai,\n\nThanks for applying to the Android Intern role! We\'re still interviewing, and once we\'ve finished hiring for this position we\'ll let everyone know.\n\nMia', 'Android Intern');
    expect(r.reasons).not.toContain('position_filled');
  });

  it('reads "we\'ve decided to cancel our summer internship programme" as role_closed', () => {
    const r = read('Hi Zoe,\n\nI\'m sorry to write with this. We\'ve decided to cancel our 2021 summer internship programme, which means we won\'t be moving forward with any intern applications, including yours.\n\nHead of People', 'Internship update');
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('reads a campaign withdrawn as a rejection for role_closed', () => {
    const r = read('Dear Mr Ade,\n\nThank you for applying for the Data Officer post. This campaign has been withdrawn following a review of the budget. No appointments will be made.\n\nRecruitment Services', 'Campaign withdrawn');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('reads an appointment waiting on a grant renewal not yet confirmed as role_closed', () => {
    const r = read('Dear Dr. Ali,\n\nThank you for your interview. The appointment depends on a grant renewal that the funder has not yet confirmed. Until then we cannot appoint, but your application remains under consideration and we are not declining it.\n\nPrincipal Investigator', 'Postdoc - timing');
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('reads "your candidacy is on hold, not closed" beside a budget pause as on_hold', () => {
    const r = read('Hi Sara,\n\nAn update after the onsite: this week the company paused all new offers while the budget is finalised.\n\nThis isn\'t a no. Your candidacy is on hold, not closed, and I expect to know more in January.\n\nRecruiter', 'Update');
    expect(r.kind).toBe('on_hold');
  });

  it('reads "we weren\'t able to find a spot for you this round" as a rejection', () => {
    const r = read('Hey Jay!\n\nThanks for applying to be a Design Intern. We got way more applications than expected and we weren\'t able to find a spot for you this round.\n\nTake care,\nThe crew', 'Design Intern');
    expect(r.kind).toBe('rejection');
  });

  it('does not read "we weren\'t able to find a slot for you on Tuesday" as a rejection', () => {
    const r = read('Hey Jay!\n\nThanks for booking. We weren\'t able to find a spot for you on Tuesday, could you do Thursday at 3pm instead?\n\nThe crew', 'Design Intern - interview time');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "we\'re moving ahead with a smaller group" after a test as a rejection at the assessment stage', () => {
    const r = read('Hey Ellis,\n\nThanks for taking our HackerRank test for the Data Intern role. We had lots of strong submissions and we\'re moving ahead with a smaller group.\n\nRecruiting', 'Data Intern');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('does not read "we\'re moving ahead with a smaller group, and you\'re among them" as a rejection', () => {
    const r = read('Hey Ellis,\n\nThanks for taking our HackerRank test for the Data Intern role. We\'re moving ahead with a smaller group, and you\'re among them! Expect a calendar link soon.\n\nRecruiting', 'Data Intern');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads the challenge\'s submissions reviewed as the assessment stage', () => {
    const r = read('Hi Sean,\n\nThanks for your patience while we reviewed the coding challenge submissions. We\'ve decided to move forward with other candidates.\n\nMara', 'Update');
    expect(r.stage).toBe('assessment');
  });

  it('reads a video call "with me and Sam" as an interview', () => {
    const r = read('Hi Layla, thanks again for the video call on Monday with me and Sam. We\'ve decided not to move forward with your application. — Tariq', 'Bazaarly');
    expect(r.stage).toBe('interview');
  });

  it('reads a call "with me" alone as a screen', () => {
    const r = read('Hi Layla, thanks again for the video call with me on Monday. We\'ve decided not to move forward with your application. — Tariq', 'Bazaarly');
    expect(r.stage).toBe('screen');
  });

  it('reads the candidate\'s own need for remote given as the cause as location', () => {
    const r = read('Hi Noah - turns out this one is fully in the office. You said on our call you\'d need remote, so I\'ll close it out for now.', 'Re: our call');
    expect(r.reasons).toContain('location');
  });
});

describe('doors and offers of feedback', () => {
  it('reads "we\'ll be reaching out to you first when the next cohort opens" as an open door', () => {
    const r = read('Hi Gabe,\n\nThank you for the onsite. We went with another candidate who has accepted our offer. We\'ll be reaching out to you first when the next new grad cohort opens.\n\nRecruiting', 'Onsite follow up');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "we\'ll be reaching out to you when the interview panel is set" as an open door', () => {
    const r = read('Hi Gabe,\n\nThank you for the call. We\'ll be reaching out to you when the interview panel is set, probably next week.\n\nRecruiting', 'Next steps');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "do look us up again later in the year" and "happy to receive your candidature again" as open doors', () => {
    expect(read('Hi Luis,\n\nThanks for the take-home. It did not meet the bar we set for interviews. We\'re growing quickly, so do look us up again later in the year.\n\nTara', 'Take-home result').doorOpen).toBe(true);
    expect(read('Bonjour Léa,\n\nThank you for the exercise. We have made the choice to continue with other profiles. We would be happy to receive your candidature again for the next season.\n\nCamille', 'Your candidature').doorOpen).toBe(true);
  });

  it('does not read "we are unable to keep your file" as an open door', () => {
    const r = read('Hi Luis,\n\nThanks for the take-home. It did not meet the bar we set for interviews. We will not keep your file after the process closes.\n\nTara', 'Take-home result');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "if you\'d like me to go into more detail on what they wanted" and "I can put you in touch with the panel chair" as feedback offered', () => {
    expect(read('Hi Grace,\n\nThe team felt the role needs more experimentation ownership than you have had. We won\'t go further. If you\'d like me to go into more detail on what they were looking for, just reply.\n\nNatalie', 'Following up').feedbackOffered).toBe(true);
    expect(read('Hi Seb,\n\nThanks for the talk and interviews. We won\'t be making an offer. If you\'d like to discuss it, I can put you in touch with the panel chair.\n\nLeah', 'Outcome').feedbackOffered).toBe(true);
  });

  it('does not read "I can put you in touch with the hiring manager for the onboarding" in an offer as feedback offered', () => {
    const r = read('Hi Seb,\n\nCongratulations, we are delighted to offer you the role! I can put you in touch with the hiring manager to plan your first week.\n\nLeah', 'Offer');
    expect(r.feedbackOffered).toBe(false);
  });
});
