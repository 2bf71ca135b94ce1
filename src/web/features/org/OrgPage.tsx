import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/client';
import { LoadingState } from '../../components/QueryState';
import { useDocumentTitle } from '../../components/use-document-title';
import { useSession } from '../account/api';
import { useCreateOrganisation } from './api';
import { MembershipsSection } from './MembershipsSection';
import { OrgLocalNote } from './OrgLocalNote';

/** /org: your organisations, and a new one. */
export function OrgPage() {
  useDocumentTitle('Organisations');
  const session = useSession();
  const create = useCreateOrganisation();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (session.isPending) return <LoadingState />;
  if (session.data?.mode !== 'hosted') return <OrgLocalNote />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    create.mutate(name.trim(), {
      onSuccess: (org) => void navigate(`/org/${org.id}`),
      onError: (err) => setError(errorMessage(err)),
    });
  };

  return (
    <Stack gap="lg" maw={820}>
      <div>
        <Title order={1}>Organisations</Title>
        <Text c="dimmed" size="sm">
          Career centres and coaching programmes follow their cohorts here. What each member shares is their choice.
        </Text>
      </div>
      <section aria-labelledby="mine-heading">
        <Title order={2} size="h3" id="mine-heading" mb="sm">
          Yours
        </Title>
        <MembershipsSection />
      </section>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="new-org-heading">
        <Title order={2} size="h3" id="new-org-heading" mb="xs">
          Start an organisation
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          You become its admin: you make cohorts, invite members, coaches and analysts, and see cohort figures.
        </Text>
        <form onSubmit={submit} noValidate>
          <Group align="flex-start" gap="sm">
            <TextInput label="Name" placeholder="Northside Careers" value={name} onChange={(e) => setName(e.currentTarget.value)} error={error} style={{ flex: '1 1 240px' }} />
            <Button type="submit" mt={25} loading={create.isPending}>
              Create organisation
            </Button>
          </Group>
        </form>
      </Paper>
    </Stack>
  );
}
