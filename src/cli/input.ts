/**
 * Turning what was typed on the command line into contract input, and
 * contract refusals back into sentences that name the option and say what is
 * expected ("--fit: use 1 to 5 (you gave "9")."), never validator jargon.
 */
import { Option } from 'commander';
import { z, type ZodError } from 'zod';

/** Thrown for a problem with what the user typed; printed without a stack, exit code 2. */
export class UsageError extends Error {}

/** Contract field → how the user typed it, when that is not simply `--kebab-case` of the field. */
export type OptionNames = Record<string, string>;

const kebab = (field: string): string => field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Plain words for the validator's own messages; a contract's messages are used as they are. */
export function cliIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'this is required';
      if (issue.expected === 'number' || issue.expected === 'int') return 'use a number';
      if (issue.expected === 'boolean') return 'use true or false';
      return 'this value is not accepted';
    case 'invalid_value':
      return `use one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'give a value' : `use at least ${issue.minimum} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `give at least ${issue.minimum}`;
      return issue.inclusive === false ? `use more than ${issue.minimum}` : `use ${issue.minimum} or more`;
    case 'too_big':
      if (issue.origin === 'string') return `keep it to ${issue.maximum} characters at most`;
      if (issue.origin === 'array' || issue.origin === 'set') return `give at most ${issue.maximum}`;
      return issue.inclusive === false ? `use less than ${issue.maximum}` : `use ${issue.maximum} or less`;
    case 'invalid_format':
      if (issue.format === 'email') return 'use an email address such as ana@example.com';
      if (issue.format === 'url') return 'use a web address starting with https://';
      return 'this is not in the expected format';
    case 'unrecognized_keys':
      return `unknown ${issue.keys.join(', ')}`;
    default:
      return undefined;
  }
}

/** Called once by the CLI entry point: validator messages read as plain words. */
export function useCliMessages(): void {
  z.config({ customError: cliIssueMessage });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let at = input;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

function shown(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isNaN(value)) return null;
  if (typeof value === 'object') return null;
  const text = String(value);
  if (text.length <= SHOWN_MAX) return JSON.stringify(text);
  // A pasted page is not echoed back whole: its start and its length say which value was refused.
  return `${JSON.stringify(`${Array.from(text).slice(0, 40).join('')}…`)}, ${text.length.toLocaleString('en-US')} characters`;
}

const SHOWN_MAX = 80;

const sentence = (message: string): string => {
  const text = message.trim().replace(/[.]$/, '');
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
};

/** One line per problem: which option, what is expected, what was given. */
export function describeIssues(error: ZodError, input: unknown, names: OptionNames = {}): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.filter((k): k is string => typeof k === 'string');
      const key = field.join('.');
      const first = field[0];
      const label = names[key] ?? (first !== undefined ? (names[first] ?? `--${kebab(first)}`) : null);
      const given = shown(valueAt(input, issue.path));
      const tail = given && !issue.message.includes(given.slice(1, -1)) ? ` (you gave ${given})` : '';
      return `${label ? `${label}: ` : ''}${sentence(issue.message)}${tail}.`;
    })
    .join('\n');
}

/** Parses `input` with a contract; a refusal becomes a UsageError (exit 2) in plain words. */
export function parseOptions<T extends z.ZodType>(schema: T, input: unknown, names: OptionNames = {}): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new UsageError(describeIssues(result.error, input, names));
}

/** A number typed for `flag`; undefined when the option was not given. */
export function numberOption(value: string | undefined, flag: string, example = '3'): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  const n = text === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(n)) throw new UsageError(`${flag} takes a number, such as ${example}; "${value}" is not one.`);
  return n;
}

/**
 * An option whose name really starts with `--no-` (such as
 * `--no-response-days <n>`): commander would otherwise read it as the
 * negation of `--response-days` and drop the value.
 */
export function literalOption(flags: string, description: string): Option {
  const option = new Option(flags, description);
  option.negate = false;
  return option;
}
