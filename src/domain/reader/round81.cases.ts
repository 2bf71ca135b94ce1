/**
 * Universities, research institutes and schools: a post filled by redeployment or by extending a colleague, a funder's
 * decision or an appointment delayed, a post no longer to be filled, the chosen candidate's research set against the
 * department's, a requirement named beside the candidate's own record, the essential criteria, the work sent judged under
 * the bar, the shortlist closed to the candidate, the vacancies page to keep looking at. Messages written for this test (not
 * taken from any corpus part), each beside a message in nearby words that must still read the other way. The rules alone
 * (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('a post filled from inside the institution', () => {
  it('reads a post filled through the redeployment process as internal_candidate', () => {
    const r = read('Dear Mr Oduya,\n\nThank you for applying for the Estates Coordinator post. The vacancy has now been filled through the university\'s redeployment process, so external applications will not be considered further.\n\nRegards,\nHR Services');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('internal_candidate');
  });

  it('does not read a post filled through the usual recruitment process as internal_candidate', () => {
    const r = read('Dear Mr Oduya,\n\nThank you for applying for the Estates Coordinator post. The vacancy has now been filled through our usual recruitment process, so your application will not be considered further.\n\nRegards,\nHR Services');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('internal_candidate');
  });

  it('reads a contract extended for a colleague already teaching the module as internal_candidate', () => {
    const r = read('Dear Dr Varga,\n\nThank you for applying for the Teaching Fellow (fixed term). We have been able to cover the modules by extending the contract of a colleague already teaching in the department, so we will not be shortlisting for this post.\n\nBest wishes,\nSchool Office');
    expect(r.reasons).toContain('internal_candidate');
  });
});

describe('the post delayed, or not to be filled', () => {
  it('reads a funder\'s decision put back as role_closed', () => {
    const r = read('Dear Amina,\n\nThank you for interviewing for the Research Assistant post. The post depends on the grant, and the research council\'s decision has been delayed until the summer, so we cannot appoint yet. You remain under consideration and I will write as soon as I hear.\n\nBest,\nDr Paul Kerr');
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read the panel\'s decision put back as role_closed', () => {
    const r = read('Dear Amina,\n\nThank you for interviewing for the Research Assistant post. The panel\'s decision has been delayed by a few days as one member is away. You remain under consideration and I will write as soon as I can.\n\nBest,\nDr Paul Kerr');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('reads an appointment delayed until a new head arrives as role_closed', () => {
    const r = read('Dear Ms Carter,\n\nThank you for attending interview. The department has decided to delay the appointment to this lectureship until the new Dean is in post in April. We will be in touch again then.\n\nYours sincerely,\nFaculty Office');
    expect(r.reasons).toContain('role_closed');
  });

  it('reads a post that will no longer be filled as role_closed', () => {
    const r = read('Dear Mr Benn,\n\nThank you for coming to the final interviews for Head of Boarding. Following a review by the governors, the post will no longer be filled in its present form and we are not making an appointment.\n\nKind regards,\nBursar');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read an appointment not yet made as role_closed', () => {
    const r = read('Dear Mr Benn,\n\nThank you for coming to the final interviews for Head of Boarding. The governors meet on Friday and we are not making an appointment until then.\n\nKind regards,\nBursar');
    expect(r.reasons).not.toContain('role_closed');
  });
});

describe('research fit with the department', () => {
  it('reads a candidate whose research programme complements the department as profile_mismatch', () => {
    const r = read('Dear Dr Lindqvist,\n\nThank you for your campus visit. After much discussion the committee has offered the position to a candidate whose research programme complements our existing groups in soft matter more directly.\n\nSincerely,\nSearch Committee Chair');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('profile_mismatch');
  });

  it('does not read a candidate whose research programme was simply praised as profile_mismatch', () => {
    const r = read('Dear Dr Lindqvist,\n\nThank you for your campus visit. After much discussion the committee has offered the position to another candidate. Every finalist had a research programme the committee admired.\n\nSincerely,\nSearch Committee Chair');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('profile_mismatch');
  });
});

describe('a requirement named beside the candidate\'s record', () => {
  it('reads "the post requires X, and yours is still developing" as skills_gap', () => {
    const r = read('Dear Dr Mensah,\n\nThank you for applying for the Associate Professor post. The post requires a sustained record of doctoral supervision, and yours is still at an early stage, so you have not been shortlisted.\n\nYours sincerely,\nFaculty HR');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read "the project relies on a grant" with nothing said of the candidate as skills_gap', () => {
    const r = read('Dear Dr Mensah,\n\nThank you for applying for the Associate Professor post. The project relies on a grant that has now ended, and we have decided not to fill the post, so we won\'t be taking your application further.\n\nYours sincerely,\nFaculty HR');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads "you haven\'t done X, and the project relies on it" as skills_gap', () => {
    const r = read('Dear Tom,\n\nThanks for the chat with Dr Ellis. As you said, you haven\'t worked with zebrafish before, and the project relies on it from day one, so we won\'t be taking your application further.\n\nBest,\nLab Coordinator');
    expect(r.reasons).toContain('skills_gap');
  });

  it('reads "one of the essential criteria was X" as skills_gap', () => {
    const r = read('Dear Ms Rossi,\n\nThank you for applying for the Teacher of French post. One of the essential criteria was a recognised teaching qualification, and we could not find one in your application, so we will not take it further.\n\nKind regards,\nSchool Office');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read "one of the essential criteria was not evidenced" with nothing named as skills_gap', () => {
    const r = read('Dear Ms Rossi,\n\nThank you for applying for the Teacher of French post. Unfortunately your application was not shortlisted, as it did not meet the essential criteria.\n\nKind regards,\nSchool Office');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('the work sent judged under the bar', () => {
  it('reads "the sample marking didn\'t hit the standard we need" after a task as a rejection on the task', () => {
    const r = read('Hi Dev,\n\nThanks for sending over your lesson notes and the sample marking task. We\'ve looked at both, and the sample marking didn\'t hit the standard we need for our GCSE maths tutors.\n\nSam\nTutor Team');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
    expect(r.reasons).toContain('assessment');
  });

  it('does not read "thanks for sending over your CV and the cover letter" as a task', () => {
    const r = read('Hi Dev,\n\nThanks for sending over your CV and the cover letter. I\'m sorry to say we won\'t be shortlisting you for the tutor role this term.\n\nSam\nTutor Team');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });
});

describe('the shortlist closed to the candidate', () => {
  it('reads "we won\'t be shortlisting you" as a rejection', () => {
    const r = read('Dear Mr Abiola,\n\nThank you for applying for the Library Assistant role. I\'m sorry to say we won\'t be shortlisting you.\n\nBest,\nLibrary Services');
    expect(r.kind).toBe('rejection');
  });

  it('does not read "we will be shortlisting next week" as a rejection', () => {
    const r = read('Dear Mr Abiola,\n\nThank you for applying for the Library Assistant role. We will be shortlisting next week and will write to every applicant then.\n\nBest,\nLibrary Services');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "the panel has not taken your application forward" as a rejection', () => {
    const r = read('Dear Dr Ito,\n\nThank you for applying to the Lecturer in History post. I\'m afraid the panel has not taken your application forward.\n\nBest wishes,\nSchool Manager');
    expect(r.kind).toBe('rejection');
  });
});

describe('the vacancies page, the next round of applications, another go', () => {
  it('reads "continue to look at our vacancies page" as doorOpen', () => {
    const r = read('Dear Candidate,\n\nFollowing careful consideration you have not been shortlisted for the Finance Assistant vacancy. Please continue to look at our vacancies page for new posts.\n\nPeople Services');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "continue to look at our privacy notice" as doorOpen', () => {
    const r = read('Dear Candidate,\n\nFollowing careful consideration you have not been shortlisted for the Finance Assistant vacancy. Please continue to look at our privacy notice for how your data is held.\n\nPeople Services');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "we open applications again every September" and "welcome to have another go" as doorOpen', () => {
    expect(read('Hi there,\n\nThanks for applying to coach with us. We can\'t offer you a place this term. We open coach applications again every September.\n\nThe Team').doorOpen).toBe(true);
    expect(read('Hi there,\n\nThanks for applying to coach with us. We can\'t offer you a place this term, but you are welcome to have another go next year.\n\nThe Team').doorOpen).toBe(true);
  });

  it('does not read "we won\'t open applications again" as doorOpen', () => {
    const r = read('Hi there,\n\nThanks for applying to coach with us. We can\'t offer you a place, and we won\'t open coach applications again every term as we used to.\n\nThe Team');
    expect(r.doorOpen).toBe(false);
  });
});
