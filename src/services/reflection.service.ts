/**
 * Step 4 of the debrief: reflection answers per prompt, and the question
 * bank they feed (each struggled question becomes an item to practise).
 */
import { zQuestionBankInput, type QuestionBankInput, type QuestionBankItem, type QuestionBankUpdate, type QuestionPracticeInput, type ReflectionInput, type ReflectionResult } from '../contracts/debrief.js';
import {
  answersFor,
  deleteAnswer,
  deleteQuestion,
  findQuestion,
  insertQuestions,
  listQuestions,
  questionTextsFor,
  recordQuestionPractice,
  updateQuestion,
  upsertAnswer,
  type QuestionBankRow,
  type QuestionPatch,
} from '../db/repos/reflections.repo.js';
import { PROGRESS_STAGES } from '../domain/applications/stages.js';
import { isStageReached, stageReachedFromProgress, type StageReached } from '../domain/debrief/stage-reached.js';
import { MAX_ROUNDS, questionBankItems, reflectionPromptsFor, STAGES_REACHED, type ReflectionPrompt } from '../domain/debrief/index.js';
import { guessQuestionKind, isQuestionKind } from '../domain/practice/question-kinds.js';
import { newId } from '../domain/ids.js';
import { resolveIdPrefix } from './id-prefix.service.js';
import type { ServiceContext } from './context.js';
import { finishStep, rejectionContext } from './debrief.service.js';
import { notFound, ServiceError } from './errors.js';
import { today } from './settings.service.js';
import { transact } from '../db/transact.js';

/** Every prompt id any stage can produce: answers stay valid if the stage reached is edited later. */
const KNOWN_PROMPTS: ReadonlyMap<string, ReflectionPrompt> = new Map(
  STAGES_REACHED.flatMap((stage) => reflectionPromptsFor(stage, { interviewRounds: MAX_ROUNDS, hadAssessment: true })).map((p) => [p.id, p]),
);

function checkAnswers(input: ReflectionInput): void {
  const fields: Record<string, string> = {};
  input.answers.forEach((a, i) => {
    const prompt = KNOWN_PROMPTS.get(a.promptId);
    if (!prompt) fields[`answers.${i}.promptId`] = `"${a.promptId}" is not a reflection prompt.`;
    else if (prompt.kind === 'rating' && a.value.trim() !== '' && !/^[1-5]$/.test(a.value.trim())) {
      fields[`answers.${i}.value`] = 'Use a whole number from 1 to 5.';
    }
  });
  if (Object.keys(fields).length > 0) throw new ServiceError('validation', `Please check: ${Object.keys(fields).join(', ')}.`, fields);
}

/** Merges answers by prompt id (an empty value clears one); list answers add new questions to the bank. */
export async function saveReflection(ctx: ServiceContext, applicationId: string, input: ReflectionInput): Promise<ReflectionResult> {
  checkAnswers(input);
  await rejectionContext(ctx, applicationId);
  const now = ctx.now().toISOString();
  const added: { id: string; question: string }[] = [];
  await transact(ctx.db, async (trx) => {
    const banked = new Set((await questionTextsFor(trx, ctx.ownerId, applicationId)).map((q) => q.toLowerCase()));
    for (const a of input.answers) {
      const value = a.value.trim() === '' ? '' : a.value;
      if (value === '') {
        await deleteAnswer(trx, ctx.ownerId, applicationId, a.promptId);
        continue;
      }
      await upsertAnswer(trx, { owner_id: ctx.ownerId, application_id: applicationId, prompt_id: a.promptId, value, updated_at: now });
      if (KNOWN_PROMPTS.get(a.promptId)?.kind !== 'list') continue;
      const fresh = questionBankItems(value).filter((q) => !banked.has(q.toLowerCase()));
      const rows = fresh.map((question) => ({
        id: newId(),
        owner_id: ctx.ownerId,
        question,
        application_id: applicationId,
        source_prompt_id: a.promptId,
        notes: null,
        self_rating: null,
        kind: guessQuestionKind(question),
        created_at: now,
        updated_at: now,
      }));
      await insertQuestions(trx, rows);
      for (const r of rows) {
        banked.add(r.question.toLowerCase());
        added.push({ id: r.id, question: r.question });
      }
    }
  });
  await finishStep(ctx, applicationId);
  const answers = await answersFor(ctx.db, ctx.ownerId, applicationId);
  return { answers: Object.fromEntries(answers.map((a) => [a.prompt_id, a.value])), questionsAdded: added };
}

/** Your own question's stage, else the stage the rejection it came from reached. */
function stageOfQuestion(row: QuestionBankRow): StageReached | null {
  if (row.stage && isStageReached(row.stage)) return row.stage;
  if (row.met_stage && isStageReached(row.met_stage)) return row.met_stage;
  if (row.met_rank === null) return null;
  return stageReachedFromProgress(PROGRESS_STAGES[row.met_rank] ?? 'applied');
}

function toItem(row: QuestionBankRow): QuestionBankItem {
  return {
    id: row.id,
    question: row.question,
    applicationId: row.application_id,
    company: row.company,
    notes: row.notes,
    selfRating: row.self_rating,
    practiceCount: Number(row.practice_count),
    lastPractisedOn: row.last_practised_on,
    kind: isQuestionKind(row.kind) ? row.kind : null,
    stage: stageOfQuestion(row),
    own: row.source_prompt_id === null,
    createdAt: row.created_at,
  };
}

export async function listQuestionBank(ctx: ServiceContext): Promise<QuestionBankItem[]> {
  return (await listQuestions(ctx.db, ctx.ownerId)).map(toItem);
}

function questionPatch(ctx: ServiceContext, input: QuestionBankUpdate): QuestionPatch {
  return {
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
    ...(input.selfRating !== undefined ? { self_rating: input.selfRating } : {}),
    ...(input.kind !== undefined ? { kind: input.kind } : {}),
    ...(input.question !== undefined ? { question: input.question } : {}),
    ...(input.stage !== undefined ? { stage: input.stage } : {}),
    updated_at: ctx.now().toISOString(),
  };
}

async function questionItem(ctx: ServiceContext, id: string): Promise<QuestionBankItem> {
  const row = await findQuestion(ctx.db, ctx.ownerId, id);
  if (!row) throw notFound('question', id);
  return toItem(row);
}

export async function updateQuestionBankItem(ctx: ServiceContext, id: string, input: QuestionBankUpdate): Promise<QuestionBankItem> {
  if ((input.question !== undefined || input.stage !== undefined) && !(await questionItem(ctx, id)).own) {
    throw new ServiceError('validation', 'This question came from a debrief: its words and stage stay as they were met. Add your own version instead.', {
      [input.question !== undefined ? 'question' : 'stage']: 'Only questions you wrote yourself can be reworded or moved to another stage',
    });
  }
  if (!(await updateQuestion(ctx.db, ctx.ownerId, id, questionPatch(ctx, input)))) throw notFound('question', id);
  return questionItem(ctx, id);
}

/** A question you write yourself: one to practise, or one to ask them (kind `to_ask`). */
export async function addQuestion(ctx: ServiceContext, input: QuestionBankInput): Promise<QuestionBankItem> {
  const checked = zQuestionBankInput.safeParse(input);
  if (!checked.success) {
    const fields = Object.fromEntries(checked.error.issues.map((i) => [String(i.path[0] ?? 'question'), i.message]));
    throw new ServiceError('validation', Object.values(fields).join(' '), fields);
  }
  const v = checked.data;
  const now = ctx.now().toISOString();
  const id = newId();
  await insertQuestions(ctx.db, [
    {
      id, owner_id: ctx.ownerId, question: v.question, application_id: null, source_prompt_id: null, notes: v.notes ?? null, self_rating: null,
      kind: v.kind ?? guessQuestionKind(v.question), stage: v.stage ?? null, created_at: now, updated_at: now,
    },
  ]);
  return questionItem(ctx, id);
}

/** Deletes a question with its practice history and its links to stories (the stories stay). */
export async function deleteQuestionBankItem(ctx: ServiceContext, id: string): Promise<void> {
  if (!(await deleteQuestion(ctx.db, ctx.ownerId, id))) throw notFound('question', id);
}

/**
 * Records that the question was practised today (in the user's time zone),
 * with an optional new self-rating and notes. Practising twice on one day
 * counts once, so a double click or a retried request does not inflate it.
 */
export async function practiseQuestion(ctx: ServiceContext, id: string, input: QuestionPracticeInput = {}): Promise<QuestionBankItem> {
  const day = await today(ctx);
  if (!(await recordQuestionPractice(ctx.db, ctx.ownerId, id, day, questionPatch(ctx, input)))) throw notFound('question', id);
  return questionItem(ctx, id);
}

/** The full id of a question from any unique prefix of it (as typed in the CLI). */
export async function resolveQuestionId(ctx: ServiceContext, idOrPrefix: string): Promise<string> {
  return resolveIdPrefix(ctx, 'question_bank', { one: 'question', many: 'questions' }, idOrPrefix);
}
