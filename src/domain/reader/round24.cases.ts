/**
 * The rules of the twenty-fourth round (reasons and the two flags that long letters bury): a closer match with others
 * followed by what it was made on, requirements named in passing, test results named as the deciding factor, faults of
 * handed-in work, offers of feedback and open doors said in other words, a test sat and not passed — each on messages
 * written for this test (not taken from any corpus part), beside a counterpart that must still read the other way. The
 * rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const wrap = (body: string): string => `Dear Robin,\n\nThank you for your interest in the Planner role at Fenwick Rail.\n\n${body}\n\nKind regards,\nRecruitment`;
const declined = (body: string): string => wrap(`We have decided not to take your application further. ${body}`);

describe('reasons: a closer match with others, and what it was made on', () => {
  it('reads "matched more closely, in particular on X" as skills_gap alone', () => {
    const r = read(wrap('We will not be moving forward: another applicant matched the role more closely, in particular on experience scheduling engineering possessions.'));
    expect(r.reasons).toEqual(['skills_gap']);
    expect(r.feedback).toBe(true);
  });

  it('reads "more closely met the criteria, notably the X qualification" as skills_gap', () => {
    expect(read(wrap('Other applicants more closely met the essential criteria, notably the APM PMQ qualification, so we cannot shortlist you.')).reasons).toEqual(['skills_gap']);
  });

  it('still reads a closer match "on this occasion" or "on the technical side" as profile_mismatch', () => {
    expect(read(wrap('Other applicants matched the role more closely on this occasion, so we will not be moving forward.')).reasons).toEqual(['profile_mismatch']);
    expect(read(wrap('Another applicant was a stronger match on the technical side, so we will not be moving forward.')).reasons).toEqual(['profile_mismatch']);
  });

  it('reads others "who have worked in X before" or who have done what the role calls for as skills_gap', () => {
    expect(read(declined('We chose an applicant who has worked in rail signalling before.')).reasons).toEqual(['skills_gap']);
    expect(read(declined('We chose someone who has run a timetable change, which this role really calls for.')).reasons).toEqual(['skills_gap']);
  });

  it('still reads someone "who has worked with us before" as no named requirement', () => {
    expect(read(declined('We chose an applicant who has worked with us before.')).reasons).not.toContain('skills_gap');
  });

  it('reads experience "more specific to this role" as profile_mismatch', () => {
    expect(read(declined('We have decided to focus on applicants with experience more specific to this role.')).reasons).toEqual(['profile_mismatch']);
  });

  it('reads second-language "more near to what we search" as profile_mismatch', () => {
    expect(read(wrap('We find other applicants with experience more near to what we search, so we can not continue with you.')).reasons).toEqual(['profile_mismatch']);
  });
});

describe('reasons: a requirement named in passing', () => {
  it('reads a named background "was key" or "the deciding factor" as skills_gap', () => {
    expect(read(declined('A background in freight logistics was key for this one, and the other finalists had it.')).reasons).toEqual(['skills_gap']);
    expect(read(declined('In the end, experience with Primavera P6 was the deciding factor.')).reasons).toEqual(['skills_gap']);
  });

  it("still reads the candidate's own experience called key as no skills_gap", () => {
    expect(read(declined('Your experience with Primavera P6 was key to your shortlisting, and we enjoyed meeting you.')).reasons).not.toContain('skills_gap');
  });

  it('reads a panel that "were looking for someone who has" done X, "rather than" what the candidate did, as skills_gap', () => {
    expect(read(declined('The panel were looking for someone who has managed a depot before; your experience has been in planning rather than operations.')).reasons).toEqual(['skills_gap']);
  });

  it('reads "the requirement is for a candidate with X, whereas your …" as skills_gap', () => {
    expect(read(declined('The requirement is for a candidate with strong experience in rostering software, whereas your exposure has been mostly in spreadsheets.')).reasons).toEqual(['skills_gap']);
  });

  it('reads people sought by their trade who have done X, not seen in the application, as skills_gap', () => {
    expect(read(wrap("We're specifically after planners who have built timetables for freight, and we couldn't see that in your experience, so we won't be moving forward.")).reasons).toEqual(['skills_gap']);
  });

  it('reads "we need someone who is already a chartered engineer" as skills_gap, and someone already based somewhere as location', () => {
    expect(read(wrap('Thanks for your time. So we need someone who is already a chartered engineer, and we will not be progressing your application.')).reasons).toEqual(['skills_gap']);
    expect(read(wrap('We need someone who is already based in Leeds, so we will not be progressing your application.')).reasons).toEqual(['location']);
  });

  it('reads a past need for someone with a named skill as skills_gap, and "someone with more experience" as no named requirement', () => {
    expect(read(declined('The team also needed someone with advanced Power BI reporting skills.')).reasons).toEqual(['skills_gap']);
    expect(read(declined('The team also needed someone with more experience.')).reasons).not.toContain('skills_gap');
  });

  it('reads a search for someone with a named credential followed by its consequence as skills_gap', () => {
    expect(read(wrap('The hiring manager was keen to find someone with an ACCA qualification, so we are unable to proceed.')).reasons).toEqual(['skills_gap']);
  });

  it('reads a named credential the candidate does not hold as skills_gap, and a visa as location', () => {
    expect(read(declined('You did not have the PTS certificate the role requires.')).reasons).toEqual(['skills_gap']);
    expect(read(declined('You did not have the visa the role requires.')).reasons).not.toContain('skills_gap');
  });

  it('reads a search named by the experience itself as skills_gap, and "experience in a similar role" as no named requirement', () => {
    expect(read(declined('We were specifically looking for experience leading a team through a signalling upgrade.')).reasons).toEqual(['skills_gap']);
    expect(read(declined('We were looking for experience in a similar role.')).reasons).not.toContain('skills_gap');
  });

  it('reads work "light on" a named thing as skills_gap, and "light on detail" as none', () => {
    expect(read(declined('Your portfolio was strong on branding but light on service design.')).reasons).toEqual(['skills_gap']);
    expect(read(declined('Your portfolio was strong on branding but light on detail.')).reasons).not.toContain('skills_gap');
  });

  it('reads answers on a named topic noted as high-level, drawn mainly on something else or less convincing, as skills_gap', () => {
    expect(read(declined('The interviewers noted that your answers on demand forecasting stayed quite high-level.')).reasons).toEqual(['skills_gap']);
    expect(read(declined('The team noted your answers drew mainly on passenger rail, and this role is all freight.')).reasons).toEqual(['skills_gap']);
    expect(read(declined('The panel felt you were less convincing when discussing contract management.')).reasons).toEqual(['skills_gap']);
  });
  it('reads a named skill that "would need development" as skills_gap, and interview skills so described as none', () => {
    expect(read(declined('The team did note that your Excel knowledge would need development for this role.')).reasons).toEqual(['skills_gap']);
    expect(read(declined('The team felt your interview skills would benefit from practice.')).reasons).not.toContain('skills_gap');
  });
});

describe('reasons: more ways of naming, or not naming, a requirement', () => {
  it('reads "candidates having 5+ yrs of experience in X" as skills_gap', () => {
    expect(read(wrap('The requirement is for candidates having 5+ yrs of experience in rail signalling, hence we cannot proceed.')).reasons).toEqual(['skills_gap']);
  });

  it('reads "somebody a little more senior in X" as skills_gap', () => {
    expect(read(declined('We were after somebody a little more senior in timetable planning.')).reasons).toEqual(['skills_gap']);
  });

  it('reads "the breadth of experience we need", nothing named, as profile_mismatch, and a named field as skills_gap', () => {
    expect(read(declined("Your application didn't quite show the breadth of experience we need.")).reasons).toEqual(['profile_mismatch']);
    expect(read(declined("Your application didn't show the freight planning experience this role requires.")).reasons).toEqual(['skills_gap']);
  });

  it('reads "better-matched applicants" as profile_mismatch', () => {
    expect(read(declined('Having compared your application with the job description, we feel there are better-matched applicants.')).reasons).toEqual(['profile_mismatch']);
  });

  it('reads a background leaning elsewhere than the role as skills_gap', () => {
    expect(read(declined('The hiring manager felt your background leans more towards consultancy than the hands-on delivery this role needs.')).reasons).toEqual(['skills_gap']);
  });

  it('reads others who speak a named language as skills_gap, and someone who spoke to the team as none', () => {
    expect(read(declined('We went with a candidate who speaks Polish, as the role covers our Gdansk depot.')).reasons).toEqual(['skills_gap']);
    expect(read(declined('We went with a candidate who spoke to the whole team about their plans.')).reasons).not.toContain('skills_gap');
  });

  it('reads others with experience at a more senior level, or more years in the industry, as profile_mismatch', () => {
    expect(read(declined('The other shortlisted candidates had experience at a more senior level.')).reasons).toEqual(['profile_mismatch']);
    expect(read(declined('We have decided to go with a candidate who has more years in the industry.')).reasons).toEqual(['profile_mismatch']);
  });
});

describe('reasons: the panel\'s remarks on a named gap', () => {
  it('reads "you would benefit from more exposure to X" as skills_gap with feedback', () => {
    const r = read(declined('The feedback from the panel was that you would benefit from more exposure to depot operations.'));
    expect(r.reasons).toEqual(['skills_gap']);
    expect(r.feedback).toBe(true);
  });

  it('reads answers that "did not give enough evidence of" a named thing, and examples of it "fairly limited", as skills_gap', () => {
    expect(read(declined('Your answers showed strong technical knowledge but did not give enough evidence of leading others.')).reasons).toEqual(['skills_gap']);
    expect(read(declined('The panel noted your clear communication, though your examples of managing budgets were fairly limited.')).reasons).toEqual(['skills_gap']);
  });
});

describe('reasons: overqualified in other words', () => {
  it('reads "a step down from where you are" and "would not make the most of your experience" as overqualified', () => {
    expect(read(declined('With your twenty years in operations, a junior planner post would be a big step down from where you are.')).reasons).toEqual(['overqualified']);
    expect(read(declined('We felt the role would not make the most of your considerable experience.')).reasons).toEqual(['overqualified']);
  });

  it('still reads a step down in pay as no overqualified', () => {
    expect(read(declined('The salary would be a big step down from your current salary, and we cannot match it.')).reasons).not.toContain('overqualified');
  });
});

describe('reasons: test results', () => {
  it('reads the test named as what decided it as the assessment reason, and an interview so named as none', () => {
    expect(read(wrap('Thank you for the interview and presentation. The part that held you back was the scheduling exercise, and we will not be offering you the role.')).reasons).toEqual(['assessment']);
    expect(read(wrap('Thank you for the interview. The part that held you back was the interview itself, and we will not be offering you the role.')).reasons).not.toContain('assessment');
  });

  it('reads others who scored higher on the task as assessment, and higher against the criteria as profile_mismatch', () => {
    expect(read(declined('Your submission was good, but others scored higher on the written task.')).reasons).toEqual(['assessment']);
    expect(read(declined('Other applicants scored more highly against the essential criteria.')).reasons).toEqual(['profile_mismatch']);
  });

  it('reads a score that "fell just short" and a presentation that fell short as test results', () => {
    expect(read(declined('Your assessment centre scores fell just short of the threshold.')).reasons).toEqual(['assessment']);
    expect(read(wrap('Thank you for the interview. Your presentation did not meet the standard we needed, so we will not be offering you the role.')).reasons).toEqual(['assessment']);
  });
});

describe('flags: specific feedback', () => {
  it('reads work that had no tests, results returned duplicated and questions both left unanswered as feedback', () => {
    expect(read(wrap('Thanks for the take-home. The service had no tests at all, and we will not be moving forward.')).feedback).toBe(true);
    expect(read(wrap('Thanks for the take-home. The search endpoint returned duplicate rows, so we will not be moving forward.')).feedback).toBe(true);
    expect(read(wrap('Thanks for the SQL test. The two join questions were both left unanswered, so we will not be moving forward.')).feedback).toBe(true);
  });

  it('reads a model that had several errors as feedback', () => {
    expect(read(declined('The financial model behind your presentation had several errors.')).feedback).toBe(true);
  });

  it('reads praise of communication and enthusiasm for the mission as no feedback, and answers that missed the point as feedback', () => {
    expect(read(declined('We appreciated your strong communication skills and your enthusiasm for the mission.')).feedback).toBe(false);
    expect(read(declined('Your answers on budgeting missed the point of the question.')).feedback).toBe(true);
  });

  it('reads a decline "after reviewing your coding challenge" as no feedback, and a judged challenge as feedback', () => {
    expect(read(wrap('Thanks for completing the coding challenge. After reviewing your coding challenge, the team has decided not to move forward.')).feedback).toBe(false);
    expect(read(wrap('Thanks for completing the coding challenge. After reviewing your coding challenge, the reviewers felt your code lacked any tests, so we will not move forward.')).feedback).toBe(true);
  });
});

describe('flags: feedback offered and the door', () => {
  it('reads "if hearing the panel\'s reasoning would help, I can set up a call" as an offer, and a refusal as none', () => {
    expect(read(declined("If hearing the panel's reasoning would help, I can set up a short call.")).feedbackOffered).toBe(true);
    expect(read(declined("We are not able to share the panel's reasoning.")).feedbackOffered).toBe(false);
  });

  it('reads "should you wish to discuss the outcome, please contact …" as an offer, and questions about data as none', () => {
    expect(read(declined('Should you wish to discuss the outcome, please contact Jane Hills on 01234 567890.')).feedbackOffered).toBe(true);
    expect(read(declined('Should you have questions about how we hold your data, please contact Jane Hills.')).feedbackOffered).toBe(false);
  });

  it('reads someone asked to send the candidate their notes as an offer, and a form sent as none', () => {
    expect(read(declined("I've asked the panel chair to send you their notes next week.")).feedbackOffered).toBe(true);
    expect(read(declined("I've asked the panel chair to send you the expenses form.")).feedbackOffered).toBe(false);
  });

  it('reads "you\'d be very welcome to apply" as an open door, and welcome to call with questions as none', () => {
    expect(read(declined("We'll be recruiting planners again in the spring, and you'd be very welcome to apply.")).doorOpen).toBe(true);
    expect(read(declined("You are welcome to call me with any questions about the process.")).doorOpen).toBe(false);
  });

  it('reads "if you\'d like to know where you could have been stronger" as an offer, not feedback given', () => {
    const r = read(declined("If you'd like to know where you could have been stronger, just drop me a line."));
    expect(r.feedbackOffered).toBe(true);
    expect(r.feedback).toBe(false);
    expect(read(declined('The panel felt your answers could have been stronger on contract pricing.')).feedback).toBe(true);
  });

  it('reads "we will not be able to consider you for other roles" as a closed door', () => {
    expect(read(declined('We will not be able to consider you for other roles at this time.')).doorOpen).toBe(false);
    expect(read(declined('We would be glad to consider you for other roles in the future.')).doorOpen).toBe(true);
  });

  it('reads a CV not kept with an invitation to apply to future roles as an open door, and a CV not kept alone as none', () => {
    expect(read(declined('We do not hold CVs on file, so please apply directly to any future role that interests you.')).doorOpen).toBe(true);
    expect(read(declined('We do not hold CVs on file.')).doorOpen).toBe(false);
  });
});

describe('stage: a test not passed was sat, the applications assessed were no test', () => {
  it('reads "you have not cleared the aptitude test" as the assessment stage, and a screening not passed as application', () => {
    expect(read('Dear Candidate, this is to inform you that you have not cleared the online aptitude test conducted on 3rd March. Hence we cannot consider you further. Regards, HR').stage).toBe('assessment');
    expect(read('Dear Candidate, we regret that your application did not pass the initial screening. Regards, HR').stage).toBe('application');
  });

  it("reads the panel's assessment of the applications as the application stage", () => {
    expect(read(wrap('The shortlisting panel has now completed its assessment of the applications received, and I am sorry to say you have not been shortlisted.')).stage).toBe('application');
  });
});
