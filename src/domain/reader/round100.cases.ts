/**
 * The door left open and feedback offered, told in passing: a promise to call when something comes up, about roles just
 * named, when the company's own plans come through, or about a hire still planned; roles of another kind the sender would
 * be pleased to consider the candidate for; an offer to run through the decision on the phone, or to share feedback from
 * the interview if it would help. Beside them their look-alikes: a social page followed for its news, a bare pointer to the
 * vacancies open today, a newsletter, a call about paperwork. And the reasons told in passing: an offer that could not get
 * near the figure, a role the candidate would find too limited, a team that works collaboratively, what an exercise was
 * scoring, a required standard not met, scores set against the ones required, a culture fit told only by comparison beside
 * strengths granted, and a process closed because the role will not be filled. Messages written for this test (not taken
 * from any corpus part), each beside a message in nearby words that must still read the other way. The rules alone
 * (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const decline = 'Thank you for interviewing for the Events Coordinator role. We have decided not to take your application further.';
const letter = (middle: string) => `Dear Petra,\n\n${decline}\n\n${middle}\n\nBest wishes,\nMarisol\nPeople Team, Larkfield Events`;

describe('the door left open, told in passing', () => {
  it('reads something unnamed coming up, the sender on the phone, as an open door', () => {
    expect(read(letter('If anything nearer your experience comes up, we will be straight on the phone.')).doorOpen).toBe(true);
  });

  it('does not read something coming up about expenses as an open door', () => {
    expect(read(letter('If anything comes up about your travel expenses, I will be straight on the phone.')).doorOpen).toBe(false);
  });

  it('reads a call promised about the roles just named as an open door', () => {
    expect(read(letter('I have three events roles opening in the spring that suit you better, and I will ring you about them in March.')).doorOpen).toBe(true);
  });

  it('does not read a call promised about the reference letters as an open door', () => {
    expect(read(letter('You asked about your reference letters; I will ring you about them tomorrow.')).doorOpen).toBe(false);
  });

  it('reads a team still to come that the candidate will hear about as an open door', () => {
    expect(read(letter('We are setting up a festivals team next year, and I will make sure you hear about it.')).doorOpen).toBe(true);
  });

  it('does not read the outcome the candidate will hear about as an open door', () => {
    expect(read(letter('Your appeal about the test has gone to the director, and I will make sure you hear about it.')).doorOpen).toBe(false);
  });

  it("reads the sender back in touch when the company's plans come through as an open door", () => {
    expect(read(letter('When we secure the council contract, I will be straight back in touch.')).doorOpen).toBe(true);
  });

  it('does not read the sender in touch about something the company needs as an open door', () => {
    expect(read(letter('If we need anything else from you, I will be straight back in touch.')).doorOpen).toBe(false);
  });

  it('reads a hire still planned that the sender would like to talk about as an open door', () => {
    expect(read(letter('We are hoping to recruit a venue manager in the summer and I would love to talk to you about that then.')).doorOpen).toBe(true);
  });

  it('does not read a talk about why the hire went elsewhere as an open door', () => {
    expect(read(letter('We are planning to hire two juniors instead, and I would like to talk to you about why.')).doorOpen).toBe(false);
  });

  it('reads roles of another kind the sender would be pleased to consider the candidate for as an open door', () => {
    expect(read(letter('We would be very pleased to consider you for hospitality manager vacancies, which we post each quarter.')).doorOpen).toBe(true);
  });

  it('does not read roles the candidate was once considered for as an open door', () => {
    expect(read(letter('We were pleased to consider you for catering manager vacancies last year, but none suited.')).doorOpen).toBe(false);
  });
});

describe('the look-alikes of an open door', () => {
  it('does not read a social page followed for its news as an open door', () => {
    expect(read(letter('Do follow us on Instagram @larkfield for photos from our weddings.')).doorOpen).toBe(false);
  });

  it('still reads a social page followed for new openings as an open door', () => {
    expect(read(letter('Do follow us on LinkedIn, where we post all our new openings.')).doorOpen).toBe(true);
  });

  it('does not read a bare pointer to the vacancies open today as an open door', () => {
    expect(read(letter('Visit our careers site to see all current vacancies.')).doorOpen).toBe(false);
  });

  it('still reads an encouragement to visit the careers site for future vacancies as an open door', () => {
    expect(read(letter('We encourage you to visit our careers site regularly for future vacancies.')).doorOpen).toBe(true);
  });

  it('does not read company news by newsletter as an open door', () => {
    expect(read(letter('We will keep you posted on company news through the newsletter you joined.')).doorOpen).toBe(false);
  });

  it('still reads being kept posted about future openings as an open door', () => {
    expect(read(letter('We will keep you posted about future openings in the events team.')).doorOpen).toBe(true);
  });
});

describe('feedback offered, told in passing', () => {
  it('reads feedback from the interview offered if it would help as an offer', () => {
    expect(read(letter('If any feedback from the interview would be useful, I am happy to share it - just reply.')).feedbackOffered).toBe(true);
  });

  it('does not read feedback from the interview refused as an offer', () => {
    expect(read(letter('Feedback from the interview is confidential, and we are unable to share it.')).feedbackOffered).toBe(false);
  });

  it('reads a call offered to run through the decision as an offer', () => {
    expect(read(letter("I know that's brief - call me any time this week and I'll run through it.")).feedbackOffered).toBe(true);
  });

  it('does not read a call offered to run through an expenses claim as an offer', () => {
    expect(read(letter("If the travel expenses claim is unclear, ring me and I'll run through it.")).feedbackOffered).toBe(false);
  });
});

describe('the reasons told in passing', () => {
  it('reads an offer that could not get near the figure as salary', () => {
    expect(read(letter("In the end we couldn't get our offer close to the £52k you need.")).reasons).toContain('salary');
  });

  it('does not read an offer that came close to the figure as salary', () => {
    expect(read(letter('We could get our offer close to the £52k you need, but the panel preferred another finalist.')).reasons).not.toContain('salary');
  });

  it('reads a role the candidate would find too limited as overqualified', () => {
    expect(read(letter("With your years running venues, we think you'd soon find the role too limited.")).reasons).toContain('overqualified');
  });

  it('does not read a role the candidate would not find limited as overqualified', () => {
    expect(read(letter("We don't think you'd find the role too limited, but another candidate had more festival experience.")).reasons).not.toContain('overqualified');
  });

  it('reads a way of working noted beside a collaborative team as culture fit', () => {
    expect(read(letter('The panel felt you preferred to plan events alone, and we work very collaboratively.')).reasons).toContain('culture_fit');
  });

  it('does not read a collaborative team beside another candidate chosen as culture fit', () => {
    expect(read(letter('We work very collaboratively, and another candidate had more experience of large festivals.')).reasons).not.toContain('culture_fit');
  });

  it('reads what the exercise was scoring, missed, as assessment', () => {
    const r = read("Hi Petra,\n\nThanks for doing the planning exercise on Monday. Your plan was tidy, but you didn't get to handling the budget overrun, and that was the main thing the exercise was scoring, so we won't move you on to interviews.\n\nBest,\nMarisol", 'Planning exercise');
    expect(r.reasons).toContain('assessment');
  });

  it('does not read what the panel was looking for, missed in an interview, as assessment', () => {
    expect(read(letter("Your answers were tidy, but you gave no example of budget control, and that was the main thing the panel was looking for.")).reasons).not.toContain('assessment');
  });

  it('reads a required standard not met, after a test, as assessment', () => {
    expect(read('Dear Candidate,\n\nThank you for completing the numerical reasoning test for the Graduate Scheme. Unfortunately you have not met the required standard to progress to the next stage.\n\nGraduate Recruitment', 'Numerical reasoning test').reasons).toContain('assessment');
  });

  it('does not read a culture fit told only as other candidates preferred, beside strengths granted, as feedback', () => {
    const r = read(letter('Although you have many strengths, we felt that other candidates were a better fit with our team culture and values.'));
    expect(r.reasons).toContain('culture_fit');
    expect(r.feedback).toBe(false);
  });

  it('still reads a culture fit told of the candidate, beside strengths granted, as feedback', () => {
    const r = read(letter('Although you have many strengths, we felt your preference for working alone would not fit our team culture and values.'));
    expect(r.reasons).toContain('culture_fit');
    expect(r.feedback).toBe(true);
  });

  it('reads the scores set against the ones required as feedback', () => {
    expect(read('Dear candidate,\n\nYour results for the Payroll Assistant assessment are now available.\n\nNumerical reasoning: 52% (required: 60%)\nData entry: 38 wpm (required: 30 wpm)\n\nAs you have not met the required standard in all parts, we are unable to progress your application.\n\nRecruitment', 'Assessment results').feedback).toBe(true);
  });

  it('does not read the required standard alone as feedback', () => {
    expect(read('Dear candidate,\n\nYour results for the Payroll Assistant assessment are now available in the portal.\n\nAs you have not met the required standard in all parts, we are unable to progress your application.\n\nRecruitment', 'Assessment results').feedback).toBe(false);
  });

  it('does not read a required standard of experience not met as assessment', () => {
    expect(read(letter('Unfortunately you have not met the required standard of experience in events for this role.')).reasons).not.toContain('assessment');
  });

  it('does not read a process closed because the role will not be filled as a position filled', () => {
    const r = read(letter('The company has decided not to fill this role after a review of headcount, and the recruitment process has been closed.'));
    expect(r.reasons).toContain('role_closed');
    expect(r.reasons).not.toContain('position_filled');
  });

  it('still reads a process closed after an appointment as a position filled', () => {
    expect(read(letter('We have now made an appointment, and the recruitment process has been closed.')).reasons).toContain('position_filled');
  });
});
