import { ActionIcon, Anchor, Badge, Button, Grid, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { ContactDetail } from '../../../contracts/contacts.js';
import type { InteractionKind } from '../../../domain/network/contacts.js';
import { errorMessage, isApiError } from '../../api/client';
import { serverFieldErrors } from '../../api/form-errors';
import { DayInput } from '../../components/DayInput';
import { formatDay } from '../../components/format';
import { NotFoundPage } from '../../components/NotFoundPage';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { useDocumentTitle } from '../../components/use-document-title';
import { useToday } from '../settings/api';
import { useContact, useDeleteContact, useDeleteInteraction, useLogInteraction } from './api';
import { ContactFormModal } from './ContactFormModal';
import { INTERACTION_LABELS, INTERACTION_OPTIONS, ROLE_LABELS } from './labels';

function LogInteraction({ contact }: { contact: ContactDetail }) {
  // Today in the seeker's time zone (the one the server checks against), not the browser's:
  // left untouched, the day follows it and the server records its own today.
  const today = useToday();
  const [kind, setKind] = useState<string | null>('email');
  const [on, setOn] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const log = useLogInteraction(contact.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!kind) return setErrors({ kind: 'Choose what it was' });
    log.mutate(
      { kind: kind as InteractionKind, on: on ?? undefined, note },
      {
        onSuccess: () => {
          setNote('');
          setErrors({});
          notifications.show({ message: `Logged with ${contact.name}.` });
        },
        onError: (err) => setErrors(serverFieldErrors(err)),
      },
    );
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-label="Log an interaction">
        <Stack gap="sm">
          <Title order={2} size="h4">Log an interaction</Title>
          <Group grow align="flex-start" wrap="wrap">
            <Select label="What" data={INTERACTION_OPTIONS} value={kind} onChange={setKind} error={errors.kind} miw={160} />
            <DayInput label="When" value={on ?? today} onChange={setOn} maxDate={today} error={errors.on} miw={160} />
          </Group>
          <TextInput label="Note" placeholder="What you talked about" value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
          <Group justify="flex-end">
            <Button type="submit" loading={log.isPending}>Log it</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function ContactPage() {
  const { id = '' } = useParams();
  const query = useContact(id);
  useDocumentTitle(query.data?.name ?? null);
  const [editing, setEditing] = useState(false);
  const remove = useDeleteContact();
  const removeInteraction = useDeleteInteraction(id);
  const navigate = useNavigate();

  if (query.isPending) return <LoadingState label="Loading the contact" />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) return <NotFoundPage what="contact" />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const c = query.data;
  const confirmDelete = () =>
    modals.openConfirmModal({
      title: `Delete ${c.name}?`,
      centered: true,
      children: <Text size="sm">{c.name} and the {c.interactions.length} interaction(s) you logged will be deleted. Your applications stay as they are.</Text>,
      labels: { confirm: 'Delete', cancel: 'Keep' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(c.id, {
          onSuccess: () => {
            notifications.show({ message: `Deleted ${c.name}.` });
            void navigate('/contacts');
          },
          onError: (e) => notifications.show({ title: 'Not deleted', message: errorMessage(e), color: 'red' }),
        }),
    });
  const field = (label: string, value: React.ReactNode) =>
    value ? (
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Text size="sm" c="dimmed" w={120} style={{ flexShrink: 0 }}>{label}</Text>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{value}</Text>
      </Group>
    ) : null;

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" wrap="wrap">
        <div>
          <Anchor component={Link} to="/contacts" size="sm">← Contacts</Anchor>
          <Title order={1}>{c.name}</Title>
          <Text c="dimmed">{[c.role ? ROLE_LABELS[c.role] : null, c.position, c.company].filter(Boolean).join(' · ') || 'No role or company yet'}</Text>
        </div>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setEditing(true)}>Edit</Button>
          <Button variant="subtle" color="red" leftSection={<IconTrash size={18} aria-hidden />} onClick={confirmDelete}>Delete</Button>
        </Group>
      </Group>
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="lg">
            <Paper withBorder p="md">
              <Stack gap={6}>
                <Title order={2} size="h4">Stay in touch</Title>
                {c.cadenceWeeks ? (
                  <Group gap="xs">
                    <Text>Every {c.cadenceWeeks === 1 ? 'week' : `${c.cadenceWeeks} weeks`}; next hello {formatDay(c.nextTouchOn)}.</Text>
                    {c.touchDue ? <Badge color="orange" variant="light">due now</Badge> : null}
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed">No reminder. Edit to choose how often you would like to be in touch.</Text>
                )}
                <Text size="sm" c="dimmed">Last in touch: {formatDay(c.lastInteractionOn)}</Text>
              </Stack>
            </Paper>
            <Paper withBorder p="md">
              <Stack gap={6}>
                <Title order={2} size="h4">Details</Title>
                {field('Email', c.email ? <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor> : null)}
                {field('Phone', c.phone)}
                {field('LinkedIn', c.linkedinUrl ? <Anchor href={c.linkedinUrl} target="_blank" rel="noreferrer">{c.linkedinUrl}</Anchor> : null)}
                {field('Connected', c.connectedOn ? formatDay(c.connectedOn) : null)}
                {field('How you met', c.howMet)}
                {field('Notes', c.notes)}
                {!c.email && !c.phone && !c.linkedinUrl && !c.howMet && !c.notes ? <Text size="sm" c="dimmed">Nothing more yet.</Text> : null}
              </Stack>
            </Paper>
            <Paper withBorder p="md">
              <Stack gap={6}>
                <Title order={2} size="h4">Applications and interviews</Title>
                {c.applications.length === 0 && c.interviews.length === 0 ? <Text size="sm" c="dimmed">Not linked to an application yet.</Text> : null}
                {c.applications.map((a) => (
                  <Anchor key={a.id} component={Link} to={`/applications/${a.id}`} size="sm">{a.title} at {a.company}</Anchor>
                ))}
                {c.interviews.map((i) => (
                  <Text key={i.eventId} size="sm">Met in the {i.stage} round on {formatDay(i.day)} ({i.company})</Text>
                ))}
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="lg">
            <LogInteraction contact={c} />
            <Paper withBorder p="md">
              <Stack gap="xs">
                <Title order={2} size="h4">What you did together</Title>
                {c.interactions.length === 0 ? <Text size="sm" c="dimmed">Nothing logged yet.</Text> : null}
                {c.interactions.map((i) => (
                  <Group key={i.id} justify="space-between" wrap="nowrap" align="flex-start" data-testid="interaction">
                    <div>
                      <Text size="sm" fw={500}>{INTERACTION_LABELS[i.kind]} · {formatDay(i.occurredOn)}</Text>
                      {i.note ? <Text size="sm">{i.note}</Text> : null}
                      {i.company ? <Text size="xs" c="dimmed">{i.title} at {i.company}</Text> : null}
                    </div>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Remove the ${INTERACTION_LABELS[i.kind].toLowerCase()} of ${formatDay(i.occurredOn)}`}
                      onClick={() =>
                        modals.openConfirmModal({
                          title: 'Remove this interaction?',
                          centered: true,
                          labels: { confirm: 'Remove', cancel: 'Keep' },
                          confirmProps: { color: 'red' },
                          onConfirm: () => removeInteraction.mutate(i.id),
                        })
                      }
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                ))}
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      {editing ? <ContactFormModal opened onClose={() => setEditing(false)} contact={c} /> : null}
    </Stack>
  );
}
