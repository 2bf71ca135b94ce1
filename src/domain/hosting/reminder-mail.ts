/** The reminder mail of hosted mode: what is due today on someone's agenda, in a few plain lines. */
export interface ReminderItem {
  title: string;
  detail: string;
  overdueSince: string | null;
}

export function reminderMail(input: { name: string; day: string; items: readonly ReminderItem[]; agendaUrl: string }): { subject: string; text: string } {
  const n = input.items.length;
  const subject = n === 1 ? `One thing on your agenda today: ${input.items[0]!.title}` : `${n} things on your agenda today`;
  const lines = input.items.map((i) => {
    const late = i.overdueSince ? ` (waiting since ${i.overdueSince})` : '';
    return `- ${i.title}${late}${i.detail ? `\n  ${i.detail}` : ''}`;
  });
  const greeting = input.name.trim() ? `Hello ${input.name.trim()},` : 'Hello,';
  const text = [
    greeting,
    '',
    n === 1 ? 'Here is what is on your agenda today:' : `Here are the ${n} things on your agenda today:`,
    '',
    ...lines,
    '',
    `Open your agenda: ${input.agendaUrl}`,
    '',
    'One step at a time is enough. You get this mail at most once a day for each item;',
    'turn it off in Settings whenever you like.',
  ].join('\n');
  return { subject, text };
}
