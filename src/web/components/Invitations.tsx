import { ActionIcon, Alert, Button, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** A small button that copies `value`, saying so in its tooltip. */
export function CopyValue({ value, label }: { value: string; label: string }) {
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? 'Copied' : label}>
          <ActionIcon variant="subtle" onClick={copy} aria-label={label}>
            {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

/** The link of an invitation just made: shown once, with a copy button and how long it works. */
export function FreshInvitation({ url, title, validity, testId }: { url: string; title: string; validity: string; testId: string }) {
  return (
    <Alert color="sage" role="status" title={title}>
      <Group gap="xs" wrap="nowrap">
        <Text size="sm" style={{ wordBreak: 'break-all' }} data-testid={testId}>
          {url}
        </Text>
        <CopyValue value={url} label="Copy the invitation link" />
      </Group>
      <Text size="xs" mt={4}>
        This link is shown once. {validity}
      </Text>
    </Alert>
  );
}

export interface InvitationRow {
  id: string;
  /** What the row says: who it is for and where it stands. */
  label: ReactNode;
  /** Who or what it is for, named in the confirmation. */
  name: string;
  /** False once it can no longer be withdrawn (used). */
  withdrawable: boolean;
}

/** The invitations made so far, each with Withdraw (asked once more) while it still can be. */
export function InvitationList({ rows, onWithdraw }: { rows: InvitationRow[] | undefined; onWithdraw: (id: string) => void }) {
  const confirm = (r: InvitationRow) =>
    modals.openConfirmModal({
      title: `Withdraw the invitation for ${r.name}?`,
      children: <Text size="sm">The link stops working at once. You can make a new invitation at any time.</Text>,
      labels: { confirm: 'Withdraw', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () => onWithdraw(r.id),
    });
  if (!rows || rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No invitations yet.
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      {rows.map((r) => (
        <Group key={r.id} justify="space-between" wrap="nowrap">
          <Text size="sm">{r.label}</Text>
          {r.withdrawable ? (
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => confirm(r)}>
              Withdraw
            </Button>
          ) : null}
        </Group>
      ))}
    </Stack>
  );
}

/** Where an invitation stands: used, expired, or open until its last day. */
export function invitationState(i: { usedAt: string | null; expiresAt: string }, now = new Date()): string {
  if (i.usedAt) return `used ${shortDay(i.usedAt)}`;
  return new Date(i.expiresAt) < now ? 'expired' : `open until ${shortDay(i.expiresAt)}`;
}

export const shortDay = (iso: string) => new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
