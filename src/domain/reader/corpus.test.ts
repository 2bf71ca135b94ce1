import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, parseLabelled } from './evaluate.js';
import { readerFeatures, readMessage } from './read-message.js';
import { letRunnerThrough } from '../../../tests/support/runner.js';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/reader-corpus');

async function score(file: string) {
  const rows = readFileSync(join(corpus, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => parseLabelled(l))
    .filter((r) => r !== null);
  const read = [];
  for (const [i, r] of rows.entries()) {
    if (i % 500 === 499) await letRunnerThrough();
    read.push({ expected: r, got: readMessage({ text: r.text, subject: r.subject }) });
  }
  return evaluate(read);
}

describe('the reader on its own corpus', { timeout: 180_000 }, () => {
  it('holds the development part', async () => {
    const r = await score('dev.jsonl');
    expect(r.n).toBeGreaterThan(1000);
    // the development part grows with every round, and each new batch brings wordings the rules do not read yet: the
    // floors leave room for that and guard against a real fall (the exact set's floor was lowered from .95 when seven
    // batches of the mail read worst at first sight joined, ADR 0085)
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.96);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.965);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.945);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.99);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.99);
  });

  // the model's kind and stage heads learn from the rules as they read each development message the day before it
  // joined (scripts/reader-asof.ts, ADR 0063): that file must speak of messages the corpus still holds, hold only the
  // rules' findings (the words come from today's reader) and show the rules as unseen mail shows them, not as today
  it('keeps the rules of the day before for the development messages it names', () => {
    const dev = new Map(
      readFileSync(join(corpus, 'dev.jsonl'), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => parseLabelled(l))
        .filter((r) => r !== null)
        .map((r) => [r.id, r]),
    );
    const asof = readFileSync(join(corpus, 'dev-asof.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; rule: string[]; unread?: boolean });
    expect(asof.length).toBeGreaterThan(2000);
    expect(asof.filter((a) => !dev.has(a.id))).toEqual([]);
    // every hand-written development batch is there: after committing a new batch, run `npx tsx scripts/reader-asof.ts`
    // and retrain (`npm run train:reader`), or its messages teach the model today's rules as if they were unseen mail
    const named = new Set(asof.map((a) => a.id));
    // (a message today's reader leaves to its other-language reading has no findings to keep: "não vamos avançar…";
    // one the reader of that day left so is named as unread)
    const readable = (id: string): boolean => {
      const r = dev.get(id);
      return Boolean(r && readerFeatures({ text: r.text, subject: r.subject }));
    };
    expect([...dev.keys()].filter((id) => /^d\d+-/.test(id) && !named.has(id) && readable(id))).toEqual([]);
    expect(asof.flatMap((a) => a.rule).filter((f) => /^[wstc]:/.test(f))).toEqual([]);
    // the rules then said "rejection" where the label says otherwise more often than they do today
    const read = asof.filter((a) => !a.unread);
    const wrongThen = read.filter((a) => a.rule.includes('rk:rejection') !== (dev.get(a.id)?.kind === 'rejection')).length;
    expect(wrongThen).toBeGreaterThan(read.length * 0.02);
    // a message that reader left to its other-language reading is named with no findings
    expect(asof.filter((a) => a.unread && a.rule.length > 0)).toEqual([]);
  });

  // Where the weights retrained with ADR 0087 moved a column of a part down, its floor was set to the reader as shipped
  // then (the pooled sealed figures rose in seven of eight columns; the ADR lists each floor that moved and why).
  // the sealed part is only scored: these floors are its figures with the model of ADR 0063, a guard against regressions
  it('does not fall below its recorded scores on the sealed part', async () => {
    const r = await score('sealed.jsonl');
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.966);
    // a rejection the model now finds where no rule fired brings its reasons into the count (makeRejection, ADR 0073)
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.905);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.87);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.975);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
  });

  // the second sealed part (whole messages written by hand): only scored; floors are its figures with the model of ADR 0063
  it('does not fall below its recorded scores on the second sealed part', async () => {
    const r = await score('sealed-2.jsonl');
    expect(r.n).toBe(67);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.96);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(1);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(1);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the third sealed part (86 whole messages written by hand before the fourth round): only scored; floors are
  // its figures with the model of ADR 0063
  it('does not fall below its recorded scores on the third sealed part', async () => {
    const r = await score('sealed-3.jsonl');
    expect(r.n).toBe(86);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.985);
    // .92 until ADR 0050: the weights retrained that round add one wrong reason here and gain more on the other parts
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.97);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.94);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.975);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the fourth sealed part (90 messages dressed as mail arrives, written before the fifth round): only scored;
  // floors are its figures with the model of ADR 0063 (feedback .955 → .94 with ADR 0072: a feedback flag the model
  // gives less than POLICY.dropFlag is dropped, which lifts the sealed parts 2–24 together and costs this part one message)
  it('does not fall below its recorded scores on the fourth sealed part', async () => {
    const r = await score('sealed-4.jsonl');
    expect(r.n).toBe(90);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.985);
    // the model now adds a reason beside the rules' when it is all but certain (addBeside, ADR 0073): here one too many
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.915);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.885);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.94);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.966);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.985);
  });
  // the fifth sealed part (92 messages in voices unlike the earlier parts, written and scored before the sixth
  // round): only scored; floors are its figures with the model of ADR 0063
  it('does not fall below its recorded scores on the fifth sealed part', async () => {
    const r = await score('sealed-5.jsonl');
    expect(r.n).toBe(92);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.985);
    // a rejection the model now finds where no rule fired brings its reasons into the count (makeRejection, ADR 0073)
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.965);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.955);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.975);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the sixth sealed part (99 messages from other trades, sectors and Englishes, written and scored before the
  // seventh round): only scored; floors are its figures with the model of ADR 0063
  it('does not fall below its recorded scores on the sixth sealed part', async () => {
    const r = await score('sealed-6.jsonl');
    expect(r.n).toBe(99);
    // (one message lower with the stage margins of ADR 0072, which lift sealed parts 2–24 together from .943 to .948)
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.935);
    // a rejection the model now finds where no rule fired brings its reasons into the count (makeRejection, ADR 0073)
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.912);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.886);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.979);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the seventh sealed part (94 messages: ATS templates, agencies, government, creative and sales roles, remote teams,
  // other Englishes, written and scored before the eighth round): only scored; floors are its figures with the model of ADR 0063
  it('does not fall below its recorded scores on the seventh sealed part', async () => {
    const r = await score('sealed-7.jsonl');
    expect(r.n).toBe(94);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.905);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.91);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.875);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.968);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.975);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.985);
  });
  // the eighth sealed part (98 messages: the ordinary mail of real inboxes and HR templates, every stage, written and
  // scored before the ninth round): only scored; floors are its figures with the model of ADR 0063
  it('does not fall below its recorded scores on the eighth sealed part', async () => {
    const r = await score('sealed-8.jsonl');
    expect(r.n).toBe(98);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.951);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.933);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.965);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the ninth sealed part (110 messages: one job seeker's inbox over a season, half of it look-alikes, written and
  // scored before the tenth round): only scored; floors are its figures with the model of ADR 0063
  it('does not fall below its recorded scores on the ninth sealed part', async () => {
    const r = await score('sealed-9.jsonl');
    expect(r.n).toBe(110);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.96);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.945);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.98);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.98);
  });
  // the tenth sealed part (97 messages: reasons and flags as employers state them, 14 with two reasons, written and
  // scored before the twelfth round): only scored; floors are its figures with the model of ADR 0063
  it('does not fall below its recorded scores on the tenth sealed part', async () => {
    const r = await score('sealed-10.jsonl');
    expect(r.n).toBe(97);
    // (one message lower with the stage margins of ADR 0072, which lift sealed parts 2–24 together from .943 to .948)
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.962);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.925);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.965);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.985);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the eleventh sealed part (110 messages: a second job seeker's inbox over a season, a nurse moving into health tech,
  // 60 look-alikes, 5 paused processes and 45 rejections, written and scored before the sixteenth round): only scored;
  // floors are its figures with the model of ADR 0063 (first sight, with the model: stage 92.0, reasons F1 88.5, exact 84.0,
  // feedback 99.1, offered 99.1, door 95.5, rejection precision 91.7, recall 97.8)
  it('does not fall below its recorded scores on the eleventh sealed part', async () => {
    const r = await score('sealed-11.jsonl');
    expect(r.n).toBe(110);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.925);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.88);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the twelfth sealed part (83 messages: rejection letters of HR template sites and ATS template libraries, 46 raw
  // templates with their placeholders left in and 37 as sent, filled or half filled; 71 rejections, 3 paused processes
  // and 9 look-alikes, written and scored before the nineteenth round): only scored; floors are its figures with
  // the model of ADR 0063 (first sight, with the model: stage 91.9, reasons F1 91.3, exact 90.5, feedback 95.2, offered 97.6,
  // door 98.8, rejection precision 100, recall 100)
  it('does not fall below its recorded scores on the twelfth sealed part', async () => {
    const r = await score('sealed-12.jsonl');
    expect(r.n).toBe(83);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.935);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.93);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.975);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.975);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the thirteenth sealed part (119 messages: a customer-success manager's inbox over a season, 60 look-alikes, 5 paused
  // processes and 54 rejections) and the fourteenth (116 rejections and paused processes from many employers, ATS vendors
  // and template sites at every stage), written before the twenty-second round and scored once at first sight: only
  // scored; floors are their figures with the model of ADR 0063 (sealed-13 and -14 were first scored before the twenty-second round; ADR 0061 has those figures)
  it('does not fall below its recorded scores on the thirteenth sealed part', async () => {
    const r = await score('sealed-13.jsonl');
    expect(r.n).toBe(119);
    // (one message lower with the stage margins of ADR 0072, which lift sealed parts 2–24 together from .943 to .948)
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.93);
    // the model now adds a reason beside the rules' when it is all but certain (addBeside, ADR 0073): here one too many
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.965);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.93);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.96);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  it('does not fall below its recorded scores on the fourteenth sealed part', async () => {
    const r = await score('sealed-14.jsonl');
    expect(r.n).toBe(116);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.956);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.955);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.93);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the fifteenth sealed part: a final-year student's inbox over a season (graduate schemes, tests, video interviews,
  // assessment centres, with their look-alikes and paused processes) and rejections of experienced hires from many
  // employers; written before the twenty-seventh round of changes (first sight in ADR 0062): the floors are its
  // figures with the model of ADR 0063
  it('does not fall below its recorded scores on the fifteenth sealed part', async () => {
    const r = await score('sealed-15.jsonl');
    expect(r.n).toBe(126);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.944);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.92);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.9);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.952);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.975);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.985);
  });
  // the sixteenth sealed part (120: a nurse in Toronto moving into health-tech roles, 55 look-alikes, 8 paused processes,
  // 57 rejections) and the seventeenth (120: rejections from about a hundred employers at every stage, 5 paused, 15
  // look-alikes), written while the model of ADR 0063 was chosen and scored once at first sight with the reader before
  // and after it (those figures are in the ADR): the floors are their figures with the model as shipped
  it('does not fall below its recorded scores on the sixteenth sealed part', async () => {
    const r = await score('sealed-16.jsonl');
    expect(r.n).toBe(120);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.905);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.97);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.935);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.965);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.965);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  it('does not fall below its recorded scores on the seventeenth sealed part', async () => {
    const r = await score('sealed-17.jsonl');
    expect(r.n).toBe(120);
    // (one message lower with the stage margins of ADR 0072, which lift sealed parts 2–24 together from .943 to .948)
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.895);
    // the model now adds a reason beside the rules' when it is all but certain (addBeside, ADR 0073): here one too many
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.847);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.94);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.933);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.97);
  });
  // the eighteenth sealed part (120: about a hundred employers, 90 rejections at every stage, 6 paused, 24 look-alikes),
  // written while the changes of ADR 0066 were made and scored once with the reader before and after them (figures in
  // the ADR): the floors are its figures with the reader as shipped
  it('does not fall below its recorded scores on the eighteenth sealed part', async () => {
    const r = await score('sealed-18.jsonl');
    expect(r.n).toBe(120);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.935);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.955);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.905);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.89);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.941);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.975);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the nineteenth sealed part (130: seventy rejections from as many employers, and a Cork microbiologist's inbox of
  // sixty with thirty-five look-alikes), written before the changes of ADR 0068 and scored once at first sight (figures
  // in the ADR): the floors are its figures with the reader as shipped
  it('does not fall below its recorded scores on the nineteenth sealed part', async () => {
    const r = await score('sealed-19.jsonl');
    expect(r.n).toBe(130);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.965);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.935);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.915);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.965);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.985);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the twentieth sealed part (130: seventy rejections from as many employers, and a second Cork microbiologist's inbox
  // of sixty with thirty-six look-alikes), written before the first rounds of ADR 0069 and scored once at first sight
  // (figures in the ADR): the floors are its figures with the reader as shipped
  it('does not fall below its recorded scores on the twentieth sealed part', async () => {
    const r = await score('sealed-20.jsonl');
    expect(r.n).toBe(130);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.955);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.937);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.904);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.976);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.975);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.985);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the twenty-first sealed part (130: seventy rejections from as many employers, and a Johannesburg payroll
  // specialist's inbox of sixty with thirty-six look-alikes), written before the second rounds of ADR 0069 and scored
  // once at first sight (figures in the ADR): the floors are its figures with the reader as shipped
  it('does not fall below its recorded scores on the twenty-first sealed part', async () => {
    const r = await score('sealed-21.jsonl');
    expect(r.n).toBe(130);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.9);
    // the model now adds a reason beside the rules' when it is all but certain (addBeside, ADR 0073): here one too many
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.86);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.945);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.965);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.985);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.965);
  });
  // the twenty-second sealed part (133: seventy rejections from as many employers, and a Glasgow logistics
  // coordinator's inbox of sixty-three with thirty-five look-alikes), written before the rounds of ADR 0070 and scored
  // once at first sight (figures in the ADR): the floors are its figures with the reader as shipped
  it('does not fall below its recorded scores on the twenty-second sealed part', async () => {
    const r = await score('sealed-22.jsonl');
    expect(r.n).toBe(133);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.965);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.93);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.895);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.954);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.965);
    // one message more read as a rejection by the model (makeRejection, ADR 0073): recall rose to 1
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.975);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the twenty-third sealed part (130: sixty-nine rejections from as many employers, and a Manila UX/UI designer's inbox
  // of sixty-one with thirty-five look-alikes), written before the work of ADR 0071 and scored once at first sight
  // (figures in the ADR): the floors are its figures with the reader as shipped
  it('does not fall below its recorded scores on the twenty-third sealed part', async () => {
    const r = await score('sealed-23.jsonl');
    expect(r.n).toBe(130);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.955);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.915);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.88);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.975);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.965);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.985);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.975);
  });
  // the twenty-fourth sealed part (130: seventy rejections from as many employers, and a Dublin operations manager's
  // inbox of sixty with thirty-four look-alikes), written before the work of ADR 0072 and scored once at first sight
  // (figures in the ADR): the floors are its figures with the reader as shipped
  it('does not fall below its recorded scores on the twenty-fourth sealed part', async () => {
    const r = await score('sealed-24.jsonl');
    expect(r.n).toBe(130);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.935);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.92);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.875);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.92);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.953);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.955);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the twenty-fifth sealed part (130: seventy rejections from as many employers, and a data analyst's inbox in Pune
  // and Bengaluru of sixty with thirty-four look-alikes), written before the work of ADR 0073 and scored once at first
  // sight (figures in the ADR): the floors are its figures with the reader as shipped
  it('does not fall below its recorded scores on the twenty-fifth sealed part', async () => {
    const r = await score('sealed-25.jsonl');
    expect(r.n).toBe(130);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.935);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.906);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.93);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.946);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.965);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.985);
  });
  // the twenty-sixth sealed part (131: seventy-one rejections from as many employers, and a Melbourne science
  // teacher's inbox of sixty moving into learning design, with thirty-four look-alikes), written before the work of
  // ADR 0074 and scored once at first sight (figures in the ADR): the floors are its figures with the reader as shipped
  it('does not fall below its recorded scores on the twenty-sixth sealed part', async () => {
    const r = await score('sealed-26.jsonl');
    expect(r.n).toBe(131);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.948);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.925);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.895);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.975);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.965);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the twenty-seventh sealed part (133: seventy-two rejections from as many employers, and a Lagos mechanical
  // engineer's inbox of sixty-one with thirty-six look-alikes), written before the work of ADR 0074 and scored once at
  // first sight (figures in the ADR): the floors are its figures with the reader as shipped. Its writer labelled
  // salary, location and overqualified reasons without specific feedback, unlike the development corpus; left as written
  it('does not fall below its recorded scores on the twenty-seventh sealed part', async () => {
    const r = await score('sealed-27.jsonl');
    expect(r.n).toBe(133);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.955);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.86);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.8);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.879);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.975);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.975);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the twenty-eighth sealed part (130: seventy rejections from as many employers, and a Rotterdam supply-chain
  // student's inbox of sixty with thirty-four look-alikes), written before the work of ADR 0075 and scored once at
  // first sight (figures in the ADR): the floors are its figures with the reader as shipped
  it('does not fall below its recorded scores on the twenty-eighth sealed part', async () => {
    const r = await score('sealed-28.jsonl');
    expect(r.n).toBe(130);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.975);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.91);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.885);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.965);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.976);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.989);
  });
  // the twenty-ninth sealed part (130: seventy rejections from as many employers, and a San Antonio nurse's inbox of
  // sixty moving into clinical informatics and education, with thirty-four look-alikes), written before the work of
  // ADR 0075 and scored once at first sight (figures in the ADR): the floors are its figures with the reader as shipped
  it('does not fall below its recorded scores on the twenty-ninth sealed part', async () => {
    const r = await score('sealed-29.jsonl');
    expect(r.n).toBe(130);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.955);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.945);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.895);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.969);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.965);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.975);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.975);
  });
  // the thirtieth sealed part (135: seventy-one rejections from as many employers, and a Singapore cabin-crew trainer's
  // inbox of sixty-four moving into learning and development, customer experience and HR, with thirty-seven
  // look-alikes), written before the work of ADR 0076 and scored once at first sight (figures in the ADR): the floors
  // are its figures with the reader as shipped
  it('does not fall below its recorded scores on the thirtieth sealed part', async () => {
    const r = await score('sealed-30.jsonl');
    expect(r.n).toBe(135);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.965);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.935);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.915);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.975);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.975);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.985);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the thirty-first sealed part (130: seventy-five rejections sent to students applying for internships and new-grad
  // programmes at large companies, and a Midwest statistics student's inbox of fifty-five with thirty look-alikes),
  // written during the work of ADR 0076 before any of its rounds landed and scored once at first sight (figures in
  // the ADR): the floors are its figures with the reader as shipped
  it('does not fall below its recorded scores on the thirty-first sealed part', async () => {
    const r = await score('sealed-31.jsonl');
    expect(r.n).toBe(130);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.94);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.9);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.86);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.945);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.985);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.989);
  });
  // the thirty-second sealed part (129: seventy-two rejections from as many employers in many countries and sectors,
  // and the inbox of a data-science master's student in the Netherlands, fifty-seven with thirty look-alikes), written
  // before the work of ADR 0077 and scored once at first sight (figures in the ADR): the floors are its figures with
  // the reader as shipped
  it('does not fall below its recorded scores on the thirty-second sealed part', async () => {
    const r = await score('sealed-32.jsonl');
    expect(r.n).toBe(129);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.979);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.92);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.875);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.968);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.965);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.965);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.985);
  });
  // the thirty-third sealed part (132: seventy-seven rejections sent in the style of 2016–2019 to students applying
  // for technology internships and new-grad roles, and an Ontario software-engineering student's inbox of fifty-five
  // with thirty look-alikes), written before the work of ADR 0077 and scored once at first sight (figures in the ADR):
  // the floors are its figures with the reader as shipped
  it('does not fall below its recorded scores on the thirty-third sealed part', async () => {
    const r = await score('sealed-33.jsonl');
    expect(r.n).toBe(132);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.925);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.91);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the thirty-fourth sealed part (130: seventy-two rejections from many employers, vendors and HR template sites,
  // and a Sydney chartered accountant's inbox of fifty-eight moving into financial planning and analysis, with
  // thirty-one look-alikes), written after the first rounds of ADR 0077 landed and scored once at first sight
  // (figures in the ADR): the floors are its figures with the reader as shipped
  it('does not fall below its recorded scores on the thirty-fourth sealed part', async () => {
    const r = await score('sealed-34.jsonl');
    expect(r.n).toBe(130);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.965);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.953);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.909);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.976);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.965);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the thirty-fifth sealed part (131: seventy-two rejections from many employers, vendors and HR template sites,
  // and a Dublin science teacher's inbox of fifty-nine moving into learning design, with thirty-two look-alikes),
  // written before the rounds of ADR 0078 and scored once at first sight (figures in the ADR): the floors are its
  // figures with the reader as shipped
  it('does not fall below its recorded scores on the thirty-fifth sealed part', async () => {
    const r = await score('sealed-35.jsonl');
    expect(r.n).toBe(131);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.975);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.935);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.895);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.961);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the thirty-sixth sealed part (133: seventy-four messages from many employers, vendors and HR template sites, and a
  // British Army logistics captain's inbox of fifty-nine as he leaves the service in Manchester for project and
  // operations roles, with thirty-two look-alikes), written before the rounds of ADR 0079 and scored once at first
  // sight (figures in the ADR): the floors are its figures with the reader as shipped; ADR 0083 cost it one reason
  // (the model adds an overqualification only from a sentence about its topic)
  it('does not fall below its recorded scores on the thirty-sixth sealed part', async () => {
    const r = await score('sealed-36.jsonl');
    expect(r.n).toBe(133);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.95);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.92);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.975);
  });
  // the thirty-seventh sealed part (135: seventy-two rejections from as many employers, vendors and HR template sites,
  // and the inbox of a Berlin software tester born in São Paulo moving into product management, with thirty-two
  // look-alikes), written during the rounds of ADR 0079 and scored once at first sight with the reader of its start
  // (figures in the ADR): the floors are its figures with the reader as shipped
  it('does not fall below its recorded scores on the thirty-seventh sealed part', async () => {
    const r = await score('sealed-37.jsonl');
    expect(r.n).toBe(135);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.893);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.965);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.951);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.94);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.979);
  });
  // the thirty-eighth sealed part (133: seventy-two rejections from as many employers, vendors and HR template sites,
  // and the inbox of a newly qualified accountant in Johannesburg applying at home and abroad, with thirty-three
  // look-alikes), scored once at first sight with the reader of ADR 0080's start (figures in the ADR): the floors are
  // its figures with the reader as shipped
  it('does not fall below its recorded scores on the thirty-eighth sealed part', async () => {
    const r = await score('sealed-38.jsonl');
    expect(r.n).toBe(133);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.93);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.95);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.93);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.977);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.977);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.985);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.985);
  });
  // the thirty-ninth sealed part (133: seventy-two rejections from as many employers, vendors and HR template sites,
  // and the inbox of a Toronto science teacher moving into instructional design, with thirty-two look-alikes), written
  // while the rounds of ADR 0080 ran and scored once at first sight with the reader of its start (figures in the ADR):
  // the floors are its figures with the reader as shipped
  it('does not fall below its recorded scores on the thirty-ninth sealed part', async () => {
    const r = await score('sealed-39.jsonl');
    expect(r.n).toBe(133);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.93);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.89);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.83);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.965);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.962);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.965);
  });
  // the fortieth sealed part (132: seventy-two rejections from as many employers, vendors and HR template sites, and the
  // inbox of an intensive-care nurse moving from Manila to Dublin and into health data, with thirty look-alikes), written
  // before the rounds of ADR 0082 and scored once at first sight (figures in the ADR): the floors are its figures then
  it('does not fall below its recorded scores on the fortieth sealed part', async () => {
    const r = await score('sealed-40.jsonl');
    expect(r.n).toBe(132);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.93);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.925);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.87);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.96);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.931);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.989);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the forty-first sealed part (133: seventy-two rejections from as many employers, vendors and HR template sites, and
  // the inbox of a night-shift warehouse supervisor in Leeds moving into logistics planning, with thirty-two
  // look-alikes), written with the reader of ADR 0083 and scored once at first sight (figures in the ADR): the floors
  // are its figures then
  it('does not fall below its recorded scores on the forty-first sealed part', async () => {
    const r = await score('sealed-41.jsonl');
    expect(r.n).toBe(133);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.925);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.91);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.954);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.962);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the forty-second sealed part (141: seventy-two rejections from as many employers, vendors and HR template sites, and
  // the inbox of a hospital laboratory technician in Manchester moving into clinical research, with thirty-seven
  // look-alikes), written with the reader of ADR 0084 before its rounds and scored once at first sight (figures in the
  // ADR): the floors are its figures then
  it('does not fall below its recorded scores on the forty-second sealed part', async () => {
    const r = await score('sealed-42.jsonl');
    expect(r.n).toBe(141);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.932);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.943);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.913);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.964);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.992);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.971);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.989);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the forty-third sealed part (133: seventy-one rejections from as many employers, vendors and HR template sites, a few
  // of them in Portuguese, Spanish or German, and the inbox of a hotel front-office manager in Lisbon moving into
  // customer success at software companies, with thirty-four look-alikes), written with the reader of ADR 0084 after its
  // first two rounds and scored once at first sight (figures in the ADR): the floors are its figures then
  it('does not fall below its recorded scores on the forty-third sealed part', async () => {
    const r = await score('sealed-43.jsonl');
    expect(r.n).toBe(133);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.948);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.972);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.948);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.991);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.989);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the forty-fourth sealed part (135: seventy rejections from as many employers, vendors and HR template sites, and the
  // inbox of a business journalist in Lagos moving into corporate communications and public relations, with thirty-three
  // look-alikes), written with the reader of ADR 0084 and scored once at first sight (figures in ADR 0085): the floors
  // are its figures then
  it('does not fall below its recorded scores on the forty-fourth sealed part', async () => {
    const r = await score('sealed-44.jsonl');
    expect(r.n).toBe(135);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.959);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.931);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.94);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.992);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.955);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.978);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the forty-fifth sealed part (134: seventy-two rejections from as many employers, vendors and HR template sites, and
  // the inbox of a community pharmacist in Toronto moving into medical information, regulatory affairs and medical
  // science liaison roles, with thirty-three look-alikes), written with the reader of ADR 0084 and scored once at first
  // sight (figures in ADR 0085): the floors are its figures then
  it('does not fall below its recorded scores on the forty-fifth sealed part', async () => {
    const r = await score('sealed-45.jsonl');
    expect(r.n).toBe(134);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.96);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.957);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.94);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.932);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.977);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.977);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.989);
  });
  // the forty-sixth sealed part (140: seventy rejections and four paused processes from as many employers, vendors and HR
  // template sites, and the inbox of a civil engineer in Nairobi moving into renewable-energy project management, with
  // thirty-eight look-alikes in all), written with the reader of ADR 0084 and scored once at first sight (figures in ADR
  // 0085): the floors are its figures then
  it('does not fall below its recorded scores on the forty-sixth sealed part', async () => {
    const r = await score('sealed-46.jsonl');
    expect(r.n).toBe(140);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.911);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.944);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.901);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.935);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.964);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.958);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.989);
  });
  // the forty-seventh sealed part (135: seventy-two rejections and three paused processes from as many employers, vendors
  // and HR template sites, and the inbox of a bank cashier in Birmingham moving into fraud and financial-crime analysis,
  // with thirty-two look-alikes), written after the rounds of ADR 0085 and scored once at first sight (figures in the
  // ADR): the floors are its figures then
  it('does not fall below its recorded scores on the forty-seventh sealed part', async () => {
    const r = await score('sealed-47.jsonl');
    expect(r.n).toBe(135);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.926);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.883);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.962);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.977);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.989);
  });
  // the forty-eighth sealed part (138: seventy-three rejections and three paused processes from as many employers, vendors
  // and HR template sites, and the inbox of a marine biologist in Halifax moving into environmental consulting and ESG
  // data, with thirty-three look-alikes), written before the round of ADR 0087 and scored once at first sight (figures in
  // the ADR): the floors are its figures with the reader as shipped after that round
  it('does not fall below its recorded scores on the forty-eighth sealed part', async () => {
    const r = await score('sealed-48.jsonl');
    expect(r.n).toBe(138);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.971);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.925);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.885);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.992);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.992);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // the forty-ninth sealed part (111: a computer-science student's inbox in Toronto over an internship and new-graduate
  // season, fifty-eight rejections, four paused processes and forty-nine look-alikes), written after the rounds of ADR
  // 0087 and scored once at first sight with the reader as shipped then: the floors are those figures
  it('does not fall below its recorded scores on the forty-ninth sealed part', async () => {
    const r = await score('sealed-49.jsonl');
    expect(r.n).toBe(111);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.967);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.899);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.854);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.981);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.963);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.982);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.982);
  });

  // sealed-50: a spread of declines from employers in many countries and sectors, and six months of a Manchester
  // chemistry teacher's inbox moving into science communication, museum education and edtech (eighty-six rejections,
  // six paused processes, thirty-eight look-alikes), written before the round of ADR 0088 and scored once at first
  // sight with the reader as shipped then: the floors are those figures
  it('does not fall below its recorded scores on the fiftieth sealed part', async () => {
    const r = await score('sealed-50.jsonl');
    expect(r.n).toBe(130);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.967);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.935);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.902);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.969);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.992);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });

  // sealed-51: declines as employers in nine countries send them, and five months of a Delft mechanical-engineering
  // student's inbox (ninety-seven rejections, five paused processes, thirty look-alikes), written after the first round of
  // ADR 0088 and scored once at first sight with the reader of that round: the floors are those figures
  it('does not fall below its recorded scores on the fifty-first sealed part', async () => {
    const r = await score('sealed-51.jsonl');
    expect(r.n).toBe(132);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.96);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.924);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.901);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.977);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.977);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });

  // sealed-52: declines from many employers, agencies and hiring managers, and four months of a nurse's inbox in Manila
  // and Dubai (ninety-three rejections, eight paused processes, twenty-nine look-alikes), written after the second round
  // of ADR 0088 and scored once at first sight with the reader of that round: the floors are those figures
  it('does not fall below its recorded scores on the fifty-second sealed part', async () => {
    const r = await score('sealed-52.jsonl');
    expect(r.n).toBe(130);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.925);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.9);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.961);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.992);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.984);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.989);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.989);
  });

  // sealed-53: declines from employers of every size in eight Englishes, and four months of a quantity surveyor's inbox in
  // Lagos (ninety-three rejections, seven paused processes, thirty look-alikes), written after the first round of ADR 0089
  // and scored once at first sight with the reader of that round: the floors are those figures
  it('does not fall below its recorded scores on the fifty-third sealed part', async () => {
    const r = await score('sealed-53.jsonl');
    expect(r.n).toBe(130);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.945);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.9);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.969);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.969);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.978);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });

  // sealed-54: declines weighted to the later stages from every sector in eight Englishes, and four months of a Sydney store
  // manager's inbox (one hundred rejections, six paused processes, twenty-eight look-alikes), written after the second round
  // of ADR 0089 and scored once at first sight with the reader of that round: the floors are those figures
  it('does not fall below its recorded scores on the fifty-fourth sealed part', async () => {
    const r = await score('sealed-54.jsonl');
    expect(r.n).toBe(134);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.952);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.916);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.877);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.992);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.99);
  });

  // sealed-55: declines for internships, graduate schemes and experienced roles, and five months of an economics student's
  // inbox in Leeds (ninety-five rejections, five paused processes, thirty-four look-alikes), written after the third round of
  // ADR 0089 and scored once at first sight with the reader of that round: the floors are those figures
  it('does not fall below its recorded scores on the fifty-fifth sealed part', async () => {
    const r = await score('sealed-55.jsonl');
    expect(r.n).toBe(134);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.96);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.958);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.92);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.947);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.989);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });

  // sealed-56: declines from employers of every size and sector in nine Englishes, and four months of the inbox of an
  // accountant in Dublin returning after a career break (ninety-eight rejections, six paused processes, thirty-three
  // look-alikes), written after the last round of ADR 0089 and scored once at first sight: the floors are those figures
  it('does not fall below its recorded scores on the fifty-sixth sealed part', async () => {
    const r = await score('sealed-56.jsonl');
    expect(r.n).toBe(137);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.938);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.903);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(1);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(1);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });

  // sealed-57: declines as they arrive (raw HTML, replies above quoted history, forwards) and three months of a civil
  // engineer's inbox in Auckland (sixty-eight rejections, four paused processes, thirty-one look-alikes), written after
  // round 118 of ADR 0089 and scored once at first sight with the reader of that round: the floors are those figures
  it('does not fall below its recorded scores on the fifty-seventh sealed part', async () => {
    const r = await score('sealed-57.jsonl');
    expect(r.n).toBe(103);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.986);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.955);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.916);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.985);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
  // sealed-58: declines from employers of every size in eleven countries (tracking systems, agencies, founders, long
  // public-sector letters, very short notes, raw HTML, replies above quoted history) and three months of a supply
  // planner's inbox in Manchester (ninety-one rejections, six paused processes, forty-two look-alikes), written after
  // round 119 of ADR 0090 and scored once at first sight with the reader of that round: the floors are those figures
  it('does not fall below its recorded scores on the fifty-eighth sealed part', async () => {
    const r = await score('sealed-58.jsonl');
    expect(r.n).toBe(139);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.927);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.92);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.845);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.942);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.949);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.978);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });

  // sealed-59: declines after interviews, panels, final rounds, assessment centres and take-homes, half of them with
  // specific feedback and half with praise or boilerplate alone, offers of feedback and refusals, agency notes in the
  // third person, and look-alikes that give feedback without declining anyone (107 rejections, 5 paused, 15 other),
  // written after round 119 of ADR 0090 and scored once at first sight with the reader of that round: the floors are
  // those figures (its reasons, .816 and .732, are the lowest first sight since sealed-27)
  it('does not fall below its recorded scores on the fifty-ninth sealed part', async () => {
    const r = await score('sealed-59.jsonl');
    expect(r.n).toBe(127);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.928);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.816);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.732);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.929);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.944);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.96);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.99);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.981);
  });
  // sealed-60: declines a job seeker in the US and Canada meets (hourly and shift work, healthcare, tech, banks, public
  // service notices, school districts, staffing agencies; tracking systems, chat follow-ups, texts, long letters) and two
  // months of a Toronto practical nurse's inbox (ninety-six rejections, six paused processes, thirty-two look-alikes),
  // written after round 121 of ADR 0090 and scored once at first sight with the reader of that round: the floors are
  // those figures
  it('does not fall below its recorded scores on the sixtieth sealed part', async () => {
    const r = await score('sealed-60.jsonl');
    expect(r.n).toBe(134);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.941);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.876);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.813);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.94);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.989);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(0.989);
  });
  // sealed-61: declines from the UK, Ireland, India, Australia, New Zealand, Singapore and the Gulf (tracking systems, job
  // boards, public-sector letters, graduate schemes, agencies, founders, chat-style notes), paused processes and
  // look-alikes (seventy rejections, eight paused, thirty-two other), written after round 123 of ADR 0090 and scored
  // once at first sight with the reader of that round: the floors are those figures
  it('does not fall below its recorded scores on the sixty-first sealed part', async () => {
    const r = await score('sealed-61.jsonl');
    expect(r.n).toBe(110);
    expect(r.stageAccuracy).toBeGreaterThanOrEqual(0.987);
    expect(r.reasonsMicroF1).toBeGreaterThanOrEqual(0.89);
    expect(r.reasonsExactSet).toBeGreaterThanOrEqual(0.833);
    expect(r.feedbackAccuracy).toBeGreaterThanOrEqual(0.954);
    expect(r.feedbackOfferedAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.doorOpenAccuracy).toBeGreaterThanOrEqual(0.963);
    expect(r.rejectionPrecision).toBeGreaterThanOrEqual(0.972);
    expect(r.rejectionRecall).toBeGreaterThanOrEqual(1);
  });
});
