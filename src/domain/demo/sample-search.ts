import { addDays } from '../time.js';
import { seededRandom } from '../random.js';

export { seededRandom };
import type { InterviewType, Stage } from '../applications/stages.js';
import { COMPANIES, NOTES, TITLES } from './sample-data.js';
import { SPINE } from './sample-spine.js';

/**
 * A realistic three-month job search, the same every time: the hand-written
 * applications of SPINE (whose rejections are debriefed, see sample-story.ts)
 * and a seeded fill of others: rejections at every stage, silence, interviews.
 */
export interface SampleEvent {
  stage: Stage;
  dayOffset: number; // days after the application's first day
  round?: number;
  interviewType?: InterviewType;
  note?: string;
}

/** A hand-written application: its history as offsets from the day of applying. */
export interface SampleSeed {
  key: string;
  company: string;
  title: string;
  source: SampleApplication['source'];
  referral: boolean;
  tailored: boolean;
  fit: number;
  excitement: number;
  appliedDaysAgo: number;
  path: SampleEvent[];
}

export interface SampleApplication {
  /** Set on the hand-written applications, so the rest of the story can refer to them. */
  key: string | null;
  company: string;
  companySize: string;
  title: string;
  source: 'job_board' | 'company_site' | 'recruiter' | 'network' | 'other';
  referral: boolean;
  tailored: boolean;
  resumeVersion: string;
  fit: number;
  excitement: number;
  remote: 'onsite' | 'hybrid' | 'remote';
  location: string;
  salaryMin: number;
  salaryMax: number;
  tags: string[];
  notes: string | null;
  events: { stage: Stage; occurredOn: string; round: number | null; interviewType: InterviewType | null; note: string | null }[];
}

type Outcome = { path: SampleEvent[] };

/** The shapes a search's applications take, with how often each happens. */
const OUTCOMES: { weight: number; build: (r: () => number) => Outcome }[] = [
  { weight: 18, build: (r) => ({ path: [{ stage: 'rejected', dayOffset: 4 + Math.floor(r() * 20) }] }) },
  { weight: 12, build: () => ({ path: [] }) }, // silence so far
  { weight: 5, build: (r) => ({ path: [{ stage: 'ghosted', dayOffset: 25 + Math.floor(r() * 10) }] }) },
  { weight: 7, build: (r) => ({ path: [
    { stage: 'screen', dayOffset: 6 + Math.floor(r() * 6), interviewType: 'recruiter_screen' },
    { stage: 'rejected', dayOffset: 16 + Math.floor(r() * 6) },
  ] }) },
  { weight: 4, build: (r) => ({ path: [
    { stage: 'screen', dayOffset: 5, interviewType: 'recruiter_screen' },
    { stage: 'assessment', dayOffset: 10 + Math.floor(r() * 4) },
    { stage: 'rejected', dayOffset: 20 + Math.floor(r() * 5) },
  ] }) },
  { weight: 6, build: (r) => ({ path: [
    { stage: 'screen', dayOffset: 5, interviewType: 'recruiter_screen' },
    { stage: 'interview', dayOffset: 12, round: 1, interviewType: r() < 0.5 ? 'technical' : 'behavioural' },
    { stage: 'rejected', dayOffset: 19 + Math.floor(r() * 6) },
  ] }) },
  { weight: 3, build: () => ({ path: [
    { stage: 'screen', dayOffset: 4, interviewType: 'recruiter_screen' },
    { stage: 'interview', dayOffset: 11, round: 1, interviewType: 'technical' },
    { stage: 'interview', dayOffset: 17, round: 2, interviewType: 'panel' },
    { stage: 'final', dayOffset: 24, interviewType: 'onsite' },
    { stage: 'rejected', dayOffset: 29 },
  ] }) },
  { weight: 4, build: () => ({ path: [
    { stage: 'screen', dayOffset: 4, interviewType: 'recruiter_screen' },
    { stage: 'interview', dayOffset: 10, round: 1, interviewType: 'behavioural' },
  ] }) },
  { weight: 1, build: () => ({ path: [
    { stage: 'screen', dayOffset: 3, interviewType: 'recruiter_screen' },
    { stage: 'interview', dayOffset: 9, round: 1, interviewType: 'technical' },
    { stage: 'final', dayOffset: 16, interviewType: 'presentation' },
    { stage: 'offer', dayOffset: 21 },
  ] }) },
  { weight: 1, build: () => ({ path: [{ stage: 'screen', dayOffset: 6, interviewType: 'recruiter_screen' }, { stage: 'withdrawn', dayOffset: 9 }] }) },
];

function pick<T>(r: () => number, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)] as T;
}

function weighted(r: () => number): Outcome {
  const total = OUTCOMES.reduce((s, o) => s + o.weight, 0);
  let x = r() * total;
  for (const o of OUTCOMES) {
    x -= o.weight;
    if (x < 0) return o.build(r);
  }
  return { path: [] };
}

function toEvents(appliedOn: string, path: readonly SampleEvent[], today: string): SampleApplication['events'] {
  const events: SampleApplication['events'] = [{ stage: 'applied', occurredOn: appliedOn, round: null, interviewType: null, note: null }];
  for (const e of path) {
    const day = addDays(appliedOn, e.dayOffset);
    if (day > today) break; // the future has not happened yet
    events.push({ stage: e.stage, occurredOn: day, round: e.round ?? null, interviewType: e.interviewType ?? null, note: e.note ?? null });
  }
  return events;
}

function details(r: () => number, city: string): Pick<SampleApplication, 'resumeVersion' | 'remote' | 'location' | 'salaryMin' | 'salaryMax' | 'tags' | 'notes'> {
  const salaryBase = 45 + Math.floor(r() * 40);
  return {
    resumeVersion: r() < 0.5 ? 'v1 general' : 'v2 impact-focused',
    remote: pick(r, ['onsite', 'hybrid', 'hybrid', 'remote'] as const),
    location: city,
    salaryMin: salaryBase * 1000,
    salaryMax: (salaryBase + 10 + Math.floor(r() * 15)) * 1000,
    tags: r() < 0.4 ? [pick(r, ['dream-company', 'fintech', 'climate', 'health', 'b2b', 'public-sector'])] : [],
    notes: r() < 0.3 ? pick(r, NOTES) : null,
  };
}

function cityOf(company: string): { size: string; city: string } {
  return COMPANIES.find((c) => c.name === company) ?? { size: '51-200', city: 'Remote' };
}

/** The hand-written applications first, then the seeded fill, `count` in all. */
export function buildSampleSearch(today: string, count = 60, seed = 2026): SampleApplication[] {
  const r = seededRandom(seed);
  const apps: SampleApplication[] = SPINE.map((s) => {
    const { size, city } = cityOf(s.company);
    return {
      ...details(r, city),
      // The résumé was rewritten to show impact after the first lessons (see sample-story.ts).
      resumeVersion: s.appliedDaysAgo <= 50 ? 'v2 impact-focused' : 'v1 general',
      key: s.key,
      company: s.company,
      companySize: size,
      title: s.title,
      source: s.source,
      referral: s.referral,
      tailored: s.tailored,
      fit: s.fit,
      excitement: s.excitement,
      events: toEvents(addDays(today, -s.appliedDaysAgo), s.path, today),
    };
  });
  const spineCompanies = new Set(SPINE.map((s) => s.company));
  const others = COMPANIES.filter((c) => !spineCompanies.has(c.name));
  const start = addDays(today, -92);
  const fill = Math.max(0, count - apps.length);
  for (let i = 0; i < fill; i++) {
    const company = others[i % others.length] ?? COMPANIES[0]!;
    const title = pick(r, TITLES);
    const appliedOn = addDays(start, Math.floor((i / fill) * 85 + r() * 4));
    const referral = r() < 0.15;
    // Referred and well-fitting applications do better, as in real searches.
    const boost = referral || r() < 0.2;
    let outcome = weighted(r);
    if (boost && outcome.path.length === 0) outcome = weighted(r);
    const saved = i % 15 === 14;
    const events = saved
      ? [{ stage: 'saved' as const, occurredOn: appliedOn, round: null, interviewType: null, note: null }]
      : toEvents(appliedOn, outcome.path, today);
    apps.push({
      ...details(r, company.city),
      key: null,
      company: company.name,
      companySize: company.size,
      title,
      source: referral ? 'network' : pick(r, ['job_board', 'job_board', 'company_site', 'recruiter', 'other'] as const),
      referral,
      tailored: r() < 0.55,
      fit: 2 + Math.floor(r() * 4),
      excitement: 1 + Math.floor(r() * 5),
      events,
    });
  }
  return apps;
}
