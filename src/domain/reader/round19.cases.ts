/**
 * Letters from HR template sites and template libraries, placeholders left in, read as filled-in letters are read:
 * the text preparation of the nineteenth round and the rules added with it, each on messages written for this test
 * (not taken from any corpus part). The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { normaliseText as normalise, PLACEHOLDER, showSlots, withoutSlotMarks } from './clean.js';
import { readMessage } from './read-message.js';

/** the text the rules read: a slot read as words loses the marks that show it as a slot in the evidence */
const normaliseText = (raw: string): string => withoutSlotMarks(normalise(raw));

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const wrap = (body: string): string => `Dear [Candidate Name],\n\n${body}\n\nKind regards,\n[Your Name]\n[Company Name]`;
const reasons = (body: string): string[] => [...read(wrap(body)).reasons].sort();

describe('template slots in square brackets', () => {
  it('reads a choice of wordings as its first option', () => {
    expect(normaliseText('[After careful consideration / After reviewing your application], we regret to inform you')).toBe('After careful consideration, we regret to inform you');
    const r = read(wrap('[After careful consideration / After reviewing your application], we regret to inform you that we will not be moving forward with your candidacy for the [Job Title] position.'));
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['generic']);
  });
  it('reads a slot naming a skill as a named requirement, a slot naming a person or title as a placeholder', () => {
    expect(normaliseText('more experience with [specific skill] than [Candidate Name]')).toBe(`more experience with specific skill than ${PLACEHOLDER}`);
    const r = read(wrap('Thank you for interviewing with us for the [Job Title] role. However, we are looking for a candidate with more experience with [specific skill], and for that reason we have decided not to offer you the position.'));
    expect(r.reasons).toEqual(['skills_gap']);
    expect(r.feedback).toBe(true);
    // the evidence shows the slot as a slot, as the letter has it
    expect(showSlots(normalise('more experience with [specific skill] than [Candidate Name]'))).toBe(`more experience with [specific skill] than ${PLACEHOLDER}`);
    const shown = r.evidence.filter((e) => e.label === 'reason' || e.label === 'feedback').flatMap((e) => e.sentences);
    expect(shown.some((t) => t.includes('more experience with [specific skill]'))).toBe(true);
    expect(shown.join(' ')).not.toMatch(/[\u2045\u2046]/);
  });
  it('names no requirement when only the role, company and names are left open', () => {
    const r = read(wrap('Thank you for interviewing with us for the [Job Title] role at [Company Name]. For that reason we have decided not to offer you the position.'));
    expect(r.reasons).toEqual(['generic']);
    expect(r.feedback).toBe(false);
  });
  it('reads a number left open before years as "several", and a requirement with it', () => {
    expect(normaliseText('[X] years of experience and [number] years in sales')).toBe('several years of experience and several years in sales');
    expect(reasons('Thanks again for interviewing for the role. The team decided to move forward with a candidate who has [X] years of experience managing [type of project], which is a key requirement for this role.')).toEqual(['skills_gap']);
  });
  it('leaves tags in capitals, references and links alone', () => {
    expect(normaliseText('[EXTERNAL] see note [1] and [our careers page](https://x.example)')).toBe('[EXTERNAL] see note [1] and [our careers page](https://x.example)');
  });
  it('reads a slot naming the test as a test taken', () => {
    expect(read(wrap('Thank you for completing the [assessment name] for the [Job Title] position. Unfortunately your score did not meet the threshold required to progress.')).stage).toBe('assessment');
    expect(read(wrap('Thank you for applying for the [Job Title] position. Unfortunately we will not progress your application.')).stage).toBe('application');
  });
  it('reads a skill slot in double braces as words, a name slot as a placeholder', () => {
    expect(normaliseText('experience with {{required_skill}}, {{candidate.first_name}}')).toBe(`experience with required skill, ${PLACEHOLDER}`);
  });
});

describe('placeholders in other styles', () => {
  it('reads lowercase dollar variables as placeholders, and leaves amounts alone', () => {
    expect(normaliseText('Dear $candidate_name, the $job.title role pays $50,000')).toBe(`Dear ${PLACEHOLDER}, the ${PLACEHOLDER} role pays $50,000`);
  });
  it('keeps "<<Name>>" slots in an HTML body as placeholders, not tags', () => {
    const r = readMessage({ text: '<p>Dear <<Name>>,</p><p>Thank you for your interest in the <<Job Title>> position at Halden Foods. We felt you are overqualified for this role, so we will not offer you the position.</p><p>Best,<br><<Interviewer>></p>' }, null);
    expect(r.reasons).toEqual(['overqualified']);
    expect(r.company).toBe('Halden Foods');
    expect(r.role).toBeNull();
    expect(r.evidence.some((e) => e.sentences.some((s) => s.includes(`the ${PLACEHOLDER} position at Halden Foods`)))).toBe(true);
  });
});

describe('slots in parentheses, angle brackets, single braces and runs of X', () => {
  it('reads a capitalised name slot in parentheses or angle brackets as a placeholder, not a role', () => {
    const r = read('Dear (Candidate Name),\n\nThank you for interviewing for the (Job Title) role. We are looking for someone with more experience in (specific skill), so we have decided not to offer you the position.\n\nRegards,\n(Your Name)');
    expect(r.role).toBeNull();
    expect(r.reasons).toEqual(['skills_gap']);
    expect(normaliseText('Dear <Candidate Name>, more experience with <specific skill>')).toBe(`Dear ${PLACEHOLDER}, more experience with specific skill`);
    // ordinary parentheses stay as they are
    expect(normaliseText('the Analyst (Graduate Scheme) role, see <jane@acme.example>')).toBe('the Analyst (Graduate Scheme) role, see <jane@acme.example>');
  });
  it('reads "XX years" as several years and "XXX" as a placeholder', () => {
    expect(normaliseText('Dear XXX, someone with XX years of experience in XXX')).toBe(`Dear ${PLACEHOLDER}, someone with several years of experience in ${PLACEHOLDER}`);
    expect(normaliseText('Super Bowl XX and the XL size')).toBe('Super Bowl XX and the XL size');
  });
  it('reads a test slot in single braces, percent signs or double angle brackets as the test', () => {
    expect(normaliseText('completing the {AssessmentName}, %SKILL% and <<Skill Area>> for {JobTitle}')).toBe(`completing the assessment name, skill and skill area for ${PLACEHOLDER}`);
    expect(read('Dear {FirstName},\n\nThank you for completing the {AssessmentName} for the {JobTitle} role. Unfortunately we will not progress your application.\n\nRegards,\n{RecruiterName}').stage).toBe('assessment');
  });
});

describe('entities on a template with placeholders left in', () => {
  it('finds no company or role in a bare template', () => {
    const r = read('Dear [Candidate Name],\n\nThank you for your interest in the [Job Title] position at [Company Name]. After careful consideration, we have decided not to move forward with your application.\n\nSincerely,\n[Your Name]\n[Company Name]', 'Your application for [Job Title]');
    expect(r.kind).toBe('rejection');
    expect(r.company).toBeNull();
    expect(r.role).toBeNull();
    expect(r.contactName).toBeNull();
  });
  it('finds what was filled in a half-filled template', () => {
    const role = read('Dear Joanna,\n\nThank you for your interest in the Payroll Administrator position at [Company Name]. We have decided not to move forward with your application.\n\nSincerely,\n[Your Name]');
    expect(role.role).toBe('Payroll Administrator');
    expect(role.company).toBeNull();
    const company = read('Dear {{candidate.first_name}},\n\nThank you for your interest in the {{job_title}} vacancy at Corvane Biosciences. We will not be progressing your application.\n\nRegards,\n{{recruiter_name}}');
    expect(company.company).toBe('Corvane Biosciences');
    expect(company.role).toBeNull();
  });
});

describe('rules added for template wordings', () => {
  it('reads an interview the sender appreciates the candidate taking the time for', () => {
    expect(read(wrap('We appreciate you taking the time to interview with [Company Name] for the [Role]. We have chosen to proceed with another candidate.')).stage).toBe('interview');
    expect(read(wrap('We appreciate you taking the time to apply for the [Role]. We have chosen to proceed with another candidate.')).stage).toBe('application');
  });
  it('reads fluency in a language left unnamed as a requirement', () => {
    expect(reasons('Thank you for interviewing for the [Job Title] role. The team decided not to move forward, as the role requires fluency in [language], and the interview showed your level is not yet where we need it to be.')).toEqual(['skills_gap']);
    expect(reasons('Thank you for interviewing for the [Job Title] role. Your language was warm and clear, but we have decided not to move forward.')).toEqual(['generic']);
  });
  it('reads a closing date extended as no pause of the process, and a paused process as on hold', () => {
    expect(read('Dear Applicant,\n\nThe closing date for the [Position Title] vacancy has been extended to [date]. All applications received will be considered after the closing date.\n\nHuman Resources').kind).not.toBe('on_hold');
    expect(read(wrap('The hiring process for the [Job Title] role has been put on hold due to a budget review. We have not made a decision on your application yet.')).kind).toBe('on_hold');
  });
});
