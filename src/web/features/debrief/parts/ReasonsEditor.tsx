import { Badge, Card, Checkbox, Group, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  REASONS,
  REJECTION_REASONS,
  reframeFor,
  type Control,
  type RejectionReason,
} from '../../../../domain/debrief/reasons.js';

export interface ReasonChoice {
  reason: RejectionReason;
  control: Control;
}

interface Props {
  value: ReasonChoice[];
  onChange: (value: ReasonChoice[]) => void;
  /** Reasons the reader suggested, to show a small "suggested" badge. */
  suggested?: readonly RejectionReason[];
}

/**
 * Reasons for the rejection, each marked within or outside the seeker's
 * control (a default per reason, always editable). Outside-control reasons
 * carry a short reframe.
 */
export function ReasonsEditor({ value, onChange, suggested = [] }: Props) {
  const chosen = new Map(value.map((c) => [c.reason, c.control]));
  const setControl = (reason: RejectionReason, control: Control) =>
    onChange(value.map((c) => (c.reason === reason ? { ...c, control } : c)));

  return (
    <Stack gap="sm">
      <Checkbox.Group
        label="Why did they say no?"
        description="Tick what the message says, or what you know. Leave it empty if you are not sure."
        value={value.map((c) => c.reason)}
        onChange={(ids) => {
          const next = ids.filter((id): id is RejectionReason => (REJECTION_REASONS as readonly string[]).includes(id));
          const kept = value.filter((c) => next.includes(c.reason));
          const added = next
            .filter((r) => !chosen.has(r))
            .map((reason) => ({ reason, control: REASONS[reason].control }));
          onChange([...kept, ...added]);
        }}
      >
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={8} verticalSpacing={8} mt="xs">
          {REJECTION_REASONS.map((r) => (
            <Checkbox
              key={r}
              value={r}
              label={
                <Group gap={6} wrap="wrap">
                  <span>{REASONS[r].label}</span>
                  {suggested.includes(r) ? (
                    <Badge size="xs" color="yellow" aria-label="suggested by the reader">
                      suggested
                    </Badge>
                  ) : null}
                </Group>
              }
              description={REASONS[r].help}
            />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      {value.map(({ reason, control }) => {
        const reframe = control === 'outside' ? reframeFor(reason) : null;
        return (
          <Card key={reason} padding="sm" data-testid={`reason-${reason}`}>
            <Stack gap={6}>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Text fw={600} size="sm" id={`reason-${reason}-name`}>
                  {REASONS[reason].label}
                </Text>
                <SegmentedControl
                  size="xs"
                  value={control}
                  onChange={(v) => setControl(reason, v === 'within' ? 'within' : 'outside')}
                  aria-labelledby={`reason-${reason}-name`}
                  data={[
                    { value: 'within', label: 'Within my control' },
                    { value: 'outside', label: 'Outside my control' },
                  ]}
                />
              </Group>
              {reframe ? (
                <Text size="sm" c="dimmed" data-testid="reframe">
                  {reframe}
                </Text>
              ) : control === 'outside' ? (
                <Text size="sm" c="dimmed" data-testid="reframe">
                  You marked this as outside your control. Then it is not yours to carry.
                </Text>
              ) : (
                <Text size="sm" c="dimmed">
                  Something you can work on, if you want to. The lessons step will help you pick what matters.
                </Text>
              )}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
