import { DateInput, type DateInputProps } from '@mantine/dates';
import { useEffect, useRef, useState, type FocusEvent } from 'react';
import { parseTypedDay } from '../../domain/time.js';
import { formatDay } from './format';

/** Reads "2026-11-03", "3 Nov 2026" or "Nov 3, 2026" strictly: "31 Feb 2026" is no date, not 3 March. */
export function parseDay(input: string): string | null {
  const typed = parseTypedDay(input);
  return typed.ok ? typed.day : null;
}

type Bound = DateInputProps['maxDate'];

function dayOf(bound: Bound): string | null {
  if (bound === undefined || bound === null) return null;
  if (typeof bound === 'string') return bound.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${bound.getFullYear()}-${pad(bound.getMonth() + 1)}-${pad(bound.getDate())}`;
}

/** Why the typed text cannot be used, in words, or null when it is a day inside the bounds (or empty). */
export function typedDayProblem(text: string, minDate?: Bound, maxDate?: Bound): string | null {
  if (text.trim() === '') return null;
  const typed = parseTypedDay(text);
  if (!typed.ok) return typed.problem;
  const max = dayOf(maxDate);
  const min = dayOf(minDate);
  if (max && typed.day > max) return `${formatDay(typed.day)} is after ${formatDay(max)}: choose ${formatDay(max)} or earlier.`;
  if (min && typed.day < min) return `${formatDay(typed.day)} is before ${formatDay(min)}: choose ${formatDay(min)} or later.`;
  return null;
}

/** True (and the first such field focused) when a day field inside `area` (a form, or part of one) holds text that is not a usable day. */
export function focusDayProblem(area: HTMLElement): boolean {
  const field = area.querySelector<HTMLInputElement>('input[data-day-problem]');
  field?.focus();
  return field !== null;
}

/**
 * A calendar-day input whose value is YYYY-MM-DD (or null). A typed day that
 * does not exist or is out of bounds is refused with a message under the
 * field, keeps the text as typed and makes the input invalid, so the form
 * cannot be sent with the previous date by mistake.
 */
export function DayInput({ onBlur, onChange, error, minDate, maxDate, ...props }: DateInputProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.setCustomValidity(problem ?? ''), [problem]);
  const blur = (e: FocusEvent<HTMLInputElement>) => {
    setProblem(typedDayProblem(e.currentTarget.value, minDate, maxDate));
    onBlur?.(e);
  };
  return (
    <DateInput
      valueFormat="D MMM YYYY"
      dateParser={parseDay}
      placeholder="e.g. 3 Nov 2026"
      fixOnBlur={false}
      minDate={minDate}
      maxDate={maxDate}
      {...props}
      ref={input}
      onBlur={blur}
      onChange={(value) => {
        setProblem(null);
        onChange?.(value);
      }}
      error={problem ?? error}
      data-day-problem={problem ? '' : undefined}
    />
  );
}
