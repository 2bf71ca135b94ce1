import { Card, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { checkInSupport, type Feeling, type Mood } from '../../../../domain/debrief/checkin.js';

/** A gentle word after the check-in: rest and someone to talk to when the mood is low. Never blocks. */
export function SupportCard({ mood, feelings }: { mood: Mood; feelings: readonly Feeling[] }) {
  const support = checkInSupport(mood, feelings);
  const low = support.level === 'low';
  return (
    <Card
      role="note"
      aria-label="A word before you go on"
      data-testid="support-card"
      bg={low ? 'var(--mantine-color-sage-light)' : undefined}
      padding="md"
    >
      <Stack gap="xs">
        <Title order={3} size="h5" style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <ThemeIcon variant="light" size="md" radius="xl" aria-hidden>
            <IconHeartHandshake size={16} />
          </ThemeIcon>
          {low ? 'Go easy on yourself today' : 'Thanks for checking in'}
        </Title>
        <Text size="sm">{support.message}</Text>
        <List spacing={6} size="sm">
          {support.suggestions.map((s) => (
            <List.Item key={s.id}>
              <Text span fw={600} size="sm">
                {s.title}.
              </Text>{' '}
              {s.text}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
