import { Anchor, Badge, Button, Group, Paper, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUpload, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ContactRole } from '../../../domain/network/contacts.js';
import { formatDay } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { useDocumentTitle } from '../../components/use-document-title';
import { useContacts } from './api';
import { ContactFormModal } from './ContactFormModal';
import { ImportConnectionsModal } from './ImportConnectionsModal';
import { ROLE_LABELS, ROLE_OPTIONS } from './labels';

export function ContactsPage() {
  useDocumentTitle('Contacts');
  const [q, setQ] = useState('');
  const [params] = useSearchParams();
  const [company, setCompany] = useState(params.get('company') ?? '');
  const [role, setRole] = useState<string | null>(null);
  const [due, setDue] = useState(false);
  const [debouncedQ] = useDebouncedValue(q, 250);
  const [debouncedCompany] = useDebouncedValue(company, 250);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const list = useContacts({ q: debouncedQ || undefined, company: debouncedCompany || undefined, role: (role as ContactRole | null) ?? undefined, due: due ? 'true' : undefined });
  const filtered = !!(q || company || role || due);

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>Contacts</Title>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconUpload size={18} aria-hidden />} onClick={() => setImporting(true)}>Import LinkedIn connections</Button>
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>Add a contact</Button>
        </Group>
      </Group>
      <Text c="dimmed" size="sm">The people you meet along the way. A short note now and then keeps doors open, even after a “no”.</Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput label="Search" placeholder="Name, company, notes…" leftSection={<IconSearch size={16} aria-hidden />} value={q} onChange={(e) => setQ(e.currentTarget.value)} w={{ base: '100%', sm: 240 }} />
        <TextInput label="Company" value={company} onChange={(e) => setCompany(e.currentTarget.value)} w={{ base: '100%', sm: 200 }} />
        <Select label="Role" placeholder="Any role" data={ROLE_OPTIONS} value={role} onChange={setRole} clearable w={{ base: '100%', sm: 180 }} />
        <Switch label="Due a hello" checked={due} onChange={(e) => setDue(e.currentTarget.checked)} mb={8} />
      </Group>
      {list.isPending ? <LoadingState label="Loading contacts" /> : null}
      {list.isError ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.length === 0 ? (
        <Paper withBorder p="lg">
          <Text>{filtered ? 'Nobody matches these filters. Try fewer.' : 'No contacts yet. Add the recruiter who called you, the people you met in an interview, or import your LinkedIn connections.'}</Text>
        </Paper>
      ) : null}
      {list.data && list.data.length > 0 ? (
        <Paper withBorder p={0} style={{ overflow: 'hidden' }}>
          <Table.ScrollContainer minWidth={640} type="native">
            <Table verticalSpacing="sm" highlightOnHover data-testid="contacts-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Role</Table.Th>
                  <Table.Th scope="col">Company</Table.Th>
                  <Table.Th scope="col">Last in touch</Table.Th>
                  <Table.Th scope="col">Next hello</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((c) => (
                  <Table.Tr key={c.id} data-testid="contact-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/contacts/${c.id}`} fw={500}>{c.name}</Anchor>
                      {c.position ? <Text size="xs" c="dimmed">{c.position}</Text> : null}
                    </Table.Td>
                    <Table.Td>{c.role ? ROLE_LABELS[c.role] : c.source === 'linkedin' ? 'LinkedIn connection' : '—'}</Table.Td>
                    <Table.Td>{c.company ?? '—'}</Table.Td>
                    <Table.Td>{formatDay(c.lastInteractionOn)}</Table.Td>
                    <Table.Td>
                      {c.nextTouchOn ? (
                        <Group gap={6} wrap="nowrap">
                          <span>{formatDay(c.nextTouchOn)}</span>
                          {c.touchDue ? <Badge color="orange" variant="light">due</Badge> : null}
                        </Group>
                      ) : '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ) : null}
      {adding ? <ContactFormModal opened onClose={() => setAdding(false)} contact={null} /> : null}
      <ImportConnectionsModal opened={importing} onClose={() => setImporting(false)} />
    </Stack>
  );
}
