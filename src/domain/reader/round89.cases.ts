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

  it('does not read time on site with one team as the final round', () => {
    const r = read('Hi Marta,\n\nThank you for your time on site with the test team on Tuesday. We have offered the Firmware Engineer post to someone else.\n\nBest,\nOlek', 'Firmware Engineer');
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

describe('a wait told without the word hold', () => {
  it('reads "it will be another week or so before you hear back" as on hold', () => {
    const r = read('Hi Priya,\n\nThanks for sending the take-home in. Our reviewers are behind this week, so it will be another week or so before you hear back.\n\nCheers,\nTom', 'Your take-home');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads a decline beside the wait as a rejection', () => {
    const r = read('Hi Priya,\n\nThanks for sending the take-home in. Unfortunately we will not be moving forward with your application, and it will be another week or so before the written notes are ready.\n\nCheers,\nTom', 'Your take-home');
    expect(r.kind).toBe('rejection');
  });

  it('reads "we are currently experiencing delays" as on hold', () => {
    const r = read('Dear Candidate,\n\nThank you for completing the numerical reasoning test. We are currently experiencing delays in processing results and expect to update you within a fortnight.\n\nResourcing Team', 'Test results');
    expect(r.kind).toBe('on_hold');
  });

  it('reads a hiring manager on leave until a date, with interviews not booked till then, as on hold', () => {
    const r = read('Hi Sam,\n\nJust keeping you posted. The hiring manager for the Stores Supervisor post is on leave until the 9th, so I can\'t get interviews booked until then. Still keen to put you forward.\n\nJo', 'Stores Supervisor');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads a sign-off awaited, with the candidate still in the frame, as on hold', () => {
    const r = read('Hi Sam,\n\nWe are still waiting for the director to sign off the decision on the Estimator role. You are still very much in the frame, and I will be in touch by Friday.\n\nJo', 'Estimator');
    expect(r.kind).toBe('on_hold');
  });
});

describe('feedback found useful, clarification offered', () => {
  it('reads "if you would still find feedback useful, I am happy to share it" as feedback offered', () => {
    const r = read('Dear Ana,\n\nThe budget for the Treasury Manager role has been frozen and we have closed the vacancy. If you would still find feedback from your interview useful, I am happy to share it.\n\nKind regards,\nHR Director', 'Treasury Manager');
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads clarification on the panel\'s observations offered as feedback offered', () => {
    const r = read('Dear Mr Bello,\n\nWe regret to inform you that your application for the Drilling Engineer post was not successful. Should you require further clarification on the panel\'s observations, you may write to the undersigned.\n\nYours faithfully,\nHuman Capital', 'Drilling Engineer');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read clarification on the job description as feedback offered', () => {
    const r = read('Dear Mr Bello,\n\nWe regret to inform you that your application for the Drilling Engineer post was not successful. Should you require further details on the graduate scheme, you may write to the undersigned.\n\nYours faithfully,\nHuman Capital', 'Drilling Engineer');
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads "hear a bit more about the decision" with a call offered as feedback offered', () => {
    const r = read('Hi Omar,\n\nWe won\'t be inviting you to the next stage of the Buyer role. If you\'d find it useful to hear a bit more about the decision, reply here and I\'ll set up a quick call.\n\nThanks,\nRyan', 'Buyer');
    expect(r.feedbackOffered).toBe(true);
  });
});

describe('what they\'d have liked to see more of, the details kept for the next opening', () => {
  it('reads "they\'d have liked more concrete examples of X" as a skills gap', () => {
    const r = read('Hi Leon,\n\nThanks for the second interview. We have filled the Depot Supervisor role. The team said they\'d have liked more concrete examples of planning rotas for large crews.\n\nRegards,\nAndrea', 'Depot Supervisor');
    expect(r.reasons).toContain('skills_gap');
    expect(r.feedback).toBe(true);
  });

  it('does not read "they\'d have liked to meet you sooner" as a skills gap', () => {
    const r = read('Hi Leon,\n\nThanks for the second interview. We have filled the Depot Supervisor role. The team said they\'d have liked to meet you sooner in the process.\n\nRegards,\nAndrea', 'Depot Supervisor');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads "we will keep your details for the next opening" as an open door', () => {
    const r = read('Hi Leon,\n\nThanks for the second interview. We have filled the Depot Supervisor role, but we will keep your details for the next supervisor opening.\n\nRegards,\nAndrea', 'Depot Supervisor');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read details kept for this process only as an open door', () => {
    const r = read('Hi Leon,\n\nThanks for the second interview. We have filled the Depot Supervisor role. We will keep your details for six months, as our privacy notice explains.\n\nRegards,\nAndrea', 'Depot Supervisor');
    expect(r.doorOpen).toBe(false);
  });
});

describe('where the candidate said they must stay, and a roster they cannot work', () => {
  it('reads "you told us you need to stay in Darwin" as location', () => {
    const r = read('Hi Ana,\n\nThanks for the interview. The role is a 2:1 roster at the mine, and you told us you need to stay in Darwin for family reasons, so we will not be going ahead.\n\nCheers,\nLiz', 'Shift Supervisor');
    expect(r.reasons).toContain('location');
  });

  it('reads "the role is residential in Karratha, not FIFO" as location', () => {
    const r = read('Hi Ana,\n\nThanks for the interview. The role is residential in Karratha, not FIFO, so we will not be going ahead.\n\nCheers,\nLiz', 'Shift Supervisor');
    expect(r.reasons).toContain('location');
  });

  it('does not read "you told us you need to stay with your current employer until May" as location', () => {
    const r = read('Hi Ana,\n\nThanks for the interview. You told us you need to stay with your current employer until May, and we need someone to start next month, so we will not be going ahead.\n\nCheers,\nLiz', 'Shift Supervisor');
    expect(r.reasons).not.toContain('location');
  });
});

describe('a later role named with a call promised', () => {
  it('reads "roles coming up next year and I\'ll be in touch about those" as an open door', () => {
    const r = read('Hi Ben,\n\nThanks for the interview. We have gone with another candidate. We have more foreman roles coming up on the new bridge job next year and I\'ll be in touch about those.\n\nCheers,\nLiz', 'Foreman');
    expect(r.doorOpen).toBe(true);
  });

  it('reads "if a more senior role comes up, I\'ll come straight back to you" as an open door', () => {
    const r = read('Hi Ben,\n\nThe budget tops out well under your minimum, so we will leave it there. If a more senior role comes up, I\'ll come straight back to you.\n\nCheers,\nLiz', 'Project Manager');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "if the client changes their mind, I\'ll come straight back to you" as an open door', () => {
    const r = read('Hi Ben,\n\nThe budget tops out well under your minimum, so we will leave it there. If the client changes their mind, I\'ll come straight back to you.\n\nCheers,\nLiz', 'Project Manager');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "I\'d be very keen for you to apply for that" after a later role as an open door', () => {
    const r = read('Hi Ben,\n\nThanks for applying. We do not think this role would hold your interest. We expect to recruit a Works Manager later in the year and I\'d be very keen for you to apply for that.\n\nAll the best,\nKaren', 'Fitter');
    expect(r.doorOpen).toBe(true);
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
    'it will be another week or so before ',
    'we are currently experiencing delays ',
    'if you would still find feedback useful ',
    'should you require further clarification on the panel\'s observations ',
    'they\'d have liked more concrete examples of ',
    'we will keep your details for the next opening ',
    'hear a bit more about the decision ',
    'is on leave until the 9th so i can\'t ',
    'you told us you need to stay in ',
    'the role is residential in x, not fifo ',
    'roles coming up and i\'ll be in touch ',
    'if a senior role comes up i\'ll come straight back to you ',
    'keen for you to apply for that ',
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
