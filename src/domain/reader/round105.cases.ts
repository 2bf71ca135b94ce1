/**
 * Two reasons, each in its own words: the candidate's profile as a whole set apart in a clause added to "overqualified", the
 * candidate's wish to stay where they live beside a role done in person, an office needed every day, the pay the employer can
 * offer set far from the candidate's figure, and the candidate's way of managing set against how the team runs. Messages
 * written for this test (not taken from any corpus part), each beside a message in nearby words that must still read the
 * other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('the profile as a whole, added to overqualified', () => {
  it('reads "overqualified, and overall your profile is not the right match" as both reasons', () => {
    const r = read('Hi Dominic,\n\nThanks for applying for the Junior Data Clerk post. We have decided not to take your application further. The team feel you are overqualified for what is an entry-level role, and that overall your profile is not the right match for this vacancy.\n\nRegards,\nHelen Ward\nPeople Team, Brackley Freight', 'Junior Data Clerk');
    expect(r.kind).toBe('rejection');
    expect([...r.reasons].sort()).toEqual(['overqualified', 'profile_mismatch']);
  });

  it('still reads overqualified alone when the profile is only praised', () => {
    const r = read('Hi Dominic,\n\nThanks for applying for the Junior Data Clerk post. We have decided not to take your application further. The team feel you are overqualified for what is an entry-level role, and overall your profile is very impressive.\n\nRegards,\nHelen Ward\nPeople Team, Brackley Freight', 'Junior Data Clerk');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['overqualified']);
  });
});

describe('where the work is done and where the candidate means to stay', () => {
  it('reads a role in person beside the candidate looking to stay elsewhere as location', () => {
    const r = read('Hey Priya,\n\nThanks for the call. Unfortunately we are not moving ahead. The job is in-person in our Denver office and you said you are looking to stay in Boulder.\n\nBest,\nKai\nTalent, Ridgeback', 'Re: Analyst call');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['location']);
  });

  it('reads no place in "looking to stay in touch"', () => {
    const r = read('Hey Priya,\n\nThanks for the call. Unfortunately we are not moving ahead; we went with someone whose analytics background was closer to the role. The team is in our Denver office and we are looking to stay in touch with you.\n\nBest,\nKai\nTalent, Ridgeback', 'Re: Analyst call');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('location');
  });

  it('reads an office needed every day, against a candidate who can come in twice a week, as location alone', () => {
    const r = read('Hi Owen,\n\nI spoke to the client this afternoon and unfortunately they need someone who can be in their Leeds office every day, and you told me you are only able to commute in twice a week. So they will not be progressing.\n\nSpeak soon,\nMegan\nConsultant, Northway Talent', 'Client feedback');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['location']);
  });

  it('still reads a skill needed every day as a skills gap', () => {
    const r = read('Hi Owen,\n\nI spoke to the client this afternoon and unfortunately they need someone who has used SAP every day, and you told me you have only used it twice. So they will not be progressing.\n\nSpeak soon,\nMegan\nConsultant, Northway Talent', 'Client feedback');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
    expect(r.reasons).not.toContain('location');
  });
});

describe('the pay the employer can offer, far from the candidate\'s figure', () => {
  it('reads "the rate we can pay is a long way from the figure you quoted" as salary', () => {
    const r = read('Hi Gwen,\n\nThank you for coming in on Monday. I have decided not to offer you the Receptionist post. The hourly rate we can pay (£12.80) is a long way from the £18 you quoted.\n\nBest wishes,\nDr Ian Lowe\nPartner, Millbrook Surgery', 'Receptionist');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['salary']);
  });

  it('reads no salary when the rate is only described', () => {
    const r = read('Hi Gwen,\n\nThank you for coming in on Monday. I have decided not to offer you the Receptionist post; we went with someone who has used our booking system for years. The hourly rate we can pay is set by the partners each April.\n\nBest wishes,\nDr Ian Lowe\nPartner, Millbrook Surgery', 'Receptionist');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('salary');
  });
});

describe('the way of working set against how the team runs', () => {
  it('reads "the way you described managing is different from how our teams run" as culture fit', () => {
    const r = read('Hi Marta,\n\nThanks for coming in for the onsite. We have decided not to move forward. The panel felt that the way you described leading (making most decisions yourself) is quite different from how our teams work, where leads coach and let people own decisions.\n\nThanks again,\nLeo Brandt\nVP Engineering, Quillfern', 'Onsite follow-up');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['culture_fit']);
  });

  it('reads no culture fit when the way of working is only praised', () => {
    const r = read('Hi Marta,\n\nThanks for coming in for the onsite. We have decided not to move forward, as the role needs hands-on Kubernetes experience and you have not yet worked with it. The panel liked the way you described leading, which is close to how our teams work.\n\nThanks again,\nLeo Brandt\nVP Engineering, Quillfern', 'Onsite follow-up');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('culture_fit');
  });
});
