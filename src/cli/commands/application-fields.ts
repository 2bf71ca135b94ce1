import type { Command } from 'commander';
import { numberOption, type OptionNames } from '../input.js';

/** Options shared by `add` and `edit` for the optional application fields. */
export interface FieldOptions {
  source?: string;
  referral?: boolean;
  referrer?: string;
  resume?: string;
  tailored?: boolean;
  fit?: string;
  excitement?: string;
  salaryMin?: string;
  salaryMax?: string;
  currency?: string;
  location?: string;
  remote?: string;
  url?: string;
  description?: string;
  notes?: string;
  tags?: string;
}

export function fieldOptions(cmd: Command): Command {
  return cmd
    .option('--source <source>', 'job_board | company_site | recruiter | network | other')
    .option('--referral', 'someone referred you')
    .option('--referrer <name>', 'who referred you')
    .option('--resume <version>', 'résumé version used')
    .option('--tailored', 'the résumé was tailored to this role')
    .option('--fit <1-5>', 'how well the role fits you')
    .option('--excitement <1-5>', 'how much you want it')
    .option('--salary-min <amount>', 'lowest salary of the range')
    .option('--salary-max <amount>', 'highest salary of the range')
    .option('--currency <code>', 'salary currency, e.g. EUR')
    .option('--location <place>', 'where the job is')
    .option('--remote <mode>', 'onsite | hybrid | remote')
    .option('--url <url>', 'job posting URL')
    .option('--description <text>', 'job description')
    .option('--notes <text>', 'notes')
    .option('--tags <tags>', 'comma-separated tags');
}

/** How the contract fields of an application are typed on the command line. */
export const FIELD_OPTION_NAMES: OptionNames = { resumeVersion: '--resume', salaryCurrency: '--currency', jobUrl: '--url' };

/** Maps the options onto contract fields; validation is the contract's job. */
export function fieldsFromOptions(o: FieldOptions): Record<string, unknown> {
  return {
    source: o.source,
    referral: o.referral,
    referrer: o.referrer,
    resumeVersion: o.resume,
    tailored: o.tailored,
    fit: numberOption(o.fit, '--fit', '4'),
    excitement: numberOption(o.excitement, '--excitement', '4'),
    salaryMin: numberOption(o.salaryMin, '--salary-min', '50000'),
    salaryMax: numberOption(o.salaryMax, '--salary-max', '65000'),
    salaryCurrency: o.currency?.toUpperCase(),
    location: o.location,
    remote: o.remote,
    jobUrl: o.url,
    description: o.description,
    notes: o.notes,
    tags: o.tags === undefined ? undefined : o.tags.split(',').map((t) => t.trim()).filter(Boolean),
  };
}
