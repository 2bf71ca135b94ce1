import { z } from 'zod';
import { INTERVIEW_TYPES, PROGRESS_STAGES, STAGES } from '../domain/applications/stages.js';
import { REMOTE, SORT_KEYS, SOURCES } from './application-values.js';
import { csvList, optionalText, optionalWebUrl, requiredText, zId, zIsoDate, zRating, zPage, zText } from './common.js';

export { REMOTE, SORT_KEYS, SOURCES } from './application-values.js';

export const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-1000', '1001-5000', '5000+'] as const;

export const zStage = z.enum(STAGES).meta({ id: 'Stage' });
export const zProgressStage = z.enum(PROGRESS_STAGES);
export const zInterviewType = z.enum(INTERVIEW_TYPES);
export const zSource = z.enum(SOURCES);
export const zRemote = z.enum(REMOTE);
export const zCompanySize = z.enum(COMPANY_SIZES);

export const MAX_NOTES = 50_000;
export const MAX_DESCRIPTION = 100_000;

const zTag = z
  .string()
  .trim()
  .min(1, 'A tag cannot be empty')
  .max(40, 'Keep each tag under 40 characters')
  .transform((t) => t.toLowerCase());

/** The fields a seeker edits on an application. */
const applicationFields = {
  title: requiredText('Title', 200),
  source: zSource.nullable().optional(),
  referral: z.boolean().optional(),
  referrer: optionalText(200),
  resumeVersion: optionalText(100),
  tailored: z.boolean().optional(),
  fit: zRating.nullable().optional(),
  excitement: zRating.nullable().optional(),
  salaryMin: z.number().int().min(0).max(100_000_000).nullable().optional(),
  salaryMax: z.number().int().min(0).max(100_000_000).nullable().optional(),
  salaryCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as EUR')
    .nullable()
    .optional(),
  location: optionalText(200),
  remote: zRemote.nullable().optional(),
  jobUrl: optionalWebUrl(),
  description: optionalText(MAX_DESCRIPTION),
  notes: optionalText(MAX_NOTES),
  tags: z.array(zTag).max(20, 'Use at most 20 tags').optional(),
};

function salaryInOrder(v: { salaryMin?: number | null; salaryMax?: number | null }): boolean {
  return v.salaryMin == null || v.salaryMax == null || v.salaryMin <= v.salaryMax;
}
const salaryIssue = { message: 'The lowest salary must not be above the highest', path: ['salaryMax'] };

export const zApplicationCreate = z
  .object({
    company: requiredText('Company', 200),
    ...applicationFields,
    /** The first event: usually "applied" (default) or "saved". */
    stage: zStage.optional(),
    /** Day of the first event; defaults to today in the seeker's time zone. */
    date: zIsoDate.optional(),
  })
  .refine(salaryInOrder, salaryIssue)
  .meta({ id: 'ApplicationCreate' });
export type ApplicationCreate = z.infer<typeof zApplicationCreate>;
export type ApplicationCreateInput = z.input<typeof zApplicationCreate>;

export const zApplicationUpdate = z
  .object({
    /** The version the edit is based on; a stale version is refused with 409. */
    version: z.number().int().min(1),
    company: requiredText('Company', 200).optional(),
    ...applicationFields,
    title: requiredText('Title', 200).optional(),
  })
  .refine(salaryInOrder, salaryIssue)
  .meta({ id: 'ApplicationUpdate' });
export type ApplicationUpdate = z.infer<typeof zApplicationUpdate>;

export const zStageEventCreate = z
  .object({
    stage: zStage,
    occurredOn: zIsoDate.optional(),
    round: z.number().int().min(1).max(20).nullable().optional(),
    interviewType: zInterviewType.nullable().optional(),
    note: optionalText(MAX_NOTES),
  })
  .meta({ id: 'StageEventCreate' });
export type StageEventCreate = z.infer<typeof zStageEventCreate>;

export const zStageEvent = z
  .object({
    id: zId,
    applicationId: zId,
    stage: zStage,
    occurredOn: z.string(),
    round: z.number().int().nullable(),
    interviewType: zInterviewType.nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
    seq: z.number().int().meta({ description: 'Order in which the events of this application were recorded (1, 2, 3…); undo takes back the highest.' }),
    upcoming: z.boolean().meta({ description: 'A step booked ahead: dated after today, so it does not count for the status yet.' }),
  })
  .meta({ id: 'StageEvent' });
export type StageEvent = z.infer<typeof zStageEvent>;

export const zNote = z
  .object({ id: zId, applicationId: zId, body: z.string(), createdAt: z.string() })
  .meta({ id: 'Note' });
export type Note = z.infer<typeof zNote>;
export const zNoteCreate = z.object({ body: requiredText('Note', MAX_NOTES) }).meta({ id: 'NoteCreate' });

export const zApplication = z
  .object({
    id: zId,
    version: z.number().int(),
    companyId: zId,
    company: z.string(),
    title: z.string(),
    source: zSource.nullable(),
    referral: z.boolean(),
    referrer: z.string().nullable(),
    resumeVersion: z.string().nullable(),
    tailored: z.boolean(),
    fit: z.number().int().nullable(),
    excitement: z.number().int().nullable(),
    salaryMin: z.number().int().nullable(),
    salaryMax: z.number().int().nullable(),
    salaryCurrency: z.string().nullable(),
    location: z.string().nullable(),
    remote: zRemote.nullable(),
    jobUrl: z.string().nullable(),
    description: z.string().nullable(),
    notes: z.string().nullable(),
    tags: z.array(z.string()),
    roleFamily: z.string(),
    seniority: z.string(),
    status: zStage,
    stageReached: zProgressStage,
    appliedOn: z.string().nullable(),
    lastEventOn: z.string(),
    upcoming: z
      .object({ stage: zStage, occurredOn: z.string() })
      .nullable()
      .meta({ description: 'The next step booked ahead (for example an interview next week), if any.' }),
    noResponse: z.object({ flagged: z.boolean(), daysSilent: z.number().int().nullable() }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Application' });
export type Application = z.infer<typeof zApplication>;

/**
 * An application as the board and the list show it: everything but its two long texts (the job
 * description and the notes, often a few kilobytes each), which its own page reads.
 */
export const zApplicationSummary = zApplication.omit({ description: true, notes: true }).meta({ id: 'ApplicationSummary' });
export type ApplicationSummary = z.infer<typeof zApplicationSummary>;

export const zMoveResult = z
  .object({
    application: zApplication,
    event: zStageEvent.nullable(),
    changed: z.boolean(),
    cancelled: z.array(zStageEvent).meta({ description: 'Steps that were booked ahead and were cancelled by this one (an ending).' }),
  })
  .meta({ id: 'MoveResult' });
export type MoveResult = z.infer<typeof zMoveResult>;

export const zApplicationDetail = zApplication
  .extend({ events: z.array(zStageEvent), noteEntries: z.array(zNote) })
  .meta({ id: 'ApplicationDetail' });
export type ApplicationDetail = z.infer<typeof zApplicationDetail>;


export const zApplicationListQuery = z
  .object({
    q: zText().trim().max(200).optional(),
    status: csvList(zStage).optional(),
    tag: zText().trim().toLowerCase().max(40).optional(),
    source: csvList(zSource).optional(),
    from: zIsoDate.optional(),
    to: zIsoDate.optional(),
    noResponse: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
    sort: z.enum(SORT_KEYS).default('updated'),
    order: z.enum(['asc', 'desc']).default('desc'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
    fields: z.enum(['all', 'summary']).optional().meta({
      description: 'summary: each item without its job description and notes (what the list page shows; a fraction of the size).',
    }),
    after: z.string().trim().min(1).max(400).optional().meta({
      description: 'Keyset pagination: the nextCursor of the previous page (with the same filters and sort). When given, page is ignored; the page does not shift when applications are added or moved.',
    }),
  })
  .meta({ id: 'ApplicationListQuery' });
export type ApplicationListQuery = z.infer<typeof zApplicationListQuery>;
export type ApplicationListQueryInput = z.input<typeof zApplicationListQuery>;

/** A list item: the whole application, or its summary when the list is asked for `fields=summary`. */
export const zApplicationListItem = zApplication.partial({ description: true, notes: true }).meta({ id: 'ApplicationListItem' });
export type ApplicationListItem = z.infer<typeof zApplicationListItem>;

export const zApplicationPage = zPage(zApplicationListItem)
  .extend({
    nextCursor: z.string().nullable().meta({ description: 'Pass as `after` to read the next page; null on the last page.' }),
  })
  .meta({ id: 'ApplicationPage' });
/** A page of whole applications (the default, and what the CLI and the exports read). */
export type ApplicationPage = Omit<z.infer<typeof zApplicationPage>, 'items'> & { items: Application[] };
/** A page of summaries (`fields=summary`: the web app's list). */
export type ApplicationSummaryPage = Omit<z.infer<typeof zApplicationPage>, 'items'> & { items: ApplicationSummary[] };

/** What a board card shows (the `card` fields of the board, its default): a fraction of a summary. */
export const BOARD_CARD_FIELDS = ['id', 'company', 'title', 'status', 'lastEventOn', 'upcoming', 'noResponse', 'tags'] as const;

export const zBoardCard = zApplicationSummary
  .pick({ id: true, company: true, title: true, status: true, lastEventOn: true, upcoming: true, noResponse: true, tags: true })
  .meta({ id: 'BoardCard' });
export type BoardCard = z.infer<typeof zBoardCard>;

/** A board item: a card, or the whole summary when the board is asked for `fields=summary`. */
export const zBoardItem = zApplicationSummary
  .partial()
  .required({ id: true, company: true, title: true, status: true, lastEventOn: true, upcoming: true, noResponse: true, tags: true })
  .meta({ id: 'BoardItem' });

export const zBoardFields = z.enum(['card', 'summary']);
export type BoardFields = z.infer<typeof zBoardFields>;

/** Most cards one request reads from one column. */
export const MAX_BOARD_CARDS = 500;

export const zBoardQuery = z
  .object({
    perColumn: z.coerce.number().int().min(1).max(MAX_BOARD_CARDS).default(20).meta({
      description: 'Cards sent for each column whose cards are asked for (the web app draws 20 at first).',
    }),
    columns: csvList(zStage).optional().meta({
      description:
        'The columns whose cards are sent, comma-separated (for example `applied,rejected`); the others come with their total only. ' +
        'Default: the columns of applications still moving (not accepted, rejected, withdrawn or ghosted, which the web app shows folded).',
    }),
    fields: zBoardFields.default('card').meta({
      description: 'card: the fields a card shows (default); summary: each application without its job description and notes.',
    }),
  })
  .meta({ id: 'BoardQuery' });
export type BoardQuery = z.infer<typeof zBoardQuery>;

export const zBoardColumnQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(MAX_BOARD_CARDS).default(20),
    after: z.string().trim().min(1).max(400).optional().meta({
      description: 'The nextCursor of the column read before: the cards that come after it, in the board\'s order.',
    }),
    fields: zBoardFields.default('card'),
  })
  .meta({ id: 'BoardColumnQuery' });
export type BoardColumnQuery = z.infer<typeof zBoardColumnQuery>;

export const zBoardColumn = z
  .object({
    status: zStage,
    total: z.number().int(),
    loaded: z.boolean().meta({ description: 'Whether this column\'s cards were asked for; false: `items` is empty, read them with /api/board/columns/{status}.' }),
    items: z.array(zBoardItem),
    nextCursor: z.string().nullable().meta({ description: 'Pass as `after` to /api/board/columns/{status} for the cards that follow; null when none follow (or none were read).' }),
  })
  .meta({ id: 'BoardColumn' });
export type BoardColumn = z.infer<typeof zBoardColumn>;

export const zBoard = z
  .object({ columns: z.array(zBoardColumn) })
  .meta({ id: 'Board' });
export type Board = z.infer<typeof zBoard>;
