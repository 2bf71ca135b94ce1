/**
 * Universities, research, charities and international organisations in their own words: the academic last step (a seminar
 * or a presentation to the department held with the interviews, a full day of meetings, the final selection panel), the post
 * given to someone already inside (a colleague who holds a post in the School, someone who has been volunteering with us),
 * the money for the post not granted and the post closed, and the pay asked named as a figure against a fixed stipend or
 * grade. Messages written for this test (not taken from any corpus part), each beside a message in nearby words that must
 * still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('the academic last step', () => {
  it('reads a research seminar held with the interviews as the final round', () => {
    const r = read('Dear Dr Lund,\n\nThank you for your research seminar and interviews on Monday for the Lecturer in Chemistry post. The committee has decided to offer the post to another candidate.\n\nBest wishes,\nProf. Hale', 'Lecturer in Chemistry');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('final');
  });

  it('still reads a seminar only described for the shortlisted as the application', () => {
    const r = read('Dear Dr Lund,\n\nThank you for your application for the Lecturer in Chemistry post. Shortlisted candidates will give a research seminar and have interviews in March. I am sorry to say that you have not been shortlisted.\n\nBest wishes,\nProf. Hale', 'Lecturer in Chemistry');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('reads a full day of meetings as the final round', () => {
    const r = read('Dear Dr Obi,\n\nThank you for the full day of meetings on Tuesday for the Research Engineer position. I am sorry to tell you that the committee has chosen another candidate.\n\nKind regards,\nDr Ines Koller', 'Research Engineer');
    expect(r.stage).toBe('final');
  });

  it('still reads a full day of meetings that would have come next as an interview', () => {
    const r = read('Dear Dr Obi,\n\nThank you for your interview on Tuesday for the Research Engineer position. The next stage would have been a full day of meetings with the group, but I am sorry to tell you that the committee will not be taking your application further.\n\nKind regards,\nDr Ines Koller', 'Research Engineer');
    expect(r.stage).toBe('interview');
  });

  it('reads an interview before the final selection panel as the final round', () => {
    const r = read('Dear Mr Otieno,\n\nRE: POSITION OF LECTURER, SCHOOL OF LAW\n\nWe refer to your interview before the final selection panel on 3rd May. We regret to inform you that your application was not successful.\n\nYours faithfully,\nREGISTRAR', 'POSITION OF LECTURER');
    expect(r.stage).toBe('final');
  });

  it('still reads an interview not followed by the final selection panel as an interview', () => {
    const r = read('Dear Mr Otieno,\n\nRE: POSITION OF LECTURER, SCHOOL OF LAW\n\nWe refer to your interview on 3rd May. We regret to inform you that you have not been recommended to the final selection panel.\n\nYours faithfully,\nREGISTRAR', 'POSITION OF LECTURER');
    expect(r.stage).toBe('interview');
  });
});

describe('the post given to someone already inside', () => {
  it('reads a colleague who holds a fellowship in the Department as an internal candidate', () => {
    const r = read('Dear Dr Moss,\n\nThank you for your interview for the Lectureship in History. The panel has recommended the appointment of a colleague who currently holds a research fellowship in the Department, and he has accepted.\n\nWith best wishes,\nProf. Ann Lyle', 'Lectureship in History');
    expect(r.reasons).toContain('internal_candidate');
  });

  it('still reads a colleague who holds a fellowship elsewhere as no internal candidate', () => {
    const r = read('Dear Dr Moss,\n\nThank you for your interview for the Lectureship in History. The panel has recommended the appointment of a colleague who currently holds a research fellowship at another university.\n\nWith best wishes,\nProf. Ann Lyle', 'Lectureship in History');
    expect(r.reasons).not.toContain('internal_candidate');
  });

  it('reads the role offered to someone who has been volunteering with us as an internal candidate', () => {
    const r = read('Hi Jo,\n\nThanks for coming in on Monday. We have offered the role to someone who has been volunteering with us for two years.\n\nBest,\nMaire\nFood Bank Coordinator', 'Project Worker');
    expect(r.reasons).toEqual(['internal_candidate']);
  });

  it('still reads thanks for the candidate volunteering with us as no internal candidate', () => {
    const r = read('Hi Jo,\n\nThanks for coming in on Monday, and for volunteering with us for two years. We have offered the role to someone with more casework experience.\n\nBest,\nMaire\nFood Bank Coordinator', 'Project Worker');
    expect(r.reasons).not.toContain('internal_candidate');
  });
});

describe('the post unfunded or closed', () => {
  it('reads a grant not funded as the role closed', () => {
    const r = read('Hi Priya,\n\nThank you for the interview last week. I am sorry to say that the grant that would have paid for this post was not funded, so I cannot appoint anyone.\n\nBest,\nTom', 'Research Assistant');
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('still reads a grant renewed and another appointed as no role closed', () => {
    const r = read('Hi Priya,\n\nThank you for the interview last week. The grant that pays for this post was renewed, and I have appointed another applicant.\n\nBest,\nTom', 'Research Assistant');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('reads a post the employer will not be filling as the role closed', () => {
    const r = read('Dear Ms Ade,\n\nThank you for your application. The trustees have decided to end the project, so we will not be filling the Community Officer post, and recruitment has been closed.\n\nRegards,\nThe Hollins Trust', 'Community Officer');
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('still reads a post filled as the position filled', () => {
    const r = read('Dear Ms Ade,\n\nThank you for your application. We have now filled the Community Officer post, and recruitment has been closed.\n\nRegards,\nThe Hollins Trust', 'Community Officer');
    expect(r.reasons).toEqual(['position_filled']);
  });
});

describe('the pay asked against a fixed figure', () => {
  it('reads an expected CTC named with the decision as salary', () => {
    const r = read('Dear Ravi,\n\nThank you for the call on Monday. The role carries a salary of INR 12 lakh per annum. Since your expected CTC is INR 20 lakh, we will not be able to move forward with your candidature.\n\nRegards,\nMeera', 'Programme Manager');
    expect(r.reasons).toEqual(['salary']);
  });

  it('still reads an expected CTC within the budget as no salary reason', () => {
    const r = read('Dear Ravi,\n\nThank you for the call on Monday. Your expected CTC of INR 12 lakh is within our budget. However, we will not be able to move forward, as we have chosen a candidate with more field experience.\n\nRegards,\nMeera', 'Programme Manager');
    expect(r.reasons).not.toContain('salary');
  });

  it('reads no scope to meet the expectation as salary', () => {
    const r = read('Dear Mr Grant,\n\nThank you for applying for the Archivist post. The post is on Grade 5. As there is no scope to meet your expectation, we will not take your application forward.\n\nRecruitment Office', 'Archivist');
    expect(r.reasons).toEqual(['salary']);
  });

  it('still reads scope to meet the expectation as no salary reason', () => {
    const r = read('Dear Mr Grant,\n\nThank you for applying for the Archivist post. There is scope to meet your expectation on Grade 5, but we will not take your application forward, as the panel chose candidates with more cataloguing experience.\n\nRecruitment Office', 'Archivist');
    expect(r.reasons).not.toContain('salary');
  });

  it('reads a stipend below the figure the candidate named as salary', () => {
    const r = read('Hi Arjun,\n\nThanks for the call. The fellowship stipend is fixed at INR 60,000 a month, well below the 1.2 lakh you mentioned, so we will not be moving forward.\n\nBest,\nNisha', 'Policy Fellow');
    expect(r.reasons).toEqual(['salary']);
  });

  it('still reads a stipend in line with the figure named as no salary reason', () => {
    const r = read('Hi Arjun,\n\nThanks for the call. The fellowship stipend is INR 60,000 a month, in line with the figure you mentioned, but we will not be moving forward, as we need someone with fieldwork in Bihar.\n\nBest,\nNisha', 'Policy Fellow');
    expect(r.reasons).not.toContain('salary');
  });
});

describe('a roster kept for later posts', () => {
  it('reads a place on the roster for future vacancies as an open door', () => {
    const r = read('Dear Mr Ruiz,\n\nThank you for your interview for the Statistician post. The post has been filled. While you were not selected, you have been placed on the roster for future vacancies at this level.\n\nHuman Resources', 'Statistician');
    expect(r.doorOpen).toBe(true);
  });

  it('still reads no place on the roster as no open door', () => {
    const r = read('Dear Mr Ruiz,\n\nThank you for your interview for the Statistician post. The post has been filled, and you have not been placed on the roster for future vacancies at this level.\n\nHuman Resources', 'Statistician');
    expect(r.doorOpen).toBe(false);
  });
});

describe('the criteria, the fee status and the career stage', () => {
  it('reads the selection criteria addressed more strongly by others as a profile mismatch', () => {
    const r = read('Dear Dr Wu,\n\nThank you for your interview for the Lecturer in Law post. I regret to advise that you were not the preferred applicant. Other applicants addressed the selection criteria more strongly.\n\nHR Services', 'Lecturer in Law');
    expect(r.reasons).toEqual(['profile_mismatch']);
  });

  it('still reads the selection criteria asked of everyone as no profile mismatch', () => {
    const r = read('Dear Dr Wu,\n\nThank you for your interview for the Lecturer in Law post. I regret to advise that you were not the preferred applicant. All applicants were asked to address the selection criteria in their interview.\n\nHR Services', 'Lecturer in Law');
    expect(r.reasons).toEqual(['generic']);
  });

  it('reads an international fee status the award cannot pay for as location', () => {
    const r = read('Dear Ms Tan,\n\nThank you for your application for the funded PhD studentship. The award covers fees at the home rate only. You would be classed as an international student for fee purposes, so we are unable to consider you for this award.\n\nPGR Admissions', 'Studentship');
    expect(r.reasons).toEqual(['location']);
  });

  it('still reads a home fee status beside another reason as no location', () => {
    const r = read('Dear Ms Tan,\n\nThank you for your application for the funded PhD studentship. You would be classed as a home student for fee purposes; however, the panel has selected candidates with more laboratory experience.\n\nPGR Admissions', 'Studentship');
    expect(r.reasons).not.toContain('location');
  });

  it('reads a post meant for an early career, the candidate far along, as overqualified', () => {
    const r = read('Dear Dr Berg,\n\nThank you for your interviews for the Research Fellow post. This fellowship is intended as an early-career post, and with your twenty years of research and your own group, we felt you would be better placed in a senior role.\n\nBest,\nProf. Ola', 'Research Fellow');
    expect(r.reasons).toEqual(['overqualified']);
  });

  it('still reads the same post given to a closer research plan as no overqualified', () => {
    const r = read('Dear Dr Berg,\n\nThank you for your interviews for the Research Fellow post. This fellowship is intended as an early-career post, and the panel chose a candidate whose research plan fitted the project more closely.\n\nBest,\nProf. Ola', 'Research Fellow');
    expect(r.reasons).not.toContain('overqualified');
  });

  it('reads experience well above the role as overqualified', () => {
    const r = read('Dear Mr Cole,\n\nThank you for attending interview. You have managed a team of twelve for eight years, which is well above this assistant role, and we do not think the post would hold you.\n\nBest wishes,\nUnit Manager', 'Assistant');
    expect(r.reasons).toContain('overqualified');
  });

  it('still reads a salary well above the role as salary, not overqualified', () => {
    const r = read('Dear Mr Cole,\n\nThank you for attending interview. The salary you asked for is well above this assistant role, and we cannot meet it.\n\nBest wishes,\nUnit Manager', 'Assistant');
    expect(r.reasons).toEqual(['salary']);
  });
});
