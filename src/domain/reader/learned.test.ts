import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyByRules } from './classify.js';
import { HEADS, messageFeatures, POLICY, scoreHeads, scoreMessage, sentenceFeatures, type ReaderModel } from './learned.js';
import { loadModel, SHIPPED_MODEL } from './model.js';
import { readMessage } from './read-message.js';
import { splitSentences } from './sentences.js';
import shipped from './reader-model.json' with { type: 'json' };
import { letRunnerThrough } from '../../../tests/support/runner.js';

/** a model that only knows its biases: every head answers with the same probability p */
function flatModel(p: Partial<Record<string, number>>): ReaderModel {
  const logit = (q: number): number => Math.log(q / (1 - q));
  return { version: 1, heads: [...HEADS], bias: HEADS.map((h) => logit(p[h] ?? 0.01)), weights: {} };
}

const GENERIC = 'Hi Sam,\n\nThank you for applying for the Analyst role. Unfortunately we will not be moving forward with your application.\n\nBest,\nJo';

describe('the learned model', () => {
  it('ships weights that load, with every head, and stay small', () => {
    expect(SHIPPED_MODEL).not.toBeNull();
    expect(SHIPPED_MODEL?.heads).toEqual(HEADS);
    expect(Object.keys(SHIPPED_MODEL?.weights ?? {}).length).toBeGreaterThan(100);
    // two sets of heads (kind and stage learned from the rules as of the day before, the rest from today's: ADR 0063)
    // (a megabyte at most: the file is read once, when the reader is first used)
    expect(JSON.stringify(shipped).length).toBeLessThan(1_000_000);
  });

  it('scores a message exactly as the heads score its feature set', () => {
    const model = SHIPPED_MODEL ?? flatModel({});
    const bodies = [
      GENERIC,
      'Dear Ana,\n\nThanks for the conversations with the team last week. Sadly we have chosen another applicant whose background fits the brief more closely. We will keep your CV on file.\n\nKind regards,\nLee\n\n--\nUnsubscribe | Privacy notice',
      'Hello,\n\nWe would love to invite you to an interview next week. Thank you for applying, thank you again.',
    ];
    for (const body of bodies) {
      const sentences = splitSentences(body, 'Your application');
      const { result, signals } = classifyByRules(sentences);
      expect(scoreMessage(model, sentences, signals, result)).toEqual(scoreHeads(model, messageFeatures(sentences, signals, result)));
    }
  });

  // every development message read by the rules: half a minute on a quiet machine, much longer beside the other lane
  it('scores every message of the corpus as the heads score its feature set', { timeout: 240_000 }, async () => {
    const model = SHIPPED_MODEL ?? flatModel({});
    const rows = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../tests/reader-corpus/dev.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { text: string; subject?: string });
    expect(rows.length).toBeGreaterThan(1000);
    for (const [i, row] of rows.entries()) {
      if (i % 500 === 499) await letRunnerThrough();
      const sentences = splitSentences(row.text, row.subject);
      const { result, signals } = classifyByRules(sentences);
      expect(scoreMessage(model, sentences, signals, result)).toEqual(scoreHeads(model, messageFeatures(sentences, signals, result)));
    }
  });

  it('is what readMessage uses by default', () => {
    const text = 'Dear Ana,\n\nThanks for the conversations with the team last week. Sadly we have chosen another applicant whose background fits the brief more closely.\n\nKind regards,\nLee';
    expect(readMessage({ text })).toEqual(readMessage({ text }, SHIPPED_MODEL));
    // the shipped weights respond to words: a rejection scores higher than an acknowledgement
    const features = (t: string): string[] => sentenceFeatures({ text: t, norm: t.toLowerCase(), footer: false, subject: false });
    const p = (t: string): number => scoreHeads(SHIPPED_MODEL ?? flatModel({}), features(t)).get('kind:rejection') ?? 0;
    expect(p('unfortunately we will not be moving forward with your application')).toBeGreaterThan(p('we have received your application and will review it'));
  });

  it('adds a reason only where the rules found none, with the sentences behind it as evidence', () => {
    const sure = flatModel({ 'reason:skills_gap': 0.99, 'kind:rejection': 0.99, 'stage:application': 0.9 });
    // the words of the decision sentence push the skills gap head up
    sure.weights['w:moving'] = [HEADS.indexOf('reason:skills_gap'), 1];
    const r = readMessage({ text: GENERIC }, sure);
    expect(r.reasons).toEqual(['skills_gap']);
    expect(r.evidence.find((e) => e.label === 'reason' && e.value === 'skills_gap')?.sentences).toEqual(['Unfortunately we will not be moving forward with your application.']);
    // with no sentence behind it, or only one about the future, the model adds nothing
    expect(readMessage({ text: GENERIC }, flatModel({ 'reason:skills_gap': 0.99, 'kind:rejection': 0.99 })).reasons).toEqual(['generic']);
    const future = flatModel({ 'reason:skills_gap': 0.99, 'kind:rejection': 0.99 });
    future.weights['w:grows'] = [HEADS.indexOf('reason:skills_gap'), 1];
    expect(readMessage({ text: `${GENERIC}\n\nAs your experience grows, other roles may suit you better.` }, future).reasons).toEqual(['generic']);
    expect(readMessage({ text: GENERIC }, null).reasons).toEqual(['generic']);
    // the rules' own reason stands: the model does not add beside it
    const filled = readMessage({ text: 'Thank you for applying. The position has now been filled.' }, sure);
    expect(filled.reasons).toEqual(['position_filled']);
  });

  it('adds a reason of a concrete topic (pay, place, an internal hire) only from a sentence that speaks of it', () => {
    const salary = flatModel({ 'reason:salary': 0.99, 'kind:rejection': 0.99, 'stage:application': 0.9 });
    salary.weights['w:moving'] = [HEADS.indexOf('reason:salary'), 1];
    // the decision sentence says nothing about pay: no salary, whatever the weights
    expect(readMessage({ text: GENERIC }, salary).reasons).toEqual(['generic']);
    // (a new model: the weights of a model are indexed once, on first use)
    const budget = flatModel({ 'reason:salary': 0.99, 'kind:rejection': 0.99, 'stage:application': 0.9 });
    budget.weights['w:moving'] = [HEADS.indexOf('reason:salary'), 1];
    budget.weights['w:budget'] = [HEADS.indexOf('reason:salary'), 2];
    const r = readMessage({ text: GENERIC.replace('\n\nBest', ' We had a fixed budget in mind for this hire.\n\nBest') }, budget);
    expect(readMessage({ text: GENERIC.replace('\n\nBest', ' We had a fixed budget in mind for this hire.\n\nBest') }, null).reasons).toEqual(['generic']);
    expect(r.reasons).toEqual(['salary']);
    expect(r.evidence.find((e) => e.label === 'reason' && e.value === 'salary')?.sentences[0]).toBe('We had a fixed budget in mind for this hire.');
  });

  it('adds a mismatch or overqualification only from a sentence that compares or denies, never from praise or the process', () => {
    const sure = (reason: string, word: string): ReaderModel => {
      const m = flatModel({ [`reason:${reason}`]: 0.99, 'kind:rejection': 0.99, 'stage:application': 0.9 });
      m.weights[`w:${word}`] = [HEADS.indexOf(`reason:${reason}`), 3];
      return m;
    };
    const withLine = (line: string): string => GENERIC.replace('\n\nBest', ` ${line}\n\nBest`);
    const praise = withLine('The team was impressed with your experience.');
    const above = withLine('Your years leading teams sit well above this post.');
    const process = withLine('This decision reflects our sincere efforts to consider your background and strengths for this opportunity.');
    const elsewhere = withLine('Your background and this brief point different ways.');
    for (const text of [praise, above, process, elsewhere]) expect(readMessage({ text }, null).reasons).toEqual(['generic']);
    // praise of the candidate's experience is no sign that they have too much of it
    expect(readMessage({ text: praise }, sure('overqualified', 'experience')).reasons).toEqual(['generic']);
    expect(readMessage({ text: above }, sure('overqualified', 'years')).reasons).toEqual(['overqualified']);
    // how the decision was made is no mismatch; a sentence that says the two differ is
    expect(readMessage({ text: process }, sure('profile_mismatch', 'background')).reasons).toEqual(['generic']);
    expect(readMessage({ text: elsewhere }, sure('profile_mismatch', 'background')).reasons).toEqual(['profile_mismatch']);
  });

  it('adds no reason from advice on keeping a profile up to date for later roles', () => {
    const advice = GENERIC.replace('\n\nBest', ' While visiting our career site, keep your profile as up to date as possible and join our talent communities to stay informed about new roles.\n\nBest');
    const m = flatModel({ 'reason:profile_mismatch': 0.99, 'kind:rejection': 0.99, 'stage:application': 0.9 });
    m.weights['w:profile'] = [HEADS.indexOf('reason:profile_mismatch'), 3];
    expect(readMessage({ text: advice }, null).reasons).toEqual(['generic']);
    expect(readMessage({ text: advice }, m).reasons).toEqual(['generic']);
  });

  it('sets specific feedback only where something is said beyond generic praise', () => {
    const sure = (): ReaderModel => {
      const m = flatModel({ 'flag:feedback': 0.99, 'kind:rejection': 0.99, 'stage:application': 0.9 });
      m.weights['w:experience'] = [HEADS.indexOf('flag:feedback'), 3];
      return m;
    };
    const praise = 'Hi Sam,\n\nThank you for applying for the Analyst role. Although the team was impressed with your experience, we decided not to move forward with your candidacy.\n\nBest,\nJo';
    const said = 'Hi Sam,\n\nThank you for applying for the Analyst role. The team was impressed with your experience, though the panel felt the examples stayed at a high level. We will not be moving forward with your application.\n\nBest,\nJo';
    for (const text of [praise, said]) expect(readMessage({ text }, null).feedback).toBe(false);
    expect(readMessage({ text: praise }, sure()).feedback).toBe(false);
    expect(readMessage({ text: said }, sure()).feedback).toBe(true);
  });

  it('adds a closed role only from a sentence that says the role stopped, not from a company posting roles', () => {
    const growing = 'Hi Sam,\n\nThank you for applying for the Analyst role. Unfortunately we will not be moving forward with your application. Ours is a fast-growing business, and we are posting open positions all the time.\n\nBest,\nJo';
    const paused = 'Hi Sam,\n\nThank you for applying for the Analyst role. Unfortunately we will not be moving forward with your application. The funding for this team was reallocated this quarter.\n\nBest,\nJo';
    for (const text of [growing, paused]) expect(readMessage({ text }, null).reasons).toEqual(['generic']);
    const closed = (): ReturnType<typeof flatModel> => {
      const m = flatModel({ 'reason:role_closed': 0.99, 'kind:rejection': 0.99, 'stage:application': 0.9 });
      m.weights['w:positions'] = [HEADS.indexOf('reason:role_closed'), 3];
      m.weights['w:funding'] = [HEADS.indexOf('reason:role_closed'), 3];
      return m;
    };
    expect(readMessage({ text: growing }, closed()).reasons).toEqual(['generic']);
    const r = readMessage({ text: paused }, closed());
    expect(r.reasons).toEqual(['role_closed']);
    expect(r.evidence.find((e) => e.label === 'reason' && e.value === 'role_closed')?.sentences[0]).toBe('The funding for this team was reallocated this quarter.');
  });

  it('adds no reason to a long letter, where thanks and news lean towards reasons it never gives', () => {
    const model = flatModel({ 'reason:role_closed': 0.99, 'kind:rejection': 0.99, 'stage:application': 0.9 });
    model.weights['w:funding'] = [HEADS.indexOf('reason:role_closed'), 3];
    const short = 'Hi Sam,\n\nThank you for applying for the Analyst role. Unfortunately we will not be moving forward with your application. The funding for this team was reallocated this quarter.\n\nBest,\nJo';
    const news = ' Our clinics opened four new sites this year and the community keeps growing with every season of work we do together.';
    const long = short.replace('\n\nBest', `${news.repeat(Math.ceil(POLICY.longLetterWords / 20))}\n\nBest`);
    expect(readMessage({ text: short }, model).reasons).toEqual(['role_closed']);
    expect(readMessage({ text: long }, model).reasons).toEqual(['generic']);
  });

  it('moves the stage past the application only from a sentence about that step', () => {
    // a model sure of an assessment because of the word "review"
    const reviewer = (): ReaderModel => {
      const m = flatModel({ 'kind:rejection': 0.99, 'stage:assessment': 0.9, 'stage:application': 0.2 });
      m.weights['w:review'] = [HEADS.indexOf('stage:assessment'), 4];
      return m;
    };
    const noStep = 'Hi Sam,\n\nAfter review we have found that your skills do not align with our needs at this time.\n\nBest,\nJo';
    const test = 'Hi Sam,\n\nAfter review of your coding test we have found that your skills do not align with our needs at this time.\n\nBest,\nJo';
    expect(readMessage({ text: noStep }, null).stage).toBe('application');
    expect(readMessage({ text: noStep }, reviewer()).stage).toBe('application');
    expect(readMessage({ text: test }, reviewer()).stage).toBe('assessment');
  });

  it('adds an offer of feedback only from a sentence that speaks of feedback', () => {
    const offer = (): ReturnType<typeof flatModel> => {
      const m = flatModel({ 'flag:feedbackOffered': 0.99, 'kind:rejection': 0.99, 'stage:application': 0.9 });
      m.weights['w:like'] = [HEADS.indexOf('flag:feedbackOffered'), 3];
      return m;
    };
    const careers = `${GENERIC.replace('\n\nBest', ' If you would like to know about other openings, please visit our careers site.\n\nBest')}`;
    const notes = `${GENERIC.replace('\n\nBest', ' If you would like a few notes on your application, just reply to this email.\n\nBest')}`;
    expect(readMessage({ text: careers }, null).feedbackOffered).toBe(false);
    expect(readMessage({ text: careers }, offer()).feedbackOffered).toBe(false);
    expect(readMessage({ text: notes.replace('just reply to this email', 'we can share them') }, offer()).feedbackOffered).toBe(true);
  });

  it('never lets a weak guess overrule the rules, nor any guess overrule a stage the rules found', () => {
    const text = 'Hi Sam,\n\nThank you for interviewing with us for the Analyst role. Unfortunately we will not be moving forward.\n\nBest,\nJo';
    const unsure = flatModel({ 'reason:salary': POLICY.addReason - 0.05, 'kind:rejection': 0.5, 'stage:final': 0.99 });
    const withModel = readMessage({ text }, unsure);
    const rules = readMessage({ text }, null);
    expect(rules.stage).toBe('interview');
    expect([withModel.kind, withModel.stage, withModel.reasons]).toEqual([rules.kind, rules.stage, rules.reasons]);
  });

  it('chooses the stage when the rules found no cue at all, from a sentence about that step', () => {
    const final = flatModel({ 'kind:rejection': 0.99, 'stage:final': 0.99 });
    final.weights['w:director'] = [HEADS.indexOf('stage:final'), 3];
    const text = GENERIC.replace('\n\nBest', ' Our director felt it was very close.\n\nBest');
    const r = readMessage({ text }, final);
    expect(readMessage({ text }, null).stage).toBe('application');
    expect(r.stage).toBe('final');
    expect(r.evidence.find((e) => e.label === 'stage')?.value).toBe('final');
    // …and not from a message that speaks of no step at all
    expect(readMessage({ text: GENERIC }, final).stage).toBe('application');
  });

  it('undoes a weakly supported rejection the model is sure is not one', () => {
    const text = 'Hi Grace,\n\nYour interview with Daniel is booked for Thursday at 2pm. Unfortunately there is no parking on site, so we recommend the train.\n\nBest,\nRecruitment';
    const never = flatModel({ 'kind:rejection': 0.01 });
    expect(readMessage({ text }, never).kind).not.toBe('rejection');
    // a curt decline the rules read weakly: undone only when the model is nearly certain; a model that only doubts
    // it (the kind head learns from the rules as unseen mail shows them, so it is rarely certain) leaves it standing
    const curt = 'hi Sam, thanks for your time on this, but we are going to pass. best, R.';
    expect(readMessage({ text: curt }, null).kind).toBe('rejection');
    expect(readMessage({ text: curt }, flatModel({ 'kind:rejection': 0.01 })).kind).toBe('other');
    expect(readMessage({ text: curt }, flatModel({ 'kind:rejection': 0.08 })).kind).toBe('rejection');
    // a decline addressed to the candidate is never undone, however much of the rest reads like a job alert
    const alertish = "Hello Sam,\n\nThank you for your interest in the Data Analyst (Intern) position, Job ID 4471.\n\nWhile we regret to say that we won't be moving forward with you in this role, we do want you to keep exploring a career with us. New positions open all the time; sign up for job alerts to hear about them first.\n\nRegards,\nRecruiting";
    expect(readMessage({ text: alertish }, null).kind).toBe('rejection');
    expect(readMessage({ text: alertish }, flatModel({ 'kind:rejection': 0.01 })).kind).toBe('rejection');
  });

  it('loads only a well-formed weights file', () => {
    expect(loadModel(null)).toBeNull();
    expect(loadModel({ version: 2, heads: HEADS, bias: HEADS.map(() => 0), weights: {} })).toBeNull();
    expect(loadModel({ version: 1, heads: ['x'], bias: [0], weights: {} })).toBeNull();
    expect(loadModel({ version: 1, heads: HEADS, bias: HEADS.map(() => 0), weights: { 'w:x': [999, 1] } })).toBeNull();
    expect(loadModel({ version: 1, heads: HEADS, bias: HEADS.map(() => 0), weights: { 'w:x': [0, 1.5] } })).not.toBeNull();
  });
});
