import { ActionIcon, Badge, Button, Card, Group, List, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { PlanSuggestion, PlanTheme } from '../../../contracts/plan.js';
import { ACTION_TYPE_LABELS, ACTION_TYPES, type ActionType } from '../../../domain/plan/catalogue.js';
import { errorMessage } from '../../api/client';
import { plural } from '../../components/format';
import { useAddSuggestion, useRemoveSuggestion, useUpdateSuggestion } from './api';
import { Evidence } from './Evidence';

function EditableSuggestion({ s }: { s: PlanSuggestion }) {
  const [title, setTitle] = useState(s.title);
  const update = useUpdateSuggestion();
  const remove = useRemoveSuggestion();
  const save = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ id: s.id, input: { title } }, { onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }) });
  };
  return (
    <form onSubmit={save}>
      <Group gap={4} wrap="nowrap" align="flex-end">
        <TextInput size="xs" style={{ flex: 1 }} label={`Idea (${ACTION_TYPE_LABELS[s.type]})`} value={title} onChange={(e) => setTitle(e.currentTarget.value)}
          error={title.trim() === '' ? 'Give the idea a few words, or remove it' : undefined} />
        <ActionIcon type="submit" variant="light" size="lg" aria-label={`Save idea “${title}”`} loading={update.isPending} disabled={title.trim() === '' || title === s.title}>
          <IconCheck size={16} aria-hidden />
        </ActionIcon>
        <ActionIcon variant="subtle" color="gray" size="lg" aria-label={`Remove idea “${s.title}”`} loading={remove.isPending}
          onClick={() => remove.mutate(s.id, { onSuccess: () => notifications.show({ message: `Removed the idea “${s.title}”.` }) })}>
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Group>
    </form>
  );
}

function NewSuggestion({ themeSlug }: { themeSlug: string }) {
  const [title, setTitle] = useState('');
  const [type, setType] = useState<ActionType>('practice');
  const [error, setError] = useState<string | null>(null);
  const add = useAddSuggestion();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (title.trim() === '') return setError('Write the idea first.');
    add.mutate({ themeSlug, type, title }, { onSuccess: () => setTitle(''), onError: (err) => setError(errorMessage(err)) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Group gap={4} align="flex-end" wrap="wrap">
        <TextInput size="xs" style={{ flex: 1, minWidth: 180 }} label="Your own idea" value={title} onChange={(e) => { setTitle(e.currentTarget.value); setError(null); }} error={error} />
        <NativeSelect size="xs" label="Type" value={type} onChange={(e) => setType(e.currentTarget.value as ActionType)} data={ACTION_TYPES.map((t) => ({ value: t, label: ACTION_TYPE_LABELS[t] }))} />
        <Button type="submit" size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} loading={add.isPending}>Add idea</Button>
      </Group>
    </form>
  );
}

/** A recurring theme: why it ranks here, ideas to adopt (editable), and the debriefs behind it. */
export function ThemeCard({ theme, onAdopt }: { theme: PlanTheme; onAdopt: (s: PlanSuggestion | null) => void }) {
  const [editing, setEditing] = useState(false);
  return (
    <Card withBorder padding="md" component="li" data-testid="plan-theme" aria-label={theme.label}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="xs" wrap="wrap">
            <Badge variant="filled" color="grape" circle aria-label={`Rank ${theme.rank}`}>{theme.rank}</Badge>
            <Title order={3} size="h5">{theme.label}</Title>
            {theme.recurring ? <Badge variant="light" color="grape" tt="none">Recurring</Badge> : null}
            {theme.actions > 0 ? <Badge variant="light" color="teal" tt="none">{plural(theme.actions, 'action')}</Badge> : null}
          </Group>
        </Group>
        <Text size="sm" data-testid="plan-theme-why">{theme.why}</Text>
        {theme.description ? <Text size="xs" c="dimmed">{theme.description}</Text> : null}
        {editing ? (
          <Stack gap={6}>
            {theme.suggestions.map((s) => <EditableSuggestion key={s.id} s={s} />)}
            <NewSuggestion themeSlug={theme.slug} />
            <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => setEditing(false)}>Done editing ideas</Button>
          </Stack>
        ) : (
          <Stack gap={4}>
            <Text size="sm" fw={600}>Ideas</Text>
            {theme.suggestions.length === 0 ? <Text size="sm" c="dimmed">No ideas left for this theme. Add your own, or write an action.</Text> : null}
            <List size="sm" spacing={6} listStyleType="none" pl={0}>
              {theme.suggestions.map((s) => (
                <List.Item key={s.id}>
                  <Group gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
                    <Text size="sm">
                      {s.title} <Text span size="xs" c="dimmed">· {ACTION_TYPE_LABELS[s.type]}</Text>
                    </Text>
                    <Button size="compact-xs" variant="light" onClick={() => onAdopt(s)} aria-label={`Adopt: ${s.title}`} style={{ flexShrink: 0 }}>Adopt</Button>
                  </Group>
                </List.Item>
              ))}
            </List>
            <Group gap="xs">
              <Button variant="subtle" size="compact-sm" onClick={() => onAdopt(null)}>Write your own action</Button>
              <Button variant="subtle" size="compact-sm" color="gray" onClick={() => setEditing(true)}>Edit ideas</Button>
            </Group>
          </Stack>
        )}
        <Evidence items={theme.evidence} what={theme.label} />
      </Stack>
    </Card>
  );
}
