import { Badge, Blockquote, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconPencil, IconPlus, IconX } from '@tabler/icons-react';
import { useId } from 'react';
import type { MailProposal } from '../../../contracts/mail.js';
import { STAGE_LABELS } from '../../../domain/applications/stages.js';
import { StageBadge } from '../../components/StageBadge';
import { formatDay } from '../../components/format';

const KIND_LABELS: Record<MailProposal['kind'], string> = {
  rejection: 'Rejection',
  on_hold: 'On hold',
  application_received: 'Application received',
  interview_invite: 'Interview invitation',
  assessment_invite: 'Assessment invitation',
  offer: 'Offer',
  other: 'Other',
};

export interface ProposalActions {
  onAccept: () => void;
  onEdit: () => void;
  onDismiss: () => void;
  busy: boolean;
}

export function ProposalCard({ proposal: p, actions }: { proposal: MailProposal; actions: ProposalActions }) {
  const headingId = useId();
  const sender = p.message.fromName ? `${p.message.fromName} <${p.message.from ?? ''}>` : (p.message.from ?? 'Unknown sender');
  const sentences = [...new Set(p.evidence.flatMap((e) => e.sentences))].slice(0, 3);
  const subject = p.message.subject ?? '(no subject)';
  return (
    <Paper component="article" withBorder p="md" radius="md" aria-labelledby={headingId} data-testid="proposal">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div style={{ minWidth: 0, flex: '1 1 16rem' }}>
            <Title order={3} size="h5" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {subject}
            </Title>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {sender} · {formatDay(p.occurredOn)}
            </Text>
          </div>
          <Badge variant="light" color="gray">
            {KIND_LABELS[p.kind]}
          </Badge>
        </Group>

        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={500}>
            Proposed:
          </Text>
          {p.action === 'note' ? <Badge variant="outline">Add a note</Badge> : p.stage ? <StageBadge stage={p.stage} /> : null}
          <Text size="sm">
            {p.application ? (
              <>
                for <strong>{p.application.title}</strong> at <strong>{p.application.company}</strong> (now {STAGE_LABELS[p.application.status]})
              </>
            ) : (
              <>
                for a new application: <strong>{p.proposedTitle ?? 'Unknown role'}</strong> at <strong>{p.proposedCompany ?? '?'}</strong>
              </>
            )}
          </Text>
        </Group>

        {p.application ? (
          <div>
            <Text size="sm" c="dimmed">
              Match {Math.round(p.score * 100)}% because:
            </Text>
            <List size="sm" spacing={2}>
              {p.reasons.map((r) => (
                <List.Item key={r}>{r}</List.Item>
              ))}
            </List>
          </div>
        ) : (
          <Text size="sm" c="dimmed">
            No application matches this company yet.
          </Text>
        )}

        {sentences.length > 0 ? (
          <Blockquote p="xs" color="gray" aria-label="What the message says" styles={{ root: { fontSize: 'var(--mantine-font-size-sm)' } }}>
            {sentences.map((s) => (
              <Text key={s} size="sm" component="p" m={0}>
                {s}
              </Text>
            ))}
          </Blockquote>
        ) : null}

        <Group gap="xs" wrap="wrap">
          <Button
            size="sm"
            leftSection={p.application ? <IconCheck size={16} aria-hidden /> : <IconPlus size={16} aria-hidden />}
            onClick={actions.onAccept}
            loading={actions.busy}
            aria-label={`${p.application ? 'Accept' : 'Create application'}: ${subject}`}
          >
            {p.application ? 'Accept' : 'Create application'}
          </Button>
          <Button size="sm" variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={actions.onEdit} aria-label={`Edit: ${subject}`}>
            Edit
          </Button>
          <Button size="sm" variant="subtle" color="gray" leftSection={<IconX size={16} aria-hidden />} onClick={actions.onDismiss} aria-label={`Dismiss: ${subject}`} disabled={actions.busy}>
            Dismiss
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
