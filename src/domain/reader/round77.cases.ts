/**
 * Reasons told in second-language English, as employers across Europe (and many elsewhere) write them: a vacancy
 * "already occupied", an internship "given to someone else", a post that "will not be filled", an end put to a
 * recruitment, a language level "not yet enough", enrolment a student job needs, studies or a stay elsewhere, a salary
 * that "lies above what we have budgeted", a background "far from" the team's work, others who "correspond more closely
 * to the profile", a post that would not offer "enough responsibility": messages written for this test (not taken from
 * any corpus part), each beside a message in nearby words that must still read the other way. The rules alone (`null`)
 * must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('a post filled, told in second-language English', () => {
  it('reads "the vacancy is already occupied" as position_filled', () => {
    const r = read('Dear Mr. Novak,\n\nthank you for your application as Office Assistant. We are sorry to tell you that the position is already occupied.\n\nBest regards\nPersonal\nBrunnhof Hotel GmbH', 'Your application');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('position_filled');
  });

  it('does not read "the position is not yet occupied" as position_filled', () => {
    const r = read('Dear Mr. Novak,\n\nthank you for your application as Office Assistant. The position is not yet occupied, but we have decided not to continue with your application.\n\nBest regards\nPersonal\nBrunnhof Hotel GmbH', 'Your application');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('position_filled');
  });

  it('reads "the traineeship was given to another applicant" as position_filled', () => {
    const r = read('Hello Marta,\n\nthanks for your interest. Unfortunately the traineeship was given to another applicant. All the best!\n\nJens, Fjordlys Media', 'Traineeship');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('position_filled');
  });

  it('does not read "we have given the job to someone with more studio experience" as position_filled', () => {
    const r = read('Hello Marta,\n\nthanks for coming in on Friday. We have given the job to someone with more studio experience, sorry.\n\nJens, Fjordlys Media', 'Traineeship');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('position_filled');
  });

  it('does not read a decision to give the post to someone with more experience as position_filled', () => {
    const r = read('Hello Marta,\n\nthanks for coming in on Friday. We have decided to give the job to someone with a bit more studio experience, sorry.\n\nJens, Fjordlys Media', 'Traineeship');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('position_filled');
  });
});

describe('a post that goes away', () => {
  it('reads "the position in Linz will not be filled" as role_closed', () => {
    const r = read('Dear Ms. Berger,\n\nthank you for the interview. After an internal review, the work will be done by our team in Graz and the position in Linz will not be filled. Therefore we cannot continue with your application.\n\nKind regards\nHR', 'Sachbearbeiter Einkauf');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read "the position in Linz will not be filled before March" as role_closed', () => {
    const r = read('Dear Ms. Berger,\n\nthank you for the interview. The position in Linz will not be filled before March, and we have decided to continue with other candidates whose profile fits better.\n\nKind regards\nHR', 'Sachbearbeiter Einkauf');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('reads "we have decided to put an end to this recruitment" as role_closed', () => {
    const r = read('Dear Mr. Lefèvre,\n\nthank you for applying as Data Steward. Because of new priorities we have decided to put an end to this recruitment. We therefore cannot continue with your application.\n\nCordialement,\nRecrutement', 'Data Steward');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read "we have decided to put an end to your application" as role_closed', () => {
    const r = read('Dear Mr. Lefèvre,\n\nthank you for applying as Data Steward. After review we have decided to put an end to your application, as other candidates fit the profile better.\n\nCordialement,\nRecrutement', 'Data Steward');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('role_closed');
  });
});

describe('a language level, or the enrolment a student job needs', () => {
  it('reads "your level is not yet enough" after a switch into a named language as skills_gap with feedback', () => {
    const r = read('Hi Anna,\n\nthanks for the call today. When we continued the conversation in Danish it was clear that your level is not yet enough for the customer calls, so we will not go further with your application.\n\nHilsen\nMette', 'Our call');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
    expect(r.feedback).toBe(true);
  });

  it('does not read "your German is excellent" as a skills gap', () => {
    const r = read('Hi Anna,\n\nthanks for the call today. Your German is excellent, but we have decided to go on with other candidates.\n\nViele Grüße\nMette', 'Our call');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads "your Dutch is not yet sufficient" as skills_gap', () => {
    const r = read('Dear Tom,\n\nthank you for the interview. Your Dutch is not yet sufficient for the contact with our clients, so we will not continue with your application.\n\nMet vriendelijke groet,\nLotte', 'Interview');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
  });

  it('reads "the job needs Hungarian" given as a reason as skills_gap', () => {
    const r = read('Dear Mr. Kowal,\n\nthank you for the interview. Unfortunately the job needs Hungarian for the daily work with our suppliers in Győr, so we decided against your application.\n\nBest regards\nHR', 'Interview');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
  });

  it('reads "you are not enrolled anymore" for a working-student job as skills_gap with feedback', () => {
    const r = read('Dear Mia,\n\nthank you for your application as working student in Marketing. This contract is only possible for students. As you told us that you graduated in July and are not enrolled anymore, we cannot consider you.\n\nBest regards\nHR Team', 'Werkstudent Marketing');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
    expect(r.feedback).toBe(true);
  });

  it('does not read "you are not enrolled at a Dutch university" as a skills gap', () => {
    const r = read('Dear Mia,\n\nthank you for your application for the internship. As you are not enrolled at a Dutch university, we cannot sign the internship agreement and cannot consider you.\n\nBest regards\nHR Team', 'Internship');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('where the candidate studies, lives or will be', () => {
  it('reads "only possible for students who are enrolled at an Austrian university" as location with feedback', () => {
    const r = read('Dear Mr. Adeyemi,\n\nthank you for your interest. Unfortunately, internships with us are only possible for students who are enrolled at an Austrian university, so we cannot consider your application.\n\nKind regards\nSecretariat', 'Internship');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
    expect(r.feedback).toBe(true);
  });

  it('does not read "only possible for students in the final year of a Master" as location', () => {
    const r = read('Dear Mr. Adeyemi,\n\nthank you for your interest. Unfortunately, internships with us are only possible for students in the final year of a Master, so we cannot consider your application.\n\nKind regards\nSecretariat', 'Internship');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('location');
  });

  it('reads "as you are living in Ghana, we are not able to consider you" as location', () => {
    const r = read('Dear Ama,\n\nthank you for applying. As you are living in Ghana, we are not able to consider your application for this part-time job.\n\nKind regards\nHR', 'Part-time job');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
  });

  it('does not read "as you are interested in logistics" as location', () => {
    const r = read('Dear Ama,\n\nthank you for applying. As you are interested in logistics, you may like our other openings, but we are not able to consider your application for this part-time job.\n\nKind regards\nHR', 'Part-time job');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('location');
  });

  it('reads "you told us you are in Porto until May" beside a start date elsewhere as location, beside the comparison', () => {
    const r = read('Dear Luca,\n\nthank you for the phone call. Other candidates fit the requirements a little better. Also the job starts in Munich in February, and you told us you are in Porto until May. So we will not continue.\n\nKind regards\nHR', 'Phone call');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(expect.arrayContaining(['location', 'profile_mismatch']));
  });

  it('does not read "you told us you are interested in Munich" as location', () => {
    const r = read('Dear Luca,\n\nthank you for the phone call. Other candidates fit the requirements a little better, although you told us you are interested in Munich. So we will not continue.\n\nKind regards\nHR', 'Phone call');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('location');
  });

  it('reads "you would need to move to Brno, which is not possible for you" as location', () => {
    const r = read('Dear Ms. Nowak,\n\nthank you for the video interview. You would need to move to Brno by March, which as you said is not possible for you, so we will not continue with your application.\n\nBest regards\nHR', 'Interview');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
  });

  it('does not read a move that is possible as location', () => {
    const r = read('Dear Ms. Nowak,\n\nthank you for the video interview. You would need to move to Brno by March, which is possible for you, but we will not continue with your application, as we chose a candidate whose experience fits better.\n\nBest regards\nHR', 'Interview');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('location');
  });
});

describe('presence the job needs, hard from where the candidate lives', () => {
  it('reads "three days a week in the office, which is difficult from Lagos" as location', () => {
    const r = read('Dear Tunde,\n\nthanks for your application as Junior Analyst in Utrecht. The job means three days a week in the office, which is difficult from Lagos even with a visa in a few months, so we decided against your application.\n\nGroeten,\nHR', 'Junior Analyst');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
  });

  it('does not read "it is difficult from the start" about workload as location', () => {
    const r = read('Dear Tunde,\n\nthanks for your application as Junior Analyst in Utrecht. The job is difficult from the start, and other candidates fit the profile better, so we decided against your application.\n\nGroeten,\nHR', 'Junior Analyst');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('location');
  });
});

describe('pay, and a background far from the work', () => {
  it('reads "this lies well above what we have budgeted" after the candidate\'s figure as salary with feedback', () => {
    const r = read('Dear Mr. Lund,\n\nthank you for the call. You mentioned a yearly salary of SEK 720,000. Unfortunately, this lies well above what we have budgeted for the position, so we will not proceed.\n\nMed vänliga hälsningar\nHR', 'Controller');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('salary');
    expect(r.feedback).toBe(true);
  });

  it('does not read "this lies well above what we expected" about the interview as salary', () => {
    const r = read('Dear Mr. Lund,\n\nthank you for the call. Your preparation lies well above what we expected, but other candidates fit the profile better, so we will not proceed.\n\nMed vänliga hälsningar\nHR', 'Controller');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('salary');
  });

  it('reads "your background in robotics is a bit far from the payments work" as skills_gap', () => {
    const r = read('Dear Nils,\n\nthanks for the first call. We agreed that your background in robotics is a bit far from the payments work the team does, so we will not go on to the technical round.\n\nBest,\nTalent Team', 'After our call');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
  });

  it('reads "your background is a bit far from what we need", with nothing named, as profile_mismatch', () => {
    const r = read('Dear Nils,\n\nthanks for the first call. We agreed that your background is a bit far from what we need, so we will not go on to the technical round.\n\nBest,\nTalent Team', 'After our call');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('profile_mismatch');
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('others nearer the profile, and a profile wanted elsewhere', () => {
  it('keeps "other applicants corresponded more closely to the profile" beside a named requirement', () => {
    const r = read('Dear Mr. Osei,\n\nthe position requires a Master degree in geodesy; your degree is in geography. Other applicants corresponded more closely to the profile. We therefore cannot offer you the position.\n\nYours sincerely,\nProf. Weber', 'PhD position');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(expect.arrayContaining(['skills_gap', 'profile_mismatch']));
  });

  it('reads "many applications from candidates who match the profile completely" as profile_mismatch', () => {
    const r = read('Dear Sara,\n\nthank you for applying. We received many applications from candidates who match the profile completely, so we cannot consider you further.\n\nKind regards,\nRecruitment', 'Graduate programme');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('profile_mismatch');
  });

  it('does not read "your profile matches the requirements completely" as profile_mismatch', () => {
    const r = read('Dear Sara,\n\nthank you for applying. Your profile matches the requirements completely, but the position has already been filled.\n\nKind regards,\nRecruitment', 'Graduate programme');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('profile_mismatch');
  });

  it('reads "we are searching for candidates with a different focus" as profile_mismatch, no skills gap', () => {
    const r = read('Dear Ms. Ruiz,\n\nwe regret that your profile has not been selected, as we are searching for candidates with a different academic focus.\n\nUn saludo,\nSelección', 'Prácticas');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['profile_mismatch']);
    expect(r.feedback).toBe(false);
  });

  it('reads "we are looking for candidates with a degree in food chemistry, which your application does not show" as skills_gap', () => {
    const r = read('Dear Ms. Ruiz,\n\nwe regret that your profile has not been selected, as we are looking for candidates with a degree in food chemistry, which your application does not show.\n\nUn saludo,\nSelección', 'Prácticas');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
  });
});

describe('a post too small for the candidate', () => {
  it('reads "the position would not offer you enough responsibility" as overqualified', () => {
    const r = read('Dear Mr. Kraus,\n\nthank you for the interview. With your twenty years as plant manager, we believe the position would not offer you enough responsibility, so we decided for another candidate.\n\nMit freundlichen Grüßen\nHR', 'Schichtleiter');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('overqualified');
  });

  it('does not read "the position will offer you enough responsibility" as overqualified', () => {
    const r = read('Dear Mr. Kraus,\n\nthank you for the interview. The position would offer you enough responsibility, but we decided for another candidate whose experience fits better.\n\nMit freundlichen Grüßen\nHR', 'Schichtleiter');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('overqualified');
  });
});
