/**
 * The kind rules of the thirteenth round (rejection precision on a season's inbox): pauses told with a decline's
 * words, arrangements refused while the process goes on, another role put to the candidate, auto-replies, an
 * employer's notice about its own posting, a withdrawal confirmed with good wishes — each on messages written for this
 * test (not taken from any corpus part), beside the rejections that resemble them. The rules alone (`null`) must read
 * them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const wrap = (body: string): string => `Hello Robin,\n\n${body}\n\nAll the best,\nPeople Team`;

describe('kind: the pausing verb before what it pauses', () => {
  it('reads "the board has suspended the appointment" as on hold', () => {
    expect(read(wrap('Just to let you know that the board has suspended the Treasury Analyst appointment while the audit runs. We will come back to you when we can.')).kind).toBe('on_hold');
  });

  it('reads a review that slips to a later month as on hold', () => {
    expect(read(wrap('Our lead reviewer is travelling, so the shortlist for the Archivist post will slip into June. You will hear from us either way.')).kind).toBe('on_hold');
  });

  it('still reads a role closed beside a freeze as a rejection', () => {
    expect(read(wrap('I am sorry to say that the firm has frozen all recruitment, and the Surveyor vacancy has been closed.')).kind).toBe('rejection');
  });
});

describe('kind: a refusal for now in a paused process', () => {
  it('reads "we cannot take the process further for the time being" beside a pause as on hold', () => {
    const r = read(wrap('Our parent company has placed all hiring on hold. I am afraid that means we cannot take the Tax Senior process any further for the time being, but we hope to restart in the spring.'));
    expect(r.kind).toBe('on_hold');
  });

  it('still reads a refusal of the candidate\'s own application beside a pause as a rejection', () => {
    const r = read(wrap('Our parent company has placed all hiring on hold indefinitely, so we will not be proceeding with your application.'));
    expect(r.kind).toBe('rejection');
  });
});

describe('kind: another role put to the candidate beside the decline', () => {
  it('reads "not selected for X, but we would love to introduce you for Y" as no rejection', () => {
    const r = read(wrap('You were not selected for the Account Director role, but we would love to introduce you to the team for our Client Partner position, which suits your background. Are you free on Thursday?'));
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads a decline with future roles in general as a rejection', () => {
    const r = read(wrap('You were not selected for the Account Director role, but we would love to consider you for future roles with us.'));
    expect(r.kind).toBe('rejection');
  });
});

describe('kind: an arrangement refused while the next step goes ahead', () => {
  it('reads a refused start date with the final interview still on as no rejection', () => {
    const r = read(wrap('You asked about starting in the autumn; unfortunately we are unable to offer a start date later than 1 June. Your final interview is still on for Monday at ten.'));
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads a refusal of the application for the same reason as a rejection', () => {
    const r = read(wrap('I asked about a three-month notice period; sadly the team cannot wait beyond six weeks, so we will not be taking your application further.'));
    expect(r.kind).toBe('rejection');
  });
});

describe('kind: mail that declines nobody', () => {
  it('reads an auto-reply whose writer is away as no rejection', () => {
    const r = read('Thank you for your email. I am on annual leave until 3 September and unfortunately I am not able to consider new CVs until I return. For urgent hiring questions please write to talent@ovenbird.io.', 'Auto reply: Your application');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads a decline sent by someone about to go on leave as a rejection', () => {
    const r = read(wrap('I will be on leave from tomorrow, so I wanted to tell you today: you have not been selected for the Buyer role.'));
    expect(r.kind).toBe('rejection');
  });

  it("reads an employer's notice that its posting closed as no rejection", () => {
    const r = read('Your listing "Night Porter" has closed and is no longer accepting applications. 17 applicants applied. Review them from your employer dashboard.', 'Your listing has closed');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads a withdrawal confirmed with good wishes as no rejection', () => {
    const r = read(wrap('We have received your request to withdraw your application for the Curator post. We are sorry to see you go and have closed your application. We wish you every success in the future.'));
    expect(r.kind).not.toBe('rejection');
  });
});

describe('kind: a thing that did not go through, a refusal for now with a restart named', () => {
  it('reads a failed payment that "did not go through" as no rejection', () => {
    const r = read(wrap('Thanks for booking a seat at our hiring open day. Unfortunately the card payment did not go through. Could you try once more with the link below?'));
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads "you did not go through to the next stage" as a rejection', () => {
    expect(read(wrap('Thank you for the video interview. Unfortunately you did not go through to the next stage.')).kind).toBe('rejection');
  });

  it('reads "we will not fill the post for the time being" with a restart named as on hold', () => {
    const r = read(wrap('We have decided not to proceed with the Groundsman post for the time being while the estate budget is reviewed. All forms will be kept and looked at again if recruitment resumes in the autumn.'));
    expect(r.kind).toBe('on_hold');
  });

  it('still reads a refusal of the application with a restart named as a rejection', () => {
    const r = read(wrap('We have decided not to proceed with your application for the Groundsman post. If recruitment resumes for other posts, we will advertise them on our website.'));
    expect(r.kind).toBe('rejection');
  });
});

describe('kind: a place at an event refused, a class of posts', () => {
  it('reads a full webinar that cannot give the reader a seat as no rejection', () => {
    const r = read(wrap('Thanks for your interest in our graduate webinar on 9 May. Sadly the webinar has reached capacity and we are unable to offer you a seat, but the recording will be emailed to everyone registered.'));
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads a decline of an application that mentions an event as a rejection', () => {
    const r = read(wrap('Thank you for meeting us at the careers fair. We are unable to offer you a place on the graduate scheme, as your application was not successful.'));
    expect(r.kind).toBe('rejection');
  });

  it('reads a rule about posts that were filled another way as no decision about this post', () => {
    const r = read(wrap('Thanks for recommending your former colleague. Sadly we do not pay the finder fee on vacancies which were filled through an agency, so this claim cannot be approved.'));
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads this post filled as a rejection', () => {
    expect(read(wrap('Thanks for applying. Sadly the vacancy was filled through an agency last week.')).kind).toBe('rejection');
  });
});
