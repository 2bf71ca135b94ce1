/**
 * Two reasons told in separate clauses (a comparison with the others and a named requirement), a test's result beside another
 * reason, and selection told in a field's own words (casting, clinical training, logbooks, interview days with visits):
 * messages written for this test (not taken from any corpus part), each beside a message in nearby words that must still
 * read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const sorted = (r: { reasons: readonly string[] }) => [...r.reasons].sort();

describe('a comparison and a named requirement, each in its own sentence', () => {
  it('keeps both when the requirement is singled out after the comparison ("in particular, the role requires…")', () => {
    const r = read('Dear Ms Varga,\n\nThank you for applying for the Programme Manager post. While your project experience was noted, other applicants more closely matched the profile sought. In particular, the role requires at least six years of grant management in the education sector, and your application shows around two.\n\nHuman Resources', 'Programme Manager - outcome');
    expect(sorted(r)).toEqual(['profile_mismatch', 'skills_gap']);
  });

  it('keeps only the requirement when the comparison itself is explained by it in one sentence', () => {
    const r = read('Dear Ms Varga,\n\nThank you for applying for the Programme Manager post. Other applicants had more experience in grant management in the education sector, which the role requires.\n\nHuman Resources', 'Programme Manager - outcome');
    expect(r.reasons).not.toContain('profile_mismatch');
  });

  it('reads "the area where your application fell short was in…" as a skills gap beside the chosen candidate set nearer the role', () => {
    const r = read('Dear Tomas,\n\nThank you for the time you gave to our selection process. I am sorry to say we will not be offering you the post. The panel judged the successful candidate\'s experience to be a stronger match for the post overall. The area where your application fell short was in negotiating with national ministries, which this post does every week.\n\nBest wishes,\nPeople Team', 'Country Director');
    expect(sorted(r)).toEqual(['profile_mismatch', 'skills_gap']);
  });

  it('reads the comparison alone as profile mismatch only', () => {
    const r = read('Dear Tomas,\n\nThank you for the time you gave to our selection process. I am sorry to say we will not be offering you the post. The panel judged the successful candidate\'s experience to be a stronger match for the post overall.\n\nBest wishes,\nPeople Team', 'Country Director');
    expect(r.reasons).toEqual(['profile_mismatch']);
  });

  it('reads a requirement named after a colon as a skills gap, not a mismatch', () => {
    const r = read('Dear Mr Ansah,\n\nThank you for applying for the Treasury Analyst position. Your application does not meet the minimum requirements of the post: a degree in finance or economics is required. Your application lists a diploma in marketing.\n\nRecruitment', 'Treasury Analyst');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('still reads the minimum requirements unmet with nothing named as a mismatch', () => {
    const r = read('Dear Mr Ansah,\n\nThank you for applying for the Treasury Analyst position. Your application does not meet the minimum requirements of the post, and we will not take it further.\n\nRecruitment', 'Treasury Analyst');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads a confirmed appointment beside an internal filling as both', () => {
    const r = read('Dear Ms Lowe,\n\nThank you for attending the final interview for Head of Operations. The committee has appointed a member of our current operations staff to the post, and the appointment has now been confirmed.\n\nRegards,\nHR', 'Head of Operations');
    expect(sorted(r)).toEqual(['internal_candidate', 'position_filled']);
  });

  it('reads an internal appointment alone as internal candidate only', () => {
    const r = read('Dear Ms Lowe,\n\nThank you for attending the final interview for Head of Operations. The committee has appointed a member of our current operations staff to the post.\n\nRegards,\nHR', 'Head of Operations');
    expect(r.reasons).toEqual(['internal_candidate']);
  });

  it('reads a gap named in a sentence about data protection work (not a privacy footer)', () => {
    const r = read('Dear Amal,\n\nThank you for the interview. We will not be offering you the Records Adviser role. The role will lead on data protection for patient records, and your answers suggested limited hands-on experience with subject access requests.\n\nBest,\nHR', 'Records Adviser');
    expect(r.reasons).toContain('skills_gap');
  });

  it('still reads a data protection notice as a footer', () => {
    const r = read('Dear Amal,\n\nThank you for the interview. We will not be offering you the Records Adviser role.\n\nWe hold your data in line with data protection law and will delete it after six months; we have limited capacity to answer queries.\n\nBest,\nHR', 'Records Adviser');
    expect(r.reasons).toEqual(['generic']);
  });

  it('reads another candidate\'s better-suited background as profile mismatch', () => {
    const r = read('Dear Ravi,\n\nThank you for the video interview. The panel preferred a candidate who, on balance, brought the better-suited background for the next phase of the project.\n\nKind regards,\nHR', 'Field Coordinator');
    expect(r.reasons).toEqual(['profile_mismatch']);
  });

  it('does not read the candidate\'s own better-suited background elsewhere as a comparison', () => {
    const r = read('Dear Ravi,\n\nThank you for the video interview. We have decided not to move forward with your application at this time.\n\nKind regards,\nHR', 'Field Coordinator');
    expect(r.reasons).toEqual(['generic']);
  });
});

describe('a test\'s result beside another reason', () => {
  it('reads a test that placed the candidate at a level as assessment beside the level the role requires', () => {
    const r = read('Dear Marta,\n\nThank you for sitting the German language test for the Account Manager post. The role requires German at C1, as you would handle contracts with clients in Austria. The test result placed you at B2, so we cannot take your application further.\n\nBest regards,\nTalent Team', 'Language test');
    expect(sorted(r)).toEqual(['assessment', 'skills_gap']);
  });

  it('does not read a self-described level with no test as assessment', () => {
    const r = read('Dear Marta,\n\nThank you for applying for the Account Manager post. The role requires German at C1, as you would handle contracts with clients in Austria, and your application describes your German as B2.\n\nBest regards,\nTalent Team', 'Account Manager');
    expect(r.reasons).not.toContain('assessment');
  });

  it('keeps a requirement "essential for this post" named beside a score below the pass mark', () => {
    const r = read('Dear Mr Karimi,\n\nThank you for taking the written test for the Grants Accountant post. Your answers showed that you have not yet worked with fund accounting, which is essential for this post, and your overall score was below the pass mark. We are unable to continue with your application.\n\nHR Unit', 'Written test');
    expect(sorted(r)).toEqual(['assessment', 'skills_gap']);
  });

  it('reads a shortfall said only of the test as the test\'s result', () => {
    const r = read('Dear Mr Karimi,\n\nThank you for taking the written test for the Grants Accountant post. Your answers did not reach the pass mark for this stage, and we are unable to continue with your application.\n\nHR Unit', 'Written test');
    expect(r.reasons).toEqual(['assessment']);
  });

  it('reads "the main gap was in the second task" as the test\'s result, not a skills gap', () => {
    const r = read('Dear Ms Obi,\n\nThank you for taking part in the modelling exercise. I am afraid you have not passed this stage. The exercise was marked out of 40 and the pass mark was 28; you scored 22. The main gap was in the third task, where the forecast ignored seasonality.\n\nRegards,\nResearch Team', 'Exercise result');
    expect(r.reasons).toEqual(['assessment']);
  });

  it('still reads "the main gap was in your forecasting experience" as a skills gap', () => {
    const r = read('Dear Ms Obi,\n\nThank you for interviewing with us. I am afraid we will not be taking your application further. The main gap was in your forecasting experience, which the role uses daily.\n\nRegards,\nResearch Team', 'Interview outcome');
    expect(r.reasons).toContain('skills_gap');
  });

  it('reads other candidates\' combined scores set higher as profile mismatch beside the test', () => {
    const r = read('Dear Mr Silva,\n\nThank you for submitting the case exercise. Your submission scored 18/40, below the threshold of 25 needed to progress. Overall, other applicants\' combined interview and exercise scores were higher, and we will not be progressing your application.\n\nHR Officer', 'Case exercise result');
    expect(sorted(r)).toEqual(['assessment', 'profile_mismatch']);
  });

  it('does not read the candidate\'s own scores set higher as a comparison', () => {
    const r = read('Dear Mr Silva,\n\nThank you for submitting the case exercise. Your submission scored 18/40, below the threshold of 25 needed to progress, and we will not be progressing your application.\n\nHR Officer', 'Case exercise result');
    expect(r.reasons).toEqual(['assessment']);
  });
});

describe('feedback', () => {
  it('does not read a Communications job title in the decline as feedback', () => {
    const r = read('Hi Dana,\n\nQuick note to say we held the last interviews on Monday and we are not offering you the Head of Communications role, sorry. Thanks for your time.\n\nSam', 'Head of Communications');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(false);
  });

  it('still reads a remark on the candidate\'s communication as feedback', () => {
    const r = read('Hi Dana,\n\nQuick note to say we are not offering you the role, sorry. The panel felt your communication with stakeholders was less convincing than we need.\n\nSam', 'Interview outcome');
    expect(r.feedback).toBe(true);
  });
});

describe('selection in a field\'s own words', () => {
  it('reads another performer who sat better alongside the cast as profile mismatch', () => {
    const r = read('Hi Jess,\n\nThanks so much for coming in on Tuesday. I\'m afraid the director has gone another way for Viola and we won\'t be recalling you. Another actress fitted better alongside the two leads we have already cast.\n\nBest,\nCasting Office', 'Viola - Twelfth Night');
    expect(r.reasons).toEqual(['profile_mismatch']);
  });

  it('does not read a recall with nothing compared as profile mismatch', () => {
    const r = read('Hi Jess,\n\nThanks so much for coming in on Tuesday. I\'m afraid the director has gone another way for Viola and we won\'t be recalling you.\n\nBest,\nCasting Office', 'Viola - Twelfth Night');
    expect(r.reasons).toEqual(['generic']);
  });

  it('reads others who showed more commitment beside a doubt about the way of working as both reasons', () => {
    const r = read('Dear Niamh,\n\nFollowing your interview with our pupillage committee, we will not be inviting you to the next stage. Ours is a small family law set, and the committee were not persuaded that you would thrive in the way we practise. Others who interviewed showed more commitment to family work.\n\nClerk to the Committee', 'Pupillage');
    expect(sorted(r)).toEqual(['culture_fit', 'profile_mismatch']);
  });

  it('does not read others showing commitment to a future process as a comparison', () => {
    const r = read('Dear Niamh,\n\nFollowing your interview with our pupillage committee, we will not be inviting you to the next stage. Ours is a small family law set, and the committee were not persuaded that you would thrive in the way we practise.\n\nClerk to the Committee', 'Pupillage');
    expect(r.reasons).toEqual(['culture_fit']);
  });

  it('keeps a comparison added as a point of its own beside overqualified', () => {
    const r = read('Dear Dr Haas,\n\nThank you for applying for the Technician post. This is an entry-level role, and with your years leading a research group the panel felt you would be overqualified for it. We also shortlisted candidates whose training was closer to the routine lab work involved.\n\nRecruitment Office', 'Technician');
    expect(sorted(r)).toEqual(['overqualified', 'profile_mismatch']);
  });

  it('reads overqualified alone without a comparison', () => {
    const r = read('Dear Dr Haas,\n\nThank you for applying for the Technician post. This is an entry-level role, and with your years leading a research group the panel felt you would be overqualified for it.\n\nRecruitment Office', 'Technician');
    expect(r.reasons).toEqual(['overqualified']);
  });

  it('reads a logbook short of the number expected as a skills gap', () => {
    const r = read('Dear Dr Osei,\n\nThank you for interviewing for the Emergency Medicine Registrar post. The panel has decided not to appoint you. The main concern was that your paediatric resuscitation logbook was short of the number of cases we expect of a registrar on the night rota.\n\nHead of Department', 'Interview outcome');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('does not read a logbook sent in short of time as a skills gap', () => {
    const r = read('Dear Dr Osei,\n\nThank you for interviewing for the Emergency Medicine Registrar post and for sending your logbook at short notice. The panel has decided not to appoint you.\n\nHead of Department', 'Interview outcome');
    expect(r.reasons).toEqual(['generic']);
  });

  it('does not read the application\'s own score against the criteria as an assessment', () => {
    const r = read('Dear Dr Patel,\n\nThank you for applying to Core Psychiatry Training. Your application has been scored against the national criteria. I regret that your score was not high enough for you to be invited to interview in this round.\n\nRecruitment Office', 'Application outcome');
    expect(r.reasons).not.toContain('assessment');
  });

  it('still reads a test score not high enough as an assessment', () => {
    const r = read('Dear Dr Patel,\n\nThank you for sitting the situational judgement test. I regret that your test score was not high enough for you to be invited to interview in this round.\n\nRecruitment Office', 'Test outcome');
    expect(r.reasons).toContain('assessment');
  });

  it('reads "does not figure in the select list" as no comparison', () => {
    const r = read('Dear Dr Rao,\n\nWith reference to your interview for the post of Junior Resident (Paediatrics), we regret to inform you that your name does not figure in the select list.\n\nMedical Superintendent', 'Result of interview');
    expect(r.reasons).toEqual(['generic']);
  });

  it('still reads "does not figure in the merit list" as others ranked higher', () => {
    const r = read('Dear Dr Rao,\n\nWith reference to your interview for the post of Junior Resident (Paediatrics), we regret to inform you that your name does not figure in the merit list.\n\nMedical Superintendent', 'Result of interview');
    expect(r.reasons).toEqual(['profile_mismatch']);
  });

  it('reads an interview day that included a hospital visit as the final stage', () => {
    const r = read('Dear Dr Kelly,\n\nThank you for attending the interview day, including the ward visit and the panel with our consultants. I regret that you have not been selected for the fellowship.\n\nFellowship Lead', 'Fellowship');
    expect(r.stage).toBe('final');
  });

  it('reads an interview with no visit as the interview stage', () => {
    const r = read('Dear Dr Kelly,\n\nThank you for attending the interview with our consultants. I regret that you have not been selected for the fellowship.\n\nFellowship Lead', 'Fellowship');
    expect(r.stage).toBe('interview');
  });

  it('reads two days spent on site as the final stage', () => {
    const r = read('Dear Dr Moss,\n\nThank you for coming out to Bourke for the two days and meeting the practice team. We have decided not to offer you the GP Registrar position.\n\nPractice Manager', 'GP Registrar');
    expect(r.stage).toBe('final');
  });

  it('does not read two days to reply as the final stage', () => {
    const r = read('Dear Dr Moss,\n\nThank you for your application and for replying within two days. We have decided not to offer you the GP Registrar position.\n\nPractice Manager', 'GP Registrar');
    expect(r.stage).not.toBe('final');
  });

  it('reads a named recruitment exam before shortlisting as the assessment stage', () => {
    const r = read('Dear Ms Grant,\n\nThank you for your application to the training programme. Following the National Selection Test (NST), we regret that you have not been shortlisted for interview.\n\nRecruitment Office', 'Shortlisting outcome');
    expect(r.stage).toBe('assessment');
  });

  it('does not read an application review before shortlisting as the assessment stage', () => {
    const r = read('Dear Ms Grant,\n\nThank you for your application to the training programme. Following a review of applications, we regret that you have not been shortlisted for interview.\n\nRecruitment Office', 'Shortlisting outcome');
    expect(r.stage).toBe('application');
  });

  it('does not read the years a post is based somewhere as a requirement of experience', () => {
    const r = read('Hi Ana,\n\nThank you for the interview for the Field Logistics Officer post. You mentioned your work permit for Uganda ends in March. The post is based in Gulu for a minimum of three years, and we cannot sponsor a permit at this grade, so we have offered the post to another candidate.\n\nHR', 'Field Logistics Officer');
    expect(r.reasons).not.toContain('skills_gap');
    expect(r.reasons).toContain('location');
  });

  it('still reads a minimum of years of experience as a skills gap', () => {
    const r = read('Hi Ana,\n\nThank you for applying for the Field Logistics Officer post. The post calls for a minimum of three years of field logistics experience, and your application shows one, so we will not take it further.\n\nHR', 'Field Logistics Officer');
    expect(r.reasons).toContain('skills_gap');
  });

  it('reads doubt that the candidate\'s move could happen as location', () => {
    const r = read('Dear Dr Hart,\n\nThank you for visiting us. We have decided not to offer you the position. The board was not confident that the family move from Perth you mentioned could happen before the start date.\n\nPractice Manager', 'Registrar');
    expect(r.reasons).toContain('location');
  });

  it('does not read an office move as location', () => {
    const r = read('Dear Dr Hart,\n\nThank you for visiting us. We have decided not to offer you the position. We were not sure the office move to Leeds could happen this year, but that did not affect the decision.\n\nPractice Manager', 'Registrar');
    expect(r.reasons).not.toContain('location');
  });
});
