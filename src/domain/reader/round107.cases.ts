/**
 * Agency recruiters relaying the client's decision: the recruiter's offer of other roles or to keep working together (the
 * door), the step the candidate took with the client (an interview judged, a test or check the client ran, the last day), and
 * the client's reasons in the recruiter's words (gone internal, a member of their own team, another candidate finalised, too far
 * apart on money). Messages written for this test (not taken from any corpus part), each beside a message in nearby words that
 * must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const no = 'Hi Dana,\n\nThe client has come back and they won\'t be taking your application further.\n\n';
const sign = '\n\nCheers,\nRob\nRob Kell | Kestrel Staffing';

describe('the recruiter\'s other roles', () => {
  it('reads other roles the recruiter has on as an open door', () => {
    const r = read(`${no}I've got three other warehouse roles on at the moment, one near Rugby. Free for a call on Friday?${sign}`);
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('still reads other candidates the recruiter has as no door', () => {
    const r = read(`${no}They've got three other candidates at the final stage, one from Rugby, so it was always tight.${sign}`);
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads one role that would suit the candidate as an open door', () => {
    const r = read(`${no}I do have a more senior planning role at a food producer that I think would suit you. Let me know if you want the spec.${sign}`);
    expect(r.doorOpen).toBe(true);
  });

  it('still reads no other roles as no door', () => {
    const r = read(`${no}I don't have a planning role at the moment that I think would suit you, sorry.${sign}`);
    expect(r.doorOpen).toBe(false);
  });

  it('reads roles to be sent through as an open door', () => {
    const r = read(`${no}I'll send you through a couple of buyer roles tomorrow.${sign}`);
    expect(r.doorOpen).toBe(true);
  });

  it('still reads the client\'s notes to be sent through as no door', () => {
    const r = read(`${no}I'll send you through the client's notes tomorrow.${sign}`);
    expect(r.doorOpen).toBe(false);
  });

  it('reads roles the recruiter is working on, and the candidate first in line, as an open door', () => {
    expect(read(`${no}You'd be a good match for a couple of the contract roles I'm working on.${sign}`).doorOpen).toBe(true);
    expect(read(`${no}You're top of my list for the next buyer role I get in.${sign}`).doorOpen).toBe(true);
    expect(read(`${no}As soon as something similar comes up with my other clients I'll come to you first.${sign}`).doorOpen).toBe(true);
  });

  it('still reads the role the recruiter was working on, and a list the candidate was top of, as no door', () => {
    expect(read(`${no}The contract role I was working on for them has now gone.${sign}`).doorOpen).toBe(false);
    expect(read(`${no}You were top of my list for this one, which makes it harder.${sign}`).doorOpen).toBe(false);
  });
});

describe('the step with the client', () => {
  it('reads what came out of the interview, and the interview enjoyed, as an interview', () => {
    expect(read('Hi Dana,\n\nTwo things came out of your interview: they wanted more SQL, and more retail. So they won\'t take it further.' + sign).stage).toBe('interview');
    expect(read('Hi Dana,\n\nThey enjoyed the interview, but they have decided not to offer.' + sign).stage).toBe('interview');
  });

  it('still reads what came out of the CV, and the CV enjoyed, as the application', () => {
    expect(read('Hi Dana,\n\nTwo things came out of your CV: they wanted more SQL, and more retail. So they won\'t take it further.' + sign).stage).toBe('application');
    expect(read('Hi Dana,\n\nThey enjoyed reading your CV, but they have decided not to offer.' + sign).stage).toBe('application');
  });

  it('reads the client\'s note on meeting the candidate, forwarded, as an interview', () => {
    const r = read('Hi Dana, see below from the client. Rob\n\nHi Rob, thanks for sending Dana over. We enjoyed meeting her but we don\'t think she is the right fit for the team.\n\nBest, Jan');
    expect(r.stage).toBe('interview');
  });

  it('reads going along to meet the client as an interview, and sending the CV to them as the application', () => {
    expect(read('Hi Dana,\n\nThanks for going along to meet Brackley Foods on Tuesday. They have decided to go with someone else.' + sign).stage).toBe('interview');
    expect(read('Hi Dana,\n\nThanks for letting me send your CV to Brackley Foods on Tuesday. They have decided to go with someone else.' + sign).stage).toBe('application');
  });

  it('reads the outcome of the selection day as the final step, and of the CV sift as the application', () => {
    expect(read('Hi Dana,\n\nI have had the outcome from the selection day at Corran Bank: they won\'t be offering.' + sign).stage).toBe('final');
    expect(read('Hi Dana,\n\nI have had the outcome from the CV sift at Corran Bank: they won\'t be offering.' + sign).stage).toBe('application');
  });

  it('reads a test the client ran, its results, and the client\'s reference check as an assessment', () => {
    expect(read('Hi Dana,\n\nThanks for doing the client\'s typing test on Monday. They won\'t be taking it further.' + sign).stage).toBe('assessment');
    expect(read('Hi Dana,\n\nThe personality profile results are back from Corran. They won\'t be taking it further.' + sign).stage).toBe('assessment');
    expect(read('Hi Dana,\n\nI\'ve had the results back from Corran Bank\'s online tests. They won\'t be taking it further.' + sign).stage).toBe('assessment');
    expect(read('Hi Dana,\n\nFeedback from Corran on the Excel assessment: they won\'t be taking it further.' + sign).stage).toBe('assessment');
    expect(read('Hi Dana,\n\nSorry to say the client\'s references came back and they won\'t be taking it further.' + sign).stage).toBe('assessment');
  });

  it('still reads the client\'s form, and the feedback on the CV, as the application', () => {
    expect(read('Hi Dana,\n\nThanks for filling in the client\'s registration form on Monday. They won\'t be taking it further.' + sign).stage).toBe('application');
    expect(read('Hi Dana,\n\nFeedback from Corran on the CV: they won\'t be taking it further.' + sign).stage).toBe('application');
  });
});

describe('the client\'s reasons in the recruiter\'s words', () => {
  it('reads a client gone internal as a decline for an internal candidate, and a client gone quiet as no decline', () => {
    const r = read('Hi Dana,\n\nThey\'ve come back and gone internal, I\'m afraid.' + sign);
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('internal_candidate');
    expect(read('Hi Dana,\n\nThey\'ve gone quiet on me, I\'m afraid. I\'ll chase on Monday.' + sign).kind).toBe('other');
  });

  it('reads the role offered to a member of their own team as internal, and to another candidate as filled', () => {
    const a = read('Hi Dana,\n\nAfter the final round they have decided to offer the role to a member of their own team. The offer has been accepted.' + sign);
    expect(a.reasons).toContain('internal_candidate');
    const b = read('Hi Dana,\n\nAfter the final round they have decided to offer the role to another candidate. The offer has been accepted.' + sign);
    expect(b.reasons).not.toContain('internal_candidate');
    expect(b.reasons).toContain('position_filled');
  });

  it('reads another candidate finalised, or one who has joined, as the post filled', () => {
    expect(read('Hi Dana,\n\nThe client has finalised another candidate for this role, so your candidature is closed.' + sign).reasons).toEqual(['position_filled']);
    expect(read('Hi Dana,\n\nThe client has selected another candidate, who has joined the organisation. Your candidature stands closed.' + sign).reasons).toEqual(['position_filled']);
  });

  it('reads the role closed after an offer accepted as the post filled only, and closed in a restructure as closed too', () => {
    expect(read('Hi Dana,\n\nThey have made an offer to another candidate, which has been accepted. The role is now closed.' + sign).reasons).toEqual(['position_filled']);
    expect(read('Hi Dana,\n\nThey have made an offer to another candidate, which has been accepted. The team is being restructured, so the role is now closed.' + sign).reasons).toContain('role_closed');
  });

  it('reads the two sides too far apart on money as a decline, and close enough as none', () => {
    expect(read('Hi Dana,\n\nI\'ve spoken to the client and sadly we\'re just too far apart on money.' + sign).kind).toBe('rejection');
    expect(read('Hi Dana,\n\nI\'ve spoken to the client and we\'re close enough on money, so they\'d like to meet you on Friday.' + sign).kind).toBe('other');
  });
});

describe('the money, the step down, and a role filled internally, in the recruiter\'s words', () => {
  it('reads the two sides too far apart on money as the salary', () => {
    expect(read('Hi Dana,\n\nI\'ve spoken to the client and sadly we\'re just too far apart on money.' + sign).reasons).toContain('salary');
  });

  it('reads too far a step down, or well beyond what the role needs, as overqualified; well short of it as not', () => {
    expect(read(`${no}They felt the Controller role is too far a step down for you and that you'd be frustrated.${sign}`).reasons).toContain('overqualified');
    expect(read(`${no}Their view is that your experience is well beyond what this Supervisor role needs.${sign}`).reasons).toContain('overqualified');
    expect(read(`${no}Their view is that your experience is well short of what this Supervisor role needs.${sign}`).reasons).not.toContain('overqualified');
  });

  it('reads a role filled with an internal secondment as a decline for an internal candidate', () => {
    const r = read('Hi Dana,\n\nBad luck on the Derby role - they\'ve now filled it with an internal secondment.' + sign);
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('internal_candidate');
  });

  it('still reads a role filled with an external hire as no internal candidate', () => {
    const r = read('Hi Dana,\n\nBad luck on the Derby role - they\'ve now filled it with an external hire.' + sign);
    expect(r.reasons).not.toContain('internal_candidate');
  });

  it('reads news to come only if the client changes its mind as no door, and other roles besides as a door', () => {
    expect(read(`${no}I've asked whether they'd reconsider in the spring, and I'll keep you posted if they change their minds.${sign}`).doorOpen).toBe(false);
    expect(read(`${no}I'll keep you posted if they change their minds, and I'll send you through a couple of other nursing roles this week.${sign}`).doorOpen).toBe(true);
  });

  it('reads the recruiter\'s roles that would suit the candidate better as no mismatch with this role', () => {
    const r = read(`${no}They went with someone else and didn't give a reason. I've got two support roles in fintech that I think you'd genuinely be better suited to.${sign}`);
    expect(r.reasons).toEqual(['generic']);
    expect(r.doorOpen).toBe(true);
  });
});
