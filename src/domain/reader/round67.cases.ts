/**
 * Early careers and hourly work: the next intake and the next recruitment exercise, other stores hiring, other schemes;
 * feedback reports and notes to request by reply; a test bar told with its number; availability and grades short of the
 * entry bar; programmes postponed. Messages written for this test (not taken from any corpus part), each beside a message
 * in nearby words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('the door open to the next intake, other stores and other schemes', () => {
  it('reads "free to apply in subsequent recruitment exercises" as the door open', () => {
    const r = read('Dear Mr. Okon,\n\nWe refer to the aptitude test you wrote on the 14th instant for the Graduate Trainee Programme.\n\nWe regret to inform you that you were not successful. You are free to apply in subsequent recruitment exercises.\n\nHuman Resources\nRiverline Insurance Plc', 'Graduate Trainee Programme');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a bar from subsequent recruitment exercises as the door open', () => {
    const r = read('Dear Mr. Okon,\n\nWe refer to the aptitude test you wrote on the 14th instant for the Graduate Trainee Programme.\n\nWe regret to inform you that you were not successful. Candidates who fail the test are not eligible to apply in subsequent recruitment exercises for two years.\n\nHuman Resources\nRiverline Insurance Plc', 'Graduate Trainee Programme');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads the candidate\'s file kept for the next intake as the door open', () => {
    const r = read('Hi Aisha,\n\nThank you for coming to the final stage of the Retail Management Trainee scheme. I am sorry to say we will not be offering you a place this time.\n\nWe would like to keep your details on file for the September intake.\n\nBest,\nMarcus\nPeople Team', 'Retail Management Trainee');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read details kept for a retention period as the door open', () => {
    const r = read('Hi Aisha,\n\nThank you for coming to the final stage of the Retail Management Trainee scheme. I am sorry to say we will not be offering you a place this time.\n\nWe will keep your details for six months for legal reasons and then delete them.\n\nBest,\nMarcus\nPeople Team', 'Retail Management Trainee');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "we\'ll keep your number, we\'re hiring again in the autumn" as the door open', () => {
    const r = read('Hey Sam,\n\nThanks for the trial shift on Tuesday. We have given the kitchen porter job to someone else.\n\nWe\'ll keep your number though, we\'re hiring again once the terrace opens.\n\nRicky\nThe Old Mill Kitchen', 'Kitchen porter');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a number kept for a payslip as the door open', () => {
    const r = read('Hey Sam,\n\nThanks for the trial shift on Tuesday. We have given the kitchen porter job to someone else.\n\nWe\'ll keep your number until the payment for the trial has gone through.\n\nRicky\nThe Old Mill Kitchen', 'Kitchen porter');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads other stores hiring as the door open', () => {
    const r = read('Hi Leah,\n\nThanks for your application for Sales Assistant at our Kirkgate store. We won\'t be taking it further.\n\nOur Briggate and Trinity stores are both hiring at the moment.\n\nThanks,\nRecruitment, Lumen Fashion', 'Sales Assistant');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read other stores not hiring as the door open', () => {
    const r = read('Hi Leah,\n\nThanks for your application for Sales Assistant at our Kirkgate store. We won\'t be taking it further.\n\nOur Briggate and Trinity stores are not hiring at the moment.\n\nThanks,\nRecruitment, Lumen Fashion', 'Sales Assistant');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "you are welcome to register again" as the door open', () => {
    const r = read('Dear Sipho,\n\nThank you for your application to the Bright Futures graduate internship. All places for this cohort have been taken and we cannot consider your application.\n\nYou are welcome to register again when the next window opens.\n\nProgramme Office', 'Bright Futures internship');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a welcome to register for the induction as the door open', () => {
    const r = read('Dear Sipho,\n\nThank you for your application to the Bright Futures graduate internship. All places for this cohort have been taken and we cannot consider your application.\n\nThank you for your interest.\n\nProgramme Office', 'Bright Futures internship');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads other schemes the candidate is pointed to as the door open', () => {
    const r = read('Dear Tom,\n\nThank you for applying to the Finance Graduate Scheme. We will not be progressing your application.\n\nWe would encourage you to look at our Engineering and Logistics schemes, which close on 15 January.\n\nEarly Careers, Westbury Group', 'Finance Graduate Scheme');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a pointer to the privacy notice as the door open', () => {
    const r = read('Dear Tom,\n\nThank you for applying to the Finance Graduate Scheme. We will not be progressing your application.\n\nWe would encourage you to look at our privacy notice, which explains how your data is handled.\n\nEarly Careers, Westbury Group', 'Finance Graduate Scheme');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "happy to consider an application for our 2029 placements" as the door open', () => {
    const r = read('Dear Mei,\n\nThank you for your application to the summer placement. We cannot progress it, as the placement needs you on site in Leeds.\n\nWe would be happy to consider an application for our 2029 placements.\n\nPlacements Team', 'Summer placement');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('reads alerts for the next intake as the door open, and managing alerts as not', () => {
    const yes = read('Hello Zodwa,\n\nThank you for attending the interview for the Retail Learnership. The panel has appointed other learners.\n\nPlease sign in to our careers portal to get notifications about our next learnership intake.\n\nLearnerships Office', 'Learnership outcome');
    expect(yes.kind).toBe('rejection');
    expect(yes.doorOpen).toBe(true);
    const no = read('Hello Zodwa,\n\nThank you for attending the interview for the Retail Learnership. The panel has appointed other learners.\n\nTo stop receiving notifications about our intake, update your settings.\n\nLearnerships Office', 'Learnership outcome');
    expect(no.kind).toBe('rejection');
    expect(no.doorOpen).toBe(false);
  });
});

describe('feedback offered as a report, a result in detail or notes by reply', () => {
  it('reads "if you wish to receive your test result in more detail, write to us" as feedback offered', () => {
    const r = read('Dear Lukas,\n\nthank you for taking the online test for our Internship in Logistics. Unfortunately we cannot invite you to the next step.\n\nIf you wish to receive your test results in more detail, please write to us.\n\nHR Department', 'Internship in Logistics');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read a refusal to share results as feedback offered', () => {
    const r = read('Dear Lukas,\n\nthank you for taking the online test for our Internship in Logistics. Unfortunately we cannot invite you to the next step.\n\nWe are not able to share test results in more detail.\n\nHR Department', 'Internship in Logistics');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads notes to be requested by replying as feedback offered', () => {
    const r = read('Dear Grace,\n\nThank you for attending the assessment centre for the Audit Graduate Programme. I am sorry to say we will not be making you an offer.\n\nThe assessors\' notes can be requested by replying to this email within ten days.\n\nGraduate Recruitment', 'Assessment centre outcome');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read a copy of one\'s data requested by reply as feedback offered', () => {
    const r = read('Dear Grace,\n\nThank you for attending the assessment centre for the Audit Graduate Programme. I am sorry to say we will not be making you an offer.\n\nA copy of your personal data can be requested by replying to this email.\n\nGraduate Recruitment', 'Assessment centre outcome');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads a feedback report to come as feedback offered, and one refused as not', () => {
    const yes = read('Dear Kwesi,\n\nUnfortunately you have not been successful at the assessment centre for the 2028 Tax Graduate Programme.\n\nYour feedback report will be sent to your candidate account next week.\n\nGraduate Team', 'Assessment centre');
    expect(yes.kind).toBe('rejection');
    expect(yes.feedbackOffered).toBe(true);
    const no = read('Dear Kwesi,\n\nUnfortunately you have not been successful at the assessment centre for the 2028 Tax Graduate Programme.\n\nFeedback reports will not be available for this round.\n\nGraduate Team', 'Assessment centre');
    expect(no.kind).toBe('rejection');
    expect(no.feedbackOffered).toBe(false);
  });

  it('reads "we would gladly share a summary of the panel\'s views" as feedback offered, and directions gladly given as not', () => {
    const yes = read('Hello Thabo,\n\nThank you for the interview for the Call Centre Agent post. We have appointed other candidates.\n\nWe would gladly share a short summary of the interviewers\' comments if you ask for one.\n\nRecruitment Office', 'Interview outcome');
    expect(yes.kind).toBe('rejection');
    expect(yes.feedbackOffered).toBe(true);
    const no = read('Hello Thabo,\n\nThank you for the interview for the Call Centre Agent post. We have appointed other candidates.\n\nWe would gladly give you directions to our new office for any future visit.\n\nRecruitment Office', 'Interview outcome');
    expect(no.kind).toBe('rejection');
    expect(no.feedbackOffered).toBe(false);
  });
});

describe('feedback: counts told back, and bare bars that are not feedback', () => {
  it('reads "your code passed 5 of the 15 test cases" as feedback', () => {
    const r = read('Hi Dev,\n\nThanks for doing the coding task for the Software Apprenticeship. Your code passed 5 of the 15 test cases. We will not be moving you forward.\n\nApprenticeship Team', 'Coding task');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(true);
  });

  it('does not read a count of the field as feedback', () => {
    const r = read('Hi Dev,\n\nThanks for doing the coding task for the Software Apprenticeship. We received 15 solutions for 5 places. We will not be moving you forward.\n\nApprenticeship Team', 'Coding task');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(false);
  });

  it('does not read a bare "your answers did not reach the score required" as feedback', () => {
    const r = read('Hello Ruth,\n\nThank you for completing the situational judgement test for the Prison Officer Apprenticeship.\n\nYour answers did not reach the score required to progress.\n\nRecruitment Team', 'SJT outcome');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(false);
  });

  it('reads answers that did not address a named scenario as feedback', () => {
    const r = read('Hello Ruth,\n\nThank you for completing the situational judgement test for the Prison Officer Apprenticeship.\n\nYour answers did not address the safety scenario, which carries most of the marks, so we cannot progress you.\n\nRecruitment Team', 'SJT outcome');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(true);
  });

  it('does not read "after reviewing your answers to the eligibility questions" as feedback', () => {
    const r = read('Hi Kemi,\n\nThanks for applying for the Warehouse Operative role in Daventry.\n\nAfter reviewing your answers to the eligibility questions, we won\'t be progressing your application.\n\nHiring Team', 'Your application');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(false);
  });
});

describe('reasons of early-careers and hourly work', () => {
  it('reads a bar told with its number as assessment', () => {
    const r = read('Hi Farah,\n\nThank you for completing the numerical test for the Data Apprenticeship. You scored 14. Our pass mark for the interview stage is 20.\n\nWe won\'t be progressing your application.\n\nApprenticeships Team', 'Test result');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('assessment');
  });

  it('does not read a closing date told with its number as assessment', () => {
    const r = read('Hi Farah,\n\nThank you for applying for the Data Apprenticeship. We have decided to progress other applicants. The closing date for the next apprenticeship is 20 March.\n\nApprenticeships Team', 'Your application');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('assessment');
  });

  it('reads "your results this time don\'t meet the profile we need" as assessment', () => {
    const r = read('Hi Ola,\n\nWe have looked at the results of the online games you played for the 2028 Graduate Programme. Unfortunately your results don\'t meet the level we need to move candidates forward.\n\nEarly Careers', 'Assessment update');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('assessment');
  });

  it('does not read an application that does not meet the criteria as assessment', () => {
    const r = read('Hi Ola,\n\nWe have looked at your application for the 2028 Graduate Programme. Unfortunately your application doesn\'t meet the level we need to move candidates forward.\n\nEarly Careers', 'Application update');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('assessment');
  });

  it('reads one exercise that came in below the bar as assessment at a final stage', () => {
    const r = read('Hi Rui,\n\nThank you for attending the assessment day. Your group exercise was solid, but the written case study came in below what we need for the analyst track.\n\nWe will not be making you an offer.\n\nCampus Team', 'Assessment day');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('assessment');
  });

  it('does not read a salary that came in below a figure as assessment', () => {
    const r = read('Hi Rui,\n\nThank you for attending the assessment day. Our budget came in below what you asked for, and we will not be making you an offer.\n\nCampus Team', 'Assessment day');
    expect(r.reasons).not.toContain('assessment');
  });

  it('reads a programme whose start has been postponed as role_closed', () => {
    const r = read('Dear Jonas,\n\nThank you for applying to our 2028 Graduate Engineering Programme. The programme\'s start has been postponed while we review our plans, and no decisions have been made yet.\n\nWe will write again in February.\n\nEarly Careers', 'Graduate Engineering Programme');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read the candidate\'s own interview postponed as role_closed', () => {
    const r = read('Dear Jonas,\n\nThank you for applying to our 2028 Graduate Engineering Programme. Your interview has been postponed to next Tuesday at 10am.\n\nEarly Careers', 'Graduate Engineering Programme');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('reads "holding off on offering any roles" as role_closed', () => {
    const r = read('Hi Priya,\n\nGood to meet you at the interview last week. The new store opening has slipped to May, so we\'re holding off on offering any shop floor roles until we have a date. You\'re still very much in the running and nobody has been hired yet.\n\nI\'ll message you once I know more.\n\nMatt, Opening Manager', 'New store – delay');
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read holding off on sending a contract as role_closed', () => {
    const r = read('Hi Priya,\n\nGood to meet you at the interview last week. We\'re holding off on sending any shop floor contracts until your DBS check comes back. You\'re still very much in the running.\n\nI\'ll message you once I know more.\n\nMatt, Opening Manager', 'New store – DBS');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('reads "profiles more aligned with our requirements for the X role" as a plain mismatch, not a named requirement', () => {
    const r = read('Dear Chidi,\n\nThank you for speaking with us. We have decided to proceed with candidates whose profiles are more aligned with our requirements for the Graduate Credit Analyst role.\n\nTalent Team', 'Graduate Credit Analyst');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads "candidates whose experience is more aligned with our needs in forklift operation" as a named requirement', () => {
    const r = read('Dear Chidi,\n\nThank you for speaking with us. We have decided to proceed with candidates whose experience is better aligned with our needs in forklift operation.\n\nTalent Team', 'Warehouse Team Leader');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
  });

  it('reads "candidates with a stronger fit for the requirements" as a plain mismatch', () => {
    const r = read('Dear Arjun,\n\nThank you for attending the interviews for the Graduate Engineer Trainee position. The panel has selected candidates with a stronger fit for the requirements of the refinery.\n\nHR Department', 'GET Interview Result');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads "candidates with stronger experience in CNC machining" as a named requirement', () => {
    const r = read('Dear Arjun,\n\nThank you for attending the interviews for the Graduate Engineer Trainee position. The panel has selected candidates with stronger experience in CNC machining.\n\nHR Department', 'GET Interview Result');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
  });

  it('reads "only open to candidates legally entitled to work" as location, not a named skill', () => {
    const r = read('Dear Ms. Li,\n\nThank you for applying for the Summer 2028 Co-op. This co-op is only open to candidates who are legally entitled to work in Canada, and you indicated you would require sponsorship, so we cannot proceed.\n\nTalent Acquisition', 'Co-op application');
    expect(r.reasons).toContain('location');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads the availability a job needs beside the candidate\'s narrower one as skills_gap', () => {
    const r = read('Hi Jade,\n\nThanks for the interview for the Care Assistant post. The post needs someone on at least two weekends a month, and you told us you can only work weekdays during term time, so we won\'t be offering you the role.\n\nSue, Home Manager', 'Care Assistant');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read availability that fits as skills_gap', () => {
    const r = read('Hi Jade,\n\nThanks for the interview for the Care Assistant post. You told us you can work weekends, which is great, but we have offered the post to another candidate.\n\nSue, Home Manager', 'Care Assistant');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads the candidate\'s grade as the application shows it, below the bar, as skills_gap', () => {
    const r = read('Dear Callum,\n\nThank you for applying for the Plumbing Apprenticeship. Applicants need GCSE English at grade 4 or above. Your form shows a grade 3 in English, so we are unable to offer you a place.\n\nTraining Office', 'Plumbing Apprenticeship');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read an application that shows an interest as skills_gap', () => {
    const r = read('Dear Callum,\n\nThank you for applying for the Plumbing Apprenticeship. Your form shows a real interest in the trade, but we have offered our places to other applicants.\n\nTraining Office', 'Plumbing Apprenticeship');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });
});
