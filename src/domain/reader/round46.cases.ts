/**
 * What is a rejection: short English declines that share their little words with other languages, and the kind of a
 * message beside its look-alikes. Messages written for this test (not taken from any corpus part), each beside a message
 * in nearby words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('short English read as English', () => {
  it('reads a one-line English decline full of "I", "do" and "to" as English, and as a rejection', () => {
    const text = "Post's been cut by head office, sorry. Nothing I can do about it. J";
    expect(detectLanguage(text).language).toBe('en');
    expect(read(text, 'Re: Stores assistant').kind).toBe('rejection');
  });

  it('still reads a short Polish decline as Polish', () => {
    expect(detectLanguage('Dziękujemy za rozmowę. Niestety nie będziemy kontynuować procesu z Panią.').language).toBe('pl');
  });

  it('reads "I do want to say no to this, sorry" as English, not Polish', () => {
    expect(detectLanguage('I do not want to hold you up. It is a no to the Leeds role, sorry.').language).toBe('en');
  });

  it('still reads a short Danish decline as Danish, though "for" and "at" are English too', () => {
    expect(detectLanguage('Tak for din ansøgning. Desværre har vi valgt at gå videre med en anden kandidat.').language).toBe('da');
  });

  it('does not let the "e" of e-mail or the "o" of a surname make an English note Italian or Portuguese', () => {
    expect(detectLanguage("Per e-mail from O'Neill: the role is gone, I'm afraid. Sorry.").language).toBe('en');
  });

  it('still reads a short Italian decline as Italian', () => {
    expect(detectLanguage('Grazie per la sua candidatura. Purtroppo abbiamo scelto un altro profilo per il ruolo.').language).toBe('it');
  });
});

describe('a decline beside words that look like something else', () => {
  it('reads "chosen someone whose background suits where the workshop is heading" as a rejection, not a workshop seat refused', () => {
    const r = read("Hi Callum,\n\nThanks for coming out to the yard on Friday. We've decided to go with someone whose background suits where the workshop is going over the next year.\n\nCheers,\nBev");
    expect(r.kind).toBe('rejection');
  });

  it('still reads "the welding workshop is fully booked and we are unable to offer you a place" as no rejection', () => {
    const r = read('Hi Callum,\n\nThanks for signing up. Sadly the Saturday welding workshop is fully booked and we are unable to offer you a place this month.\n\nBev');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "too many slips in the figures for us to take you on" as a rejection', () => {
    const r = read('Thanks for the bookkeeping test, Omar. Sadly there were too many slips in the VAT figures for us to take you on for the client work. All the best, Ledgerline');
    expect(r.kind).toBe('rejection');
  });

  it('does not read "too many applications for us to reply to each one" as a rejection', () => {
    const r = read('Thanks for applying to Ledgerline, Omar. We usually get too many applications for us to reply to each one in detail, but we will read yours this week. Ledgerline');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads a post "disestablished" in a restructure as a rejection, though the earlier pause is recalled', () => {
    const r = read('Dear Hana,\n\nWe wrote in March to say that recruitment for the Dietitian post had been paused during a review of the service.\n\nThe review has finished, and the post has been disestablished in the new structure. We are therefore closing the recruitment and will not be taking applications further.\n\nThank you for your patience.\n\nPeople Services');
    expect(r.kind).toBe('rejection');
  });

  it('still reads a post paused for the review, with no end to it, as on hold', () => {
    const r = read('Dear Hana,\n\nRecruitment for the Dietitian post has been paused during a review of the service structure. Your application is safe with us and we will write again once the review ends.\n\nThank you for your patience.\n\nPeople Services');
    expect(r.kind).toBe('on_hold');
  });
});

describe('policies and pauses, not declines', () => {
  it('does not read "we are only able to respond to shortlisted applicants" as a rejection', () => {
    const r = read('Hi Jonah,\n\nThanks for applying for the Barista role at Kettle & Crumb. Unfortunately, as we get so many applications, we are only able to respond to shortlisted applicants. If you have not heard from us by the 12th, please take it that you have not been selected.\n\nKettle & Crumb');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads "unfortunately we are not able to offer you an interview" as a rejection', () => {
    const r = read('Hi Jonah,\n\nThanks for applying for the Barista role at Kettle & Crumb. Unfortunately, as we got so many applications, we are not able to offer you an interview this time.\n\nKettle & Crumb');
    expect(r.kind).toBe('rejection');
  });

  it('reads "we\'ll hold off until he\'s back" as on hold', () => {
    const r = read("Hi Maya,\n\nThanks for meeting us on Thursday. Bad timing on our side: Tom, who would be your manager, is off for three weeks and wants to make the call himself, so we'll hold off until he's back. Nothing has been decided yet.\n\nSorry for the wait,\nLena");
    expect(r.kind).toBe('on_hold');
  });

  it('reads "we\'ve decided to wait until the new director starts before making any decisions" as on hold', () => {
    const r = read('Hi Maya,\n\nSorry for the delay after your interviews. Our director has left and we have decided to wait until her successor starts before making any final decisions on the team. You are still very much in the running.\n\nLena');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads "we have decided not to progress your application" after an interview as a rejection', () => {
    const r = read('Hi Maya,\n\nThanks for meeting us on Thursday. We have thought it over and have decided not to progress your application; we went with a candidate with more payroll experience.\n\nLena');
    expect(r.kind).toBe('rejection');
  });
});

describe('a thread whose newest words refuse the why', () => {
  const thread = (reply: string): string =>
    `Hi Gil,\n\n${reply}\n\nRegards,\nNadia\n\n-----Original Message-----\nFrom: Gil Ramos\nSent: 14 March 09:12\nSubject: RE: Stock Controller\n\nHi Nadia, could you tell me why I was not successful? Thanks.\n\n-----Original Message-----\nFrom: Nadia Frost\nSent: 13 March 16:40\n\nDear Gil, thank you for your interview for the Stock Controller post. I'm sorry to say we will not be offering you the role. Regards, Nadia`;

  it('reads "sorry, we don\'t give individual feedback after interviews" above the decline as a rejection', () => {
    expect(read(thread("Thanks for your message. Sorry, we don't give individual feedback after interviews, as a matter of policy."), 'RE: Stock Controller').kind).toBe('rejection');
  });

  it('does not read a reply that reschedules a call above the decline as one', () => {
    expect(read(thread('Thanks for your message. Could we do a short call on Friday instead? I would like to reschedule our chat.'), 'RE: Stock Controller').kind).not.toBe('rejection');
  });
});

describe('pauses told as a step not reached, an approval awaited, reviewers behind', () => {
  it('does not read "we haven\'t started shortlisting" as a decline', () => {
    const r = read('Hi Noor,\n\nThanks for your application for the Ward Clerk role. Our funding is confirmed at the trustees\' meeting next month, and until then we cannot confirm whether the post will go ahead. We haven\'t started shortlisting yet and your application is safe with us.\n\nBest,\nGrace');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads "we haven\'t shortlisted you" as a rejection', () => {
    const r = read('Hi Noor,\n\nThanks for your application for the Ward Clerk role. I am sorry to say we haven\'t shortlisted you this time.\n\nBest,\nGrace');
    expect(r.kind).toBe('rejection');
  });

  it('reads "every post must be re-approved by the finance panel before recruitment can continue" as on hold', () => {
    const r = read('Dear Ivo,\n\nThank you for the written exercise. The council has brought in new spending controls: every post that has not reached interview must be re-approved by the finance panel before recruitment can continue. Your application has not been rejected and we will write once the panel has met.\n\nRecruitment Team');
    expect(r.kind).toBe('on_hold');
  });

  it('reads "our reviewers are behind schedule" as on hold', () => {
    const r = read('Dear Ivo,\n\nThanks for sending your case study. Our reviewers are behind schedule because of the quarter-end close, and nobody has marked it yet. We expect to be back to you within three weeks.\n\nRecruitment Team');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads "your case study fell behind what the others submitted, so we won\'t progress you" as a rejection', () => {
    const r = read('Dear Ivo,\n\nThanks for sending your case study. Sadly we have decided not to progress your application, as the others submitted stronger work.\n\nRecruitment Team');
    expect(r.kind).toBe('rejection');
  });

  it('reads "we are not progressing or declining anyone in the meantime" under a pause as on hold', () => {
    const r = read('Hi Ruth,\n\nAfter our call last week: the Pharmacy Lead role is paused while the trust reviews the service. We have not closed the post and we are not progressing or declining anyone in the meantime.\n\nThanks,\nDee');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads "we are not progressing your application" under the same pause as a rejection', () => {
    const r = read('Hi Ruth,\n\nAfter our call last week: the Pharmacy Lead role is paused while the trust reviews the service, and in any case we are not progressing your application, as we need someone with an independent prescriber qualification.\n\nThanks,\nDee');
    expect(r.kind).toBe('rejection');
  });
});

describe('mail to many readers naming posts filled', () => {
  it('does not read a weekly digest whose listings say "roles marked FILLED have been taken" as a rejection', () => {
    const r = read('Hi Sione, here are this week\'s pharmacy locum shifts near Wellington:\n\n• Hospital pharmacist – 4 weeks – Lower Hutt\n• Community pharmacist – Saturdays – Porirua – FILLED\n\nShifts marked FILLED have already been taken and are listed for reference.\n\nManage alerts | Unsubscribe', 'Your weekly shift digest');
    expect(r.kind).not.toBe('rejection');
  });

  it('does not read a newsletter saying two employers\' posts "have both been filled" as a rejection', () => {
    const r = read('Hello members,\n\nRegional newsletter – October\n\n• Jobs board: the Lab Manager post at Kauri Diagnostics and the Senior Scientist post at Harbour Labs have both been filled. Thanks to the employers who listed with us.\n• Seminar on 4 November.\n\nThe Committee');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads a decline to the reader that says "both positions have been filled" as a rejection', () => {
    const r = read('Hi Sione,\n\nThank you for your application for the pharmacist roles. I\'m sorry to say both positions have now been filled.\n\nKind regards,\nMere');
    expect(r.kind).toBe('rejection');
  });
});

describe('a pause that says nobody else was picked', () => {
  it('reads "on hold … we haven\'t progressed anyone else" as on hold', () => {
    const r = read('Hi Priya,\n\nA quick update on the Buyer role: the director has asked us to put the role on hold for a month while the budget is signed off. Your application is still live and we haven\'t progressed anyone else.\n\nThanks,\nOwen');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads "we haven\'t progressed your application" as a rejection', () => {
    const r = read('Hi Priya,\n\nA quick update on the Buyer role: I am sorry, but we haven\'t progressed your application, as the director wanted more category experience.\n\nThanks,\nOwen');
    expect(r.kind).toBe('rejection');
  });
});
