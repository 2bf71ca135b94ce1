/**
 * The stage told only indirectly (a day or an afternoon given, time on site, a return for the last conversation, a second
 * stage attended, a panel thanked for, a brief turned around, a final round others were shortlisted for) and feedback
 * promised to come on its own: messages written for this test (not taken from any corpus part), each beside a message in
 * nearby words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('the last step told by what it was like', () => {
  it('reads the time spent with us on site as the final round', () => {
    const r = read('Hi Marta,\n\nAfter your time with us on site on Tuesday, we had a hard choice to make. We have offered the Firmware Engineer post to someone else.\n\nBest,\nOlek', 'Firmware Engineer');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('final');
  });

  it('does not read a role that is on site as a final round', () => {
    const r = read('Hi Marta,\n\nThanks for applying. The Firmware Engineer post is five days a week on site, and you asked for a remote role, so we will not take your application further.\n\nBest,\nOlek', 'Firmware Engineer');
    expect(r.kind).toBe('rejection');
    expect(r.stage).not.toBe('final');
  });

  it('reads the full day the candidate spent with us as the final round', () => {
    const r = read('Dear Jonas,\n\nThank you for the full day you spent with us in Hamburg. We have decided to appoint another candidate to the Fleet Manager role.\n\nKind regards,\nAnke', 'Fleet Manager');
    expect(r.stage).toBe('final');
  });

  it('reads the long afternoon thanked for as the final round', () => {
    const r = read('Dear Jonas,\n\nThank you for the long afternoon on Wednesday with the directors. We have decided to appoint another candidate to the Fleet Manager role.\n\nKind regards,\nAnke', 'Fleet Manager');
    expect(r.stage).toBe('final');
  });

  it('reads a return for the last conversation with the CEO as the final round', () => {
    const r = read('Dear Nadia,\n\nThank you for coming back for the last conversation with our CEO. We have decided to appoint someone from inside the company.\n\nRegards,\nPaul', 'Finance Director');
    expect(r.stage).toBe('final');
  });

  it('does not read a first conversation with the CEO as the final round', () => {
    const r = read('Dear Nadia,\n\nThank you for the conversation with our CEO last week. We have decided to appoint someone from inside the company.\n\nRegards,\nPaul', 'Finance Director');
    expect(r.stage).not.toBe('final');
  });
});

describe('a later stage attended, a panel thanked for', () => {
  it('reads "thank you for attending the second stage" as an interview', () => {
    const r = read('Dear Mr Otieno,\n\nThank you for attending the second stage. After careful consideration we have decided not to offer you the Stores Officer position.\n\nYours sincerely,\nHR Office', 'Stores Officer');
    expect(r.stage).toBe('interview');
  });

  it('does not read "not progressing to the second stage" as an interview', () => {
    const r = read('Dear Mr Otieno,\n\nThank you for applying. We regret that your application will not be progressing to the second stage of the Stores Officer process.\n\nYours sincerely,\nHR Office', 'Stores Officer');
    expect(r.stage).toBe('application');
  });

  it('reads "thanks for the panel last week" as an interview', () => {
    const r = read('Hi Sunita,\n\nThanks for the panel last week. I am sorry to say we will not be offering you the Youth Worker role.\n\nBest,\nGreg', 'Youth Worker');
    expect(r.stage).toBe('interview');
  });

  it('reads a brief turned around as a test taken', () => {
    const r = read('Hi Owen,\n\nThanks for turning the brief around over the weekend. The client has gone with another copywriter, so I am pulling you out of this one.\n\nCheers,\nMia', 'Copywriter');
    expect(r.stage).toBe('assessment');
  });

  it('does not read a brief still to be sent as a test taken', () => {
    const r = read('Hi Owen,\n\nThanks for your CV. The client has gone with another copywriter before sending out the brief, so I am pulling you out of this one.\n\nCheers,\nMia', 'Copywriter');
    expect(r.stage).not.toBe('assessment');
  });
});

describe('a final round others were shortlisted for', () => {
  it('reads "those shortlisted for the final round … you weren\'t among them" as no final round', () => {
    const r = read('Hi Tomas,\n\nThanks for the interview with Lea in March. Those shortlisted for the final round have been told, and I am sorry that you weren\'t among them.\n\nBest,\nAnna', 'UX Researcher');
    expect(r.stage).toBe('interview');
  });

  it('reads "invited a few candidates to the final stage … you are not one of them" as no final round', () => {
    const r = read('Dear Tomas,\n\nThank you for meeting with us at our Lyon office. We have now invited a few candidates to the final stage, and I am sorry to say that you are not one of them.\n\nBest,\nAnna', 'UX Researcher');
    expect(r.stage).toBe('interview');
  });

  it('still reads a final stage the candidate was invited to as the final round', () => {
    const r = read('Dear Tomas,\n\nThank you for coming to the final stage at our Lyon office. We have offered the role to another candidate.\n\nBest,\nAnna', 'UX Researcher');
    expect(r.stage).toBe('final');
  });
});

describe('feedback promised', () => {
  it('reads "we will send written feedback to all interviewed candidates" as feedback offered', () => {
    const r = read('Dear Dr Lin,\n\nThank you for attending the interview on 3 March. We regret that you have not been selected. We will send short written feedback to all interviewed candidates within two weeks.\n\nWith best regards,\nProf. Okafor', 'Postdoctoral Researcher');
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "the feedback is being collated and I will send it to you" as feedback offered', () => {
    const r = read('Dear Dr Lin,\n\nThank you for the interview. We have offered the post to another candidate. The panel\'s feedback is still being collated and I will send it to you next week.\n\nBest regards,\nProf. Okafor', 'Postdoctoral Researcher');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read "we will not send feedback" as feedback offered', () => {
    const r = read('Dear Dr Lin,\n\nThank you for attending the interview on 3 March. We regret that you have not been selected. We will not send feedback to candidates, owing to the numbers involved.\n\nWith best regards,\nProf. Okafor', 'Postdoctoral Researcher');
    expect(r.feedbackOffered).toBe(false);
  });
});

describe('the new patterns on a long paste', () => {
  const phrases = [
    'after your time with us on site ',
    'thank you for the long afternoon ',
    'the full day you spent ',
    'coming back for the last conversation ',
    'thank you for attending the second stage ',
    'thanks for the panel last week ',
    'turning the brief around ',
    'those shortlisted for the final round ',
    'we will send some written feedback to ',
    'i will send it to you feedback ',
  ];
  for (const phrase of phrases) {
    it(`reads a 1 MB paste of "${phrase.trim()}" within a second`, () => {
      const text = (phrase + 'and more words here ').repeat(Math.ceil(1_000_000 / (phrase.length + 20)));
      const t = Date.now();
      readMessage({ text }, null);
      expect(Date.now() - t).toBeLessThan(1000);
    });
  }
});
