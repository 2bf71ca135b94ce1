/**
 * Declines told in few words and the reasons named beside them: messages written for this test (not taken from any corpus
 * part), each beside a message in nearby words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('declines in few words', () => {
  it('reads "we can only take people with a current forklift licence for this one, sorry" as a rejection', () => {
    expect(read('Thanks Rob but we can only take people with a current forklift licence for this one, sorry.', 'Re: Warehouse operative').kind).toBe('rejection');
  });

  it('does not read "we can only take people with a current forklift licence, so please attach yours" as a rejection', () => {
    expect(read('Thanks Rob. We can only take people with a current forklift licence. Please attach yours to this email and we will book your trial shift.', 'Re: Warehouse operative').kind).not.toBe('rejection');
  });

  it('does not read "unfortunately we can only consider applications that are complete" as a rejection', () => {
    expect(read('Hi Priya, your form for the Library Assistant post is still saved as a draft. Unfortunately we can only consider applications that are complete, so please finish the references page by Friday.', 'Your draft application').kind).not.toBe('rejection');
  });

  it('reads "we need someone who has run payroll for 200 staff and that came up short" as a rejection', () => {
    expect(read('Hey Lou, thanks for chatting with the team. We need someone who has run payroll for 200+ staff and that came up short. Sorry!', 'Re: Payroll officer').kind).toBe('rejection');
  });

  it('does not read "the room came up short on chairs" as a rejection', () => {
    expect(read('Hey Lou, quick note for tomorrow: the room came up short on chairs last time, so we have moved your interview to the bigger room on level 2. See you at 10.', 'Re: Payroll officer').kind).not.toBe('rejection');
  });
});

describe('the reasons named beside short declines', () => {
  it('reads "we can only take people already in Tasmania" as location', () => {
    expect(read('Cheers Mel, but we can only take people already in Tasmania for this contract, sorry.', 'Re: Vineyard hand').reasons).toContain('location');
  });

  it('does not read "we can only take people already in the union" as location', () => {
    expect(read('Cheers Mel, but we can only take people already in the union for this contract, sorry.', 'Re: Vineyard hand').reasons).not.toContain('location');
  });

  it('reads "that came up short" after a need for someone with experience as skills_gap', () => {
    expect(read('Hi Tariq, the panel wanted someone who has led a night shift on a surgical ward and that came up short. Sorry about that.', 'Re: Charge nurse').reasons).toContain('skills_gap');
  });

  it('does not read "the budget came up short" without a need for someone as skills_gap', () => {
    expect(read('Hi Tariq, the ward budget came up short this quarter and the post has been withdrawn. Sorry about that.', 'Re: Charge nurse').reasons).not.toContain('skills_gap');
  });

  it('reads "we can\'t stretch to £52k" as salary', () => {
    expect(read('Hi Ola, spoke to finance and we can\'t stretch to £52k, 44 is our top. Sorry, we will not be taking it further.', 'Re: Estimator').reasons).toContain('salary');
  });

  it('does not read "we can\'t get to 5 interviews this week" as salary', () => {
    expect(read('Hi Ola, sorry, we can\'t get to 5 interviews this week, so we will not be taking it further until the new year.', 'Re: Estimator').reasons).not.toContain('salary');
  });

  it('reads "the post is fully on site and you need remote" as location', () => {
    expect(read('Hi Jun, sorry, the client confirmed the post is fully on site in Pune and you said you need remote, so we will not be moving forward.', 'Re: QA lead').reasons).toContain('location');
  });

  it('does not read "the post is fully office-hours based and you need a 4am start" as location', () => {
    expect(read('Hi Jun, sorry, the post is fully office-hours based and you said you need a 4am start, so we will not be moving forward.', 'Re: QA lead').reasons).not.toContain('location');
  });
});
