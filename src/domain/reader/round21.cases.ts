/**
 * The kind rules of the twenty-first round (rejection precision on a real inbox): mail that declines something other than
 * the candidate's application, or speaks of a decline about someone else — an administrative thing declined, a posting
 * closed to new applicants, a notice that leaves the application unaffected, a third person declined, applicants in
 * general, a job only followed, a document still to send, the candidate's own withdrawal, a posting notice while the
 * application goes on, a decline meant for someone else, an offer that stands beside a refused detail, another role put
 * instead, a place at an event refused, a decline given as wording to reuse — each on messages written for this test (not taken from any corpus part), beside
 * a rejection in the same words around a real decision. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const wrap = (body: string): string => `Dear Robin,\n\n${body}\n\nKind regards,\nRecruitment`;

describe('kind: something other than the application declined', () => {
  it('reads a declined mileage claim as no rejection', () => {
    expect(read(wrap('Your mileage claim for the assessment day has been declined because the form was unsigned. Please sign it and send it again.')).kind).not.toBe('rejection');
  });

  it('reads a declined meeting invite as no rejection', () => {
    expect(read(wrap("Unfortunately I've had to decline the meeting invite for Monday as the director is away. A new invite for Tuesday will follow.")).kind).not.toBe('rejection');
  });

  it('still reads "we have declined your application" as a rejection', () => {
    expect(read(wrap('Unfortunately we have declined your application for the Buyer role after review.')).kind).toBe('rejection');
  });
});

describe('kind: a posting closed to new applicants, a notice that leaves the application unaffected', () => {
  it('reads "closed to new applicants" with the application going on as no rejection', () => {
    expect(read(wrap('The Estimator advert is no longer accepting new applications. Your application is still with the hiring manager.')).kind).not.toBe('rejection');
  });

  it('reads "applications already received are not affected" as no rejection', () => {
    expect(read(wrap('The advert for Fleet Coordinator has come down early. This does not affect applications already received, and shortlisting goes ahead next week.')).kind).not.toBe('rejection');
  });

  it('still reads a closed posting that closes the application too as a rejection', () => {
    expect(read(wrap('The Estimator advert has been withdrawn and we will not be progressing your application.')).kind).toBe('rejection');
  });
});

describe('kind: a posting notice while the application goes on', () => {
  it('reads "the requisition has been cancelled and all applications carried over" as no rejection', () => {
    expect(read(wrap('Requisition 901 (Porter) has been cancelled and replaced by requisition 944. All applications have been carried over to the new requisition.')).kind).not.toBe('rejection');
  });

  it('still reads a cancelled requisition that ends the application as a rejection', () => {
    expect(read(wrap('Requisition 901 (Porter) has been cancelled and will not be replaced, so we are unable to progress your application.')).kind).toBe('rejection');
  });
});

describe('kind: someone else declined, applicants in general', () => {
  it('reads "we decided not to proceed with him" as no rejection', () => {
    expect(read(wrap('Thanks for the reference for Amir. The panel decided not to proceed with him, but your reference was very helpful.')).kind).not.toBe('rejection');
  });

  it('reads "most applicants are unsuccessful at this stage" as no rejection', () => {
    expect(read(wrap("Please don't be disheartened: most applicants to the scheme are unsuccessful at the first sift. Your own application is still being read.")).kind).not.toBe('rejection');
  });

  it('reads a decline forwarded as the one sent to another finalist as no rejection', () => {
    const text = wrap('For your awareness, below is the rejection email we sent to the other finalist today. You are our preferred candidate.\n\n> Unfortunately, we have decided to move forward with another candidate.');
    expect(read(text).kind).not.toBe('rejection');
  });

  it('still reads "most applicants are unsuccessful, and that is the case for your application" as a rejection', () => {
    expect(read(wrap("Most applicants to the scheme are unsuccessful at the first sift, and I'm sorry that this is the case for your application too.")).kind).toBe('rejection');
  });
});

describe('kind: the candidate’s own withdrawal, a job only followed, a document still to send', () => {
  it('reads "as per your email, your candidature has been withdrawn" as no rejection', () => {
    expect(read(wrap('As per your email of last week, your candidature for the post of Deputy Manager has been withdrawn from the selection process.')).kind).not.toBe('rejection');
  });

  it('reads "the role you were following is no longer available" as no rejection', () => {
    expect(read(wrap('The role you were following, Courier Lead, is no longer available as it has been filled.')).kind).not.toBe('rejection');
  });

  it('reads "your application is missing a required document" as no rejection', () => {
    expect(read(wrap('Status: Application incomplete. Your application is missing a required document; please upload it before Friday.')).kind).not.toBe('rejection');
  });

  it('still reads "your candidature has been rejected" as a rejection', () => {
    expect(read(wrap('Your candidature for the post of Deputy Manager has been rejected at the scrutiny stage.')).kind).toBe('rejection');
  });
});

describe('kind: an offer that stands, another role put instead, an event place refused', () => {
  it('reads a refused remote arrangement beside an offer that stands as no rejection', () => {
    expect(read(wrap("I'm afraid we can't offer a fully remote arrangement for this role. Everything else in your offer stands.")).kind).not.toBe('rejection');
  });

  it('still reads a refused remote arrangement that ends the application as a rejection', () => {
    expect(read(wrap("I'm afraid we can't offer a fully remote arrangement, so we won't be able to move forward with your application.")).kind).toBe('rejection');
  });

  it('reads a filled role beside an invitation for another role as no rejection', () => {
    expect(read(wrap('The Sous Chef role went to an internal candidate, but the head chef wants to put you forward for the Head Pastry Chef opening.')).kind).not.toBe('rejection');
  });

  it('reads an event that is fully booked as no rejection', () => {
    expect(read(wrap('We are sorry to say the networking evening on 3 May is fully booked and we cannot offer you a place. Your interview on the 6th is unaffected.')).kind).not.toBe('rejection');
  });

  it('still reads a filled role with no other role as a rejection', () => {
    expect(read(wrap('I am sorry to say the Sous Chef role went to an internal candidate, so we will not be moving forward with you.')).kind).toBe('rejection');
  });
});

describe('kind: a decline given as wording to reuse', () => {
  it('reads a decline quoted in a template for the panel as no rejection', () => {
    const text = 'Hi all,\n\nWhen you turn down a candidate after the onsite, please use the template below.\n\n"Thank you for meeting the team. Unfortunately we will not be moving forward with your candidacy."\n\nThanks,\nRecruiting Ops';
    expect(read(text).kind).not.toBe('rejection');
  });

  it('still reads the same decline sent to the candidate as a rejection', () => {
    expect(read(wrap('Thank you for meeting the team. Unfortunately we will not be moving forward with your candidacy.')).kind).toBe('rejection');
  });
});
