import { Paper, Table, Text, Title } from '@mantine/core';
import type { MailImportSummary } from '../../../contracts/mail.js';
import { SKIP_REASONS } from '../../../domain/mail/proposals.js';

function reasonLabel(reason: string): string {
  return Object.entries(SKIP_REASONS).find(([k]) => k === reason)?.[1] ?? reason;
}

export function ImportSummary({ summary }: { summary: MailImportSummary }) {
  const rows: [string, number][] = [
    ['Messages read', summary.read],
    ['Already imported before', summary.duplicates],
    ['Matched to an application', summary.matched],
    ['Proposed for review', summary.proposed],
  ];
  if (summary.autoAccepted > 0) rows.push(['Accepted automatically', summary.autoAccepted]);
  for (const [reason, count] of Object.entries(summary.skipped)) rows.push([`Skipped: ${reasonLabel(reason)}`, count]);
  if (summary.errors > 0) rows.push(['Could not be read', summary.errors]);
  return (
    <Paper withBorder p="md" radius="md" aria-labelledby="import-summary-title" role="region" data-testid="import-summary">
      <Title order={2} size="h4" id="import-summary-title" mb="xs">
        Import finished
      </Title>
      <Table>
        <Table.Tbody>
          {rows.map(([label, n]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" fw={400}>
                {label}
              </Table.Th>
              <Table.Td ta="right">{n.toLocaleString('en')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="xs">
        Read in {summary.seconds.toFixed(1)} s. Importing the same mailbox again adds nothing new.
      </Text>
    </Paper>
  );
}
