/**
 * A generated mailbox for the mail benchmark: varied job-search mail
 * (rejections at every stage, invitations, acknowledgements, offers,
 * newsletters and job alerts), some base64, quoted-printable or HTML-only,
 * some without a Message-ID, sent from company domains, applicant tracking
 * systems and personal addresses.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { buildEmail, mboxEntry, SAMPLE_TEXTS, type EmailInput } from '../../tests/support/mail.js';

const FIRST = ['Lark', 'Quill', 'North', 'Bright', 'Ever', 'Blue', 'Iron', 'Silver', 'Cedar', 'Nova', 'Pixel', 'Harbor', 'Summit', 'Maple', 'Orbit', 'Copper', 'Fern', 'Delta', 'Echo', 'Atlas',
  'Granite', 'Willow', 'Falcon', 'Juniper', 'Meadow', 'Onyx', 'Prism', 'Quartz', 'Raven', 'Sable', 'Tidal', 'Umber', 'Vertex', 'Zephyr', 'Amber', 'Birch', 'Coral', 'Dune', 'Ember', 'Frost'];
const SECOND = ['spur', 'wave', 'wind', 'stone', 'field', 'gate', 'works', 'path', 'forge', 'leaf', 'point', 'line', 'bridge', 'light', 'craft'];
const SUFFIX = ['Labs', 'Software', 'Inc.', 'GmbH', 'Ltd', 'Technologies', 'Health', 'Analytics', '', ''];
const TITLES = ['Senior Data Scientist', 'Product Analyst', 'Backend Engineer', 'Frontend Developer', 'Data Engineer', 'Product Manager', 'UX Designer', 'Analytics Engineer', 'Platform Engineer', 'Marketing Manager'];
const ATS = ['no-reply@greenhouse.io', 'no-reply@hire.lever.co', 'notifications@myworkday.com', 'jobs@smartrecruiters.com', 'noreply@ashbyhq.com'];

export interface GeneratedCompany {
  company: string;
  title: string;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Up to FIRST × SECOND (600) distinct companies. */
export function generateCompanies(n: number, seed = 7): GeneratedCompany[] {
  if (n > FIRST.length * SECOND.length) throw new Error(`At most ${FIRST.length * SECOND.length} generated companies.`);
  const r = rng(seed);
  const seen = new Set<string>();
  const out: GeneratedCompany[] = [];
  while (out.length < n) {
    const base = `${FIRST[Math.floor(r() * FIRST.length)]}${SECOND[Math.floor(r() * SECOND.length)]}`;
    const name = `${base} ${SUFFIX[Math.floor(r() * SUFFIX.length)]}`.trim();
    if (seen.has(base)) continue;
    seen.add(base);
    out.push({ company: name, title: TITLES[Math.floor(r() * TITLES.length)] ?? 'Analyst' });
  }
  return out;
}

const STAGE_REJECTIONS = [
  (c: string, t: string) => `Dear candidate,\n\nThank you for applying for the ${t} role at ${c}. Unfortunately, after reviewing your application we will not be moving forward at this time.\n\nBest wishes,\n${c} Talent`,
  (c: string, t: string) => `Hi,\n\nThanks for taking the time to speak with our recruiter about the ${t} position at ${c}. We have decided not to proceed with your candidacy.\n\nRegards,\n${c}`,
  (c: string, t: string) => `Hello,\n\nThank you for completing the take-home assessment for the ${t} role at ${c}. Unfortunately your submission did not meet the bar we set, and we will not be progressing your application.\n\nKind regards,\n${c} Hiring`,
  SAMPLE_TEXTS.rejection,
  (c: string, t: string) => `Dear Alex,\n\nThank you for meeting the team for the final round for the ${t} role at ${c}. It was a difficult decision, but we have offered the position to another candidate. We would love to stay in touch for future roles.\n\nWarmly,\n${c}`,
];

function html(text: string): string {
  return `<html><body><div style="font-family:sans-serif">${text
    .split('\n\n')
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
    .join('')}<p style="color:#999;font-size:11px">You received this email because you applied. <a href="#">Unsubscribe</a></p></div></body></html>`;
}

/** The i-th message of the generated mailbox (deterministic). */
export function generatedEmail(i: number, companies: readonly GeneratedCompany[], known: number, r: () => number): string {
  // most mail is about tracked applications; some about companies the user never tracked
  const ci = r() < 0.85 ? Math.floor(r() * known) : known + Math.floor(r() * (companies.length - known));
  const { company, title } = companies[ci] ?? companies[0] ?? { company: 'Acme', title: 'Analyst' };
  const domain = `${company.split(' ')[0]?.toLowerCase() ?? 'acme'}.com`;
  const roll = r();
  let body: string;
  let subject: string;
  if (roll < 0.35) {
    body = STAGE_REJECTIONS[Math.floor(r() * STAGE_REJECTIONS.length)]?.(company, title) ?? '';
    subject = r() < 0.5 ? `Your application to ${company}` : `Update on your ${title} application`;
  } else if (roll < 0.5) {
    body = SAMPLE_TEXTS.interview(company, title);
    subject = `Interview invitation: ${title}`;
  } else if (roll < 0.6) {
    body = SAMPLE_TEXTS.assessment(company, title);
    subject = `Next steps: ${title} assessment`;
  } else if (roll < 0.75) {
    body = SAMPLE_TEXTS.received(company, title);
    subject = `Thank you for applying to ${company}`;
  } else if (roll < 0.77) {
    body = `Hi Alex,\n\nWe are delighted to offer you the ${title} position at ${company}! Please find the offer letter attached.\n\nCongratulations,\n${company}`;
    subject = `Offer: ${title}`;
  } else {
    body = r() < 0.5 ? SAMPLE_TEXTS.newsletter() : `New jobs matching "${title}":\n\n- ${title} at ${company}\n- ${title} at Another Co\n\nManage your job alerts or unsubscribe.`;
    subject = r() < 0.5 ? 'Your weekly digest' : `15 new jobs for ${title}`;
  }
  const who = r();
  const sender: Pick<EmailInput, 'from' | 'fromName'> =
    roll >= 0.77 ? { from: 'alerts@jobsdigest.example', fromName: 'Jobs Digest' }
      : who < 0.5 ? { from: `talent@${domain}`, fromName: `${company} Talent` }
        : who < 0.85 ? { from: ATS[Math.floor(r() * ATS.length)], fromName: `${company} Recruiting` }
          : { from: `recruiter${i % 97}@gmail.com`, fromName: 'Sam Recruiter' };
  const enc = r();
  const date = new Date(Date.UTC(2026, 0, 1) + Math.floor(r() * 300) * 86_400_000).toISOString();
  const input: EmailInput = {
    ...sender, subject, date, messageId: r() < 0.05 ? null : `gen-${i}`,
    encoding: enc < 0.15 ? 'base64' : enc < 0.3 ? 'quoted-printable' : '7bit',
  };
  if (r() < 0.25) input.html = html(body);
  else input.body = body;
  return buildEmail(input);
}

/** Writes an mbox of `n` generated messages to `path`; returns its size in bytes. */
export async function writeMbox(path: string, n: number, companies: readonly GeneratedCompany[], known: number, seed = 11): Promise<number> {
  const r = rng(seed);
  const out = createWriteStream(path);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const entry = mboxEntry(generatedEmail(i, companies, known, r));
    bytes += Buffer.byteLength(entry);
    if (!out.write(entry)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
