import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { SideScroll } from '../../components/SideScroll';
import { useDocumentTitle } from '../../components/use-document-title';

interface ProofRow {
  date: string;
  company: string;
  role: string;
  how: string;
  outcome: string;
  jobUrl: string | null;
}

/** The proof of search as a page to print (the browser saves it as PDF). */
export function ProofPage() {
  const [params] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  useDocumentTitle(`Proof of search ${from} to ${to}`);
  const rows = useQuery({ queryKey: ['proof', from, to], queryFn: () => api.get<ProofRow[]>('/export/proof', { from, to }), enabled: Boolean(from && to) });
  return (
    <Stack gap="md">
      <Group justify="space-between" className="no-print">
        <Title order={1}>Proof of search</Title>
        <Button onClick={() => window.print()}>Print or save as PDF</Button>
      </Group>
      <Text>
        Applications sent from {from} to {to}: {rows.data?.length ?? '…'}
      </Text>
      {rows.isPending ? <LoadingState label="Loading the applications" /> : null}
      {rows.isError ? <ErrorState error={rows.error} onRetry={() => void rows.refetch()} /> : null}
      {rows.data && rows.data.length === 0 ? <Text c="dimmed">No applications in this period. Choose other dates in Settings.</Text> : null}
      {rows.data && rows.data.length > 0 ? (
        <SideScroll label="Applications of the period">
        <Table withTableBorder striped miw={560}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date</Table.Th>
              <Table.Th>Company</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>How</Table.Th>
              <Table.Th>Outcome</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.data.map((r, i) => (
              <Table.Tr key={`${r.date}-${i}`}>
                <Table.Td>{r.date}</Table.Td>
                <Table.Td>{r.company}</Table.Td>
                <Table.Td>{r.role}</Table.Td>
                <Table.Td>{r.how}</Table.Td>
                <Table.Td>{r.outcome}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        </SideScroll>
      ) : null}
    </Stack>
  );
}
