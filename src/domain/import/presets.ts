import type { Source } from './values.js';
import { headerKey, MULTI_FIELDS, type ColumnMapping, type ImportField } from './fields.js';

/**
 * The layouts Debrief knows: its own documented one (generic), LinkedIn's
 * data export (Jobs/Job Applications.csv), Huntr's job export and JobSync's
 * export. A preset names the headers it recognises for each field; a file is
 * recognised by the headers only that export has.
 */
export const PRESET_IDS = ['generic', 'linkedin', 'huntr', 'jobsync'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface Preset {
  id: PresetId;
  label: string;
  /** Headers (compared by headerKey) each field is read from. */
  columns: Partial<Record<ImportField, readonly string[]>>;
  /** Headers whose presence marks a file as this export. */
  signature: readonly string[];
  /** The source given to every row when the file has no source column. */
  source?: Source;
  /** Columns whose header is written before the value in the notes. */
  labelledNotes?: boolean;
}

export const PRESETS: Record<PresetId, Preset> = {
  generic: {
    id: 'generic',
    label: 'Debrief CSV (generic)',
    signature: [],
    columns: {
      company: ['company', 'company name', 'employer', 'organisation', 'organization'],
      title: ['title', 'job title', 'role', 'position', 'job'],
      date: ['date', 'applied on', 'applied', 'date applied', 'application date', 'applied date'],
      status: ['status', 'stage', 'state', 'outcome'],
      jobUrl: ['job url', 'url', 'link', 'job link', 'posting'],
      location: ['location', 'city', 'place'],
      remote: ['remote', 'work arrangement', 'workplace', 'workplace type'],
      source: ['source', 'found via', 'channel', 'job source'],
      salary: ['salary', 'salary range', 'pay', 'compensation'],
      notes: ['notes', 'note', 'comments', 'comment'],
      description: ['description', 'job description'],
      resumeVersion: ['resume version', 'résumé version', 'resume', 'cv'],
      tags: ['tags', 'labels'],
      referrer: ['referrer', 'referred by', 'referral'],
    },
  },
  linkedin: {
    id: 'linkedin',
    label: 'LinkedIn (Job Applications.csv)',
    signature: ['application date', 'company name', 'job title', 'job url', 'resume name'],
    source: 'job_board',
    labelledNotes: true,
    columns: {
      date: ['application date'],
      company: ['company name'],
      title: ['job title'],
      jobUrl: ['job url'],
      resumeVersion: ['resume name'],
      notes: ['contact email', 'contact phone number', 'question and answers'],
    },
  },
  huntr: {
    id: 'huntr',
    label: 'Huntr export',
    signature: ['listname'],
    columns: {
      status: ['listname'],
      company: ['company', 'company name', 'companyname', 'employer'],
      title: ['title', 'job title', 'jobtitle', 'position'],
      date: ['date applied', 'dateapplied', 'applied at', 'appliedat', 'createdat', 'created at', 'created'],
      jobUrl: ['url', 'job url', 'joburl', 'link'],
      location: ['location'],
      salary: ['salary'],
      description: ['description', 'job description'],
      notes: ['notes', 'note'],
    },
  },
  jobsync: {
    id: 'jobsync',
    label: 'JobSync export',
    signature: ['jobtitle', 'workplacetype', 'jobsource', 'applieddate'],
    labelledNotes: true,
    columns: {
      date: ['applieddate'],
      company: ['company'],
      title: ['jobtitle'],
      remote: ['workplacetype'],
      location: ['location'],
      source: ['jobsource'],
      status: ['status'],
      notes: ['jobtype'],
    },
  },
};

/** The export these headers come from, or generic when none is recognised. */
export function detectPreset(headers: readonly string[]): PresetId {
  const keys = new Set(headers.map(headerKey));
  for (const id of ['linkedin', 'jobsync', 'huntr'] as const) {
    const sig = PRESETS[id].signature.map(headerKey);
    const hits = sig.filter((h) => keys.has(h)).length;
    if (hits >= Math.max(1, Math.ceil(sig.length * 0.75))) return id;
  }
  return 'generic';
}

/** Each column's field under the preset; a field is filled once unless it takes several columns. */
export function presetMapping(headers: readonly string[], id: PresetId): ColumnMapping {
  const preset = PRESETS[id];
  const used = new Set<ImportField>();
  const mapping: ColumnMapping = headers.map(() => null);
  // Fields in the order of their aliases: the first alias found wins (applied date before created date).
  for (const [field, aliases] of Object.entries(preset.columns) as [ImportField, readonly string[]][]) {
    for (const alias of aliases) {
      const want = headerKey(alias);
      headers.forEach((h, i) => {
        if (mapping[i] !== null || headerKey(h) !== want) return;
        if (used.has(field) && !MULTI_FIELDS.has(field)) return;
        mapping[i] = field;
        used.add(field);
      });
    }
  }
  return mapping;
}
