import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Contact } from '../../../contracts/contacts.js';
import { ErrorState } from '../../components/QueryState';
import { useApplicationPeople } from './api';
import { ContactFormModal } from './ContactFormModal';
import { ROLE_LABELS } from './labels';

function Person({ c }: { c: Contact }) {
  const what = [c.role ? ROLE_LABELS[c.role] : null, c.position, c.source === 'linkedin' ? 'LinkedIn connection' : null].filter(Boolean).join(' · ');
  return (
    <div>
      <Anchor component={Link} to={`/contacts/${c.id}`} size="sm" fw={500}>{c.name}</Anchor>
      {what ? <Text size="xs" c="dimmed">{what}</Text> : null}
    </div>
  );
}

/** On an application page: the people of this application and those you know at its company. */
export function PeoplePanel({ applicationId, company }: { applicationId: string; company: string }) {
  const people = useApplicationPeople(applicationId);
  const [adding, setAdding] = useState(false);
  return (
    <Paper withBorder p="md" data-testid="people-panel">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h4">People</Title>
          <Button size="xs" variant="light" leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>Add someone</Button>
        </Group>
        {people.isError ? <ErrorState error={people.error} onRetry={() => void people.refetch()} /> : null}
        {people.isPending ? <Text size="sm" c="dimmed">Loading people…</Text> : null}
        {people.data ? (
          <>
            {people.data.linked.length > 0 ? people.data.linked.map((c) => <Person key={c.id} c={c} />) : <Text size="sm" c="dimmed">Nobody linked to this application yet.</Text>}
            {people.data.atCompany.length > 0 ? (
              <>
                <Text size="sm" fw={500} mt="xs">People you know at {company}</Text>
                {people.data.atCompany.slice(0, 12).map((c) => <Person key={c.id} c={c} />)}
                {people.data.atCompany.length > 12 ? (
                  <Anchor component={Link} to={`/contacts?company=${encodeURIComponent(company)}`} size="sm">and {people.data.atCompany.length - 12} more</Anchor>
                ) : null}
              </>
            ) : null}
          </>
        ) : null}
      </Stack>
      {adding ? <ContactFormModal opened onClose={() => setAdding(false)} contact={null} company={company} applicationId={applicationId} /> : null}
    </Paper>
  );
}
