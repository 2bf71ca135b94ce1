import type { Stage } from '../applications/stages.js';
import { statusKey, type StatusMap } from './fields.js';

/** The vocabulary of the contracts, repeated here so the domain stays free of them. */
export type Source = 'job_board' | 'company_site' | 'recruiter' | 'network' | 'other';
export type Remote = 'onsite' | 'hybrid' | 'remote';

/** Status words trackers and spreadsheets use, and the stage each means. */
const KNOWN_STATUS: Record<string, Stage> = {};
const words = (stage: Stage, list: string[]) => list.forEach((w) => (KNOWN_STATUS[w] = stage));
words('saved', ['saved', 'wishlist', 'wish list', 'bookmarked', 'interested', 'to apply', 'draft', 'not applied', 'idea']);
words('applied', ['applied', 'submitted', 'application sent', 'sent', 'pending', 'in review', 'under review', 'waiting', 'in progress']);
words('screen', ['screen', 'screening', 'phone screen', 'recruiter call', 'phone call', 'hr call', 'recruiter screen']);
words('assessment', ['assessment', 'test', 'take-home', 'take home', 'coding challenge', 'assignment', 'case study']);
words('interview', ['interview', 'interviewing', 'interviews', 'interviewed', 'technical interview', 'onsite', 'on-site']);
words('final', ['final', 'final round', 'final interview', 'last round']);
words('offer', ['offer', 'offered', 'offer received']);
words('accepted', ['accepted', 'hired', 'offer accepted', 'signed']);
words('rejected', ['rejected', 'rejection', 'not selected', 'unsuccessful', 'turned down', 'declined by company', 'no']);
words('withdrawn', ['withdrawn', 'withdrew', 'not interested', 'declined', 'archived']);
words('ghosted', ['ghosted', 'no response', 'no answer', 'silence', 'no reply', 'expired']);

/** The stage a status word means: the seeker's own map first, then the known words. */
export function stageForWord(word: string, own: StatusMap): Stage | null {
  const key = statusKey(word);
  if (key === '') return null;
  return own[key] ?? KNOWN_STATUS[key] ?? null;
}

export function remoteFor(word: string): Remote | null {
  const w = word.trim().toLowerCase();
  if (w === '') return null;
  if (/hybrid/.test(w)) return 'hybrid';
  if (/remote|home|anywhere|wfh/.test(w)) return 'remote';
  if (/on.?site|office|in.?person|onsite/.test(w)) return 'onsite';
  return null;
}

export function sourceFor(word: string): { source: Source; referral: boolean } | null {
  const w = word.trim().toLowerCase();
  if (w === '') return null;
  if (/refer/.test(w)) return { source: 'network', referral: true };
  if (/network|friend|contact|alumni|meetup/.test(w)) return { source: 'network', referral: false };
  if (/recruit|agency|headhunt/.test(w)) return { source: 'recruiter', referral: false };
  if (/career|company|website|site|direct/.test(w)) return { source: 'company_site', referral: false };
  if (/linkedin|indeed|glassdoor|board|stepstone|monster|welcome|otta|wellfound|angel|xing|job/.test(w)) return { source: 'job_board', referral: false };
  return { source: 'other', referral: false };
}
