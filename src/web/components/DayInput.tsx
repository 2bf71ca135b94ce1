import { DateInput, type DateInputProps } from '@mantine/dates';
import { isValidIsoDate } from '../../domain/time.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** Reads "2026-11-03" as typed, or anything the browser understands ("3 Nov 2026"). */
export function parseDay(input: string): string | null {
  const text = input.trim();
  if (isValidIsoDate(text)) return text;
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) return null;
  return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
}

/** A calendar-day input whose value is YYYY-MM-DD (or null). */
export function DayInput(props: DateInputProps) {
  return <DateInput valueFormat="D MMM YYYY" dateParser={parseDay} placeholder="e.g. 3 Nov 2026" {...props} />;
}
