import { ActionIcon, Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Company } from '../../../contracts/companies.js';
import { errorMessage } from '../../api/client';
import { formatDay } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { SortableTh, useSortedRows } from '../../components/SortableTh';
import { companySortValue, type CompanyColumn } from './company-sort';
import { useCompanies, useDeleteCompany } from './api';
import { CompanyModal } from './CompanyModal';

export function CompaniesPage() {
  const companies = useCompanies();
  const remove = useDeleteCompany();
  const [editing, setEditing] = useState<Company | null>(null);
  const sorted = useSortedRows<Company, CompanyColumn>(companies.data ?? [], companySortValue);

  const confirmDelete = (c: Company) =>
    modals.openConfirmModal({
      title: `Delete ${c.name}?`,
      centered: true,
      children: (
        <Text size="sm">
          The company and its notes will be deleted. A company that still has applications cannot be deleted.
        </Text>
      ),
      labels: { confirm: 'Delete', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(c.id, {
          onSuccess: () => notifications.show({ message: `Deleted ${c.name}.` }),
          onError: (e) => notifications.show({ title: `${c.name} was not deleted`, message: errorMessage(e), color: 'red' }),
        }),
    });

  return (
    <Stack gap="md">
      <Title order={1}>Companies</Title>
      {companies.isPending ? <LoadingState label="Loading companies" /> : null}
      {companies.isError ? <ErrorState error={companies.error} onRetry={() => void companies.refetch()} /> : null}
      {companies.data && companies.data.length === 0 ? (
        <Text c="dimmed">Companies appear here as you add applications.</Text>
      ) : null}
      {companies.data && companies.data.length > 0 ? (
        <Paper withBorder p={0} style={{ overflow: 'hidden' }}>
          <Table.ScrollContainer minWidth={560} type="native">
            <Table verticalSpacing="sm" highlightOnHover data-testid="companies-table">
              <Table.Thead>
                <Table.Tr>
                  <SortableTh label="Name" column="name" sort={sorted.sort} onSort={sorted.setSort} firstOrder="asc" />
                  <SortableTh label="Size" column="size" sort={sorted.sort} onSort={sorted.setSort} firstOrder="asc" />
                  <SortableTh label="Applications" column="applications" sort={sorted.sort} onSort={sorted.setSort} />
                  <SortableTh label="Revisit on" column="revisitOn" sort={sorted.sort} onSort={sorted.setSort} firstOrder="asc" />
                  <Table.Th scope="col">Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.rows.map((c) => (
                  <Table.Tr key={c.id} data-testid="company-row">
                    <Table.Td fw={500}>{c.name}</Table.Td>
                    <Table.Td>{c.size ?? '—'}</Table.Td>
                    <Table.Td>
                      {c.applicationCount > 0 ? (
                        <Anchor component={Link} to={`/applications?q=${encodeURIComponent(c.name)}`}>
                          {c.applicationCount}
                        </Anchor>
                      ) : (
                        0
                      )}
                    </Table.Td>
                    <Table.Td>{formatDay(c.revisitOn)}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon variant="subtle" color="gray" aria-label={`Edit ${c.name}`} onClick={() => setEditing(c)}>
                          <IconPencil size={18} aria-hidden />
                        </ActionIcon>
                        <ActionIcon variant="subtle" color="red" aria-label={`Delete ${c.name}`} onClick={() => confirmDelete(c)}>
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ) : null}
      <CompanyModal company={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
