/**
 * The reason and flag mechanisms of the twelfth round — compositions of classes rather than listed phrases — each on
 * messages written for this test (not taken from any corpus part). The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const wrap = (body: string): string => `Dear Robin,\n\n${body}\n\nKind regards,\nTamsin\nRecruitment`;
const reasons = (body: string): string[] => [...read(wrap(body)).reasons].sort();

describe('profile mismatch: others (or theirs) + a degree word + a profile noun, no domain named', () => {
  it('reads others with more of a profile noun, in either order, as a profile mismatch', () => {
    expect(reasons('Thank you for meeting us. We have asked back applicants with rather more exposure to work of this kind, so we will not be taking your application further.')).toEqual(['profile_mismatch']);
    expect(reasons('Thanks for the interview. We are going with another applicant; their background simply sat nearer to the brief. I am sorry this is not better news.')).toEqual(['profile_mismatch']);
    expect(reasons('Thank you for your time. The person we chose is further along in their career, and that decided it. We will not be offering you the post.')).toEqual(['profile_mismatch']);
  });

  it('does not read a comparison in a hypothetical or about future openings', () => {
    expect(reasons('Unfortunately we will not be progressing your application. If a role comes up where your experience is a closer fit, we will be in touch.')).toEqual(['generic']);
  });

  it('reads a comparison made in the role\'s scale or kind of work as no named domain', () => {
    expect(reasons('Thanks for the call. The client wants people with a deeper track record in teams of this size, so they will not take your application further.')).toEqual(['profile_mismatch']);
  });
});

describe('skills gap: others and what they bring, with an amount, in a named domain', () => {
  it('reads years or a lot of experience with a named thing, brought by others, as a skills gap', () => {
    expect(reasons('Thank you for the interviews. The other finalist has several years running cold-chain logistics in pharmaceuticals, which was decisive.')).toEqual(['skills_gap']);
    expect(reasons('We have decided not to proceed. The shortlisted candidates came to us with hands-on marine survey work, which this post depends on.')).toEqual(['skills_gap']);
  });

  it('reads a background deeper in a named domain as a skills gap', () => {
    expect(reasons('After the interviews we chose a candidate whose background is a lot deeper in pension scheme accounting. We will not be offering you the role.')).toEqual(['skills_gap']);
  });
});

describe('skills gap: what the role asks of anyone + the candidate short of it', () => {
  it('reads a condition of the role and the candidate\'s side short of it as a skills gap', () => {
    expect(reasons('A current food hygiene certificate is a mandatory condition for this kitchen post, and as your application does not show one we cannot take it further.')).toEqual(['skills_gap']);
    expect(reasons('This is a registered position, and since you are not yet on the nursing register we are unable to shortlist you.')).toEqual(['skills_gap']);
    expect(reasons('The job centres on tendering for public contracts, and from what we heard your involvement in bids has so far been fairly limited. We will not be offering you the post.')).toEqual(['skills_gap']);
  });

  it('does not read where the candidate lives as a skills gap', () => {
    expect(reasons('The post is open to people based in Cardiff, and as you are currently living in Bristol we cannot proceed.')).not.toContain('skills_gap');
  });
});

describe('specific feedback: a judgement of the panel on a named area', () => {
  it('reads the panel wanting more of a named area as a skills gap with feedback', () => {
    const r = read(wrap('Thank you for interviewing with us. We will not be offering you the post. The panel would have liked to hear more about how you have handled supplier disputes, which come up weekly in this job.'));
    expect(r.reasons).toEqual(['skills_gap']);
    expect(r.feedback).toBe(true);
  });

  it('reads the candidate\'s answers on a named area found weaker as a skills gap', () => {
    expect(reasons('I am sorry to say we will not be offering you the role. The panel noted that your responses on safeguarding in youth settings were somewhat less convincing than those of other candidates.')).toEqual(['skills_gap']);
  });

  it('reads the work, or "it" after the work, with a shortfall verb as specific feedback', () => {
    expect(read(wrap('Thank you for the written exercise. The memo was well organised, but it never weighed the legal risk of each option. You have not been successful on this occasion.')).feedback).toBe(true);
    expect(read(wrap('Thanks for the take-home. The reviewers felt the pipeline design overlooked the late-arriving data, so we will not move to the next round.')).feedback).toBe(true);
  });

  it('does not read a mark or threshold missed as specific feedback', () => {
    expect(read(wrap('Thank you for sitting the verbal reasoning test. Your written report unfortunately did not reach the standard we set, so we cannot progress your application.')).feedback).toBe(false);
  });
});

describe('reasons: pay against the candidate\'s own, an appointment made, a step back in its own clause', () => {
  it('reads pay offered below the candidate\'s own as salary', () => {
    expect(reasons('Thank you for your time. The rate we could pay sits well under what you are earning now, so we will not take this further.')).toEqual(['salary']);
  });

  it('reads a step back beside a pay clause as overqualified and salary', () => {
    expect(reasons('We think this post would be a step back for you, and the budget we have is short of your current salary, so we will not proceed.')).toEqual(['overqualified', 'salary']);
  });

  it('reads "you\'d be bored" as overqualified', () => {
    expect(reasons('Honestly, with your record, we think you\'d be bored within a term in an assistant post. We will not be offering you the role.')).toEqual(['overqualified']);
  });

  it('reads an appointment made as the post filled, and a booked appointment as no such thing', () => {
    expect(reasons('Thank you for attending. An appointment has now been made, and I am sorry to say it was not you.')).toEqual(['position_filled']);
    expect(read(wrap('Thank you for applying. An appointment has been made for your interview on Tuesday at 10am.')).reasons).toEqual([]);
  });
});

describe('flags: offers of a judgement in other nouns, and the door as a composition', () => {
  it('reads anyone\'s notes, a breakdown of scores, what tipped it and how we saw it offered', () => {
    expect(read(wrap('We will not be offering you the role. The chairperson\'s notes are thorough and I would be happy to send them over if you would like.')).feedbackOffered).toBe(true);
    expect(read(wrap('Your application has not been successful. We can send you a summary of your results; just reply to this email.')).feedbackOffered).toBe(true);
    expect(read(wrap('We have decided not to proceed. If you want to know what swung it, I am glad to tell you over the phone.')).feedbackOffered).toBe(true);
    expect(read(wrap('We have decided not to proceed. If it would help to hear how Amir and I saw the interview, I am happy to arrange a short call.')).feedbackOffered).toBe(true);
  });

  it('does not read a refusal to share notes as offered', () => {
    expect(read(wrap('We have decided not to proceed. I am afraid we are not able to share the chairperson\'s notes.')).feedbackOffered).toBe(false);
  });

  it('reads a wish, the candidate coming back and a later time as an open door', () => {
    expect(read(wrap('We will not be offering you the post. We very much hope you will apply when we next recruit, probably in the new year.')).doorOpen).toBe(true);
    expect(read(wrap('I am sorry it is not better news. We plan to hire three more engineers next spring, and I would love you to be part of that.')).doorOpen).toBe(true);
    expect(read(wrap('Unfortunately you have not been successful. We would be glad to see your application again when new vacancies appear.')).doorOpen).toBe(true);
  });

  it('does not read a refusal to consider the candidate again as an open door', () => {
    expect(read(wrap('Unfortunately you have not been successful. Please note we are unable to consider you again for this scheme.')).doorOpen).toBe(false);
  });
});

describe('second go: comparisons, records, wants and ways of working in other words', () => {
  it('reads others more like us, or meeting the criteria to a greater degree, as a profile mismatch', () => {
    expect(reasons('Thank you for the interview. We chose a candidate who had worked somewhere much more like ours, so we will not be taking things further.')).toEqual(['profile_mismatch']);
    expect(reasons('The panel scored all applications against the criteria, and other applicants met them to a greater extent. We are unable to shortlist you.')).toEqual(['profile_mismatch']);
    expect(reasons('Thanks for meeting us. We are going with a person whose CV fits more naturally with the work we do. Sorry it is not better news.')).toEqual(['profile_mismatch']);
  });

  it('reads others with a longer record, who have already done it, or credited with their years, in a named thing as a skills gap', () => {
    expect(reasons('The board has recommended applicants with a longer record of maintaining rail signalling systems. You have not been selected.')).toEqual(['skills_gap']);
    expect(reasons('Thanks for the call. The client is going with people who have already led ISO 27001 certifications. They will not take it further.')).toEqual(['skills_gap']);
    expect(reasons('We have decided not to proceed. Her years of running VAT returns for retailers gave her the edge for this post.')).toEqual(['skills_gap']);
    expect(reasons('We have decided not to proceed. We chose someone who has managed the Salesforce migration for the last three years.')).toEqual(['skills_gap']);
  });

  it('reads the panel hoping for a clearer account of a named area as a skills gap', () => {
    expect(reasons('The panel were hoping for a fuller account of how you would run the phonics programme, and they have decided not to offer you the post.')).toEqual(['skills_gap']);
  });

  it('reads the figure the candidate is after, beyond our range, as salary, and wanting more than the role gives as overqualified', () => {
    expect(reasons('Thanks for the call. The number you are after sits beyond the top of our range, so we will leave it there.')).toEqual(['salary']);
    expect(reasons('Having read your CV, we think you would soon want a lot more than this post can offer, so we will not take your application forward.')).toEqual(['overqualified']);
  });

  it('reads a way of running things in doubt for the candidate as culture, with a comparison beside it', () => {
    expect(reasons('We were not sure our improvised way of doing things would work for you, and we also met other candidates whose backgrounds were a closer fit. We will not move ahead.')).toEqual(['culture_fit', 'profile_mismatch']);
  });

  it('reads comments the panel left, notes kept and a rundown as feedback offered, and hearing from you again as a door', () => {
    expect(read(wrap('We will not be offering you the role. The interviewers wrote up short notes after each session, and I am glad to go over them with you.')).feedbackOffered).toBe(true);
    expect(read(wrap('We have decided not to proceed. I kept notes during our calls; if a short rundown helps, reply and I will send it.')).feedbackOffered).toBe(true);
    expect(read(wrap('We have chosen another candidate. We would really like to hear from you again when the next intake opens.')).doorOpen).toBe(true);
  });
});
