import { Anchor, Button, Collapse, List, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { PlanEvidence } from '../../../contracts/plan.js';
import { STAGE_REACHED_LABELS } from '../../../domain/debrief/stage-reached.js';
import { formatDay, plural } from '../../components/format';

/** The rejections, feedback and reflections behind a theme or an action, one click away. */
export function Evidence({ items, what }: { items: readonly PlanEvidence[]; what: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (items.length === 0) return null;
  return (
    <Stack gap={4}>
      <Button variant="subtle" size="compact-sm" px={4} w="fit-content" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}
        leftSection={open ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}>
        Evidence: {plural(items.length, 'debrief')}
        <VisuallyHidden> behind {what}</VisuallyHidden>
      </Button>
      <Collapse in={open}>
        <List id={id} size="sm" spacing={6} listStyleType="none" pl={4}>
          {items.map((e) => (
            <List.Item key={e.applicationId}>
              <Anchor component={Link} to={`/applications/${e.applicationId}/debrief`} size="sm" underline="always">
                {e.company} — {e.title}
              </Anchor>
              <Text span size="xs" c="dimmed">
                {' '}· rejected {formatDay(e.rejectedOn)} at the {STAGE_REACHED_LABELS[e.stage].toLowerCase()} stage
              </Text>
              {e.excerpts.map((x, i) => (
                <Text key={i} size="xs" c="dimmed" fs="italic" lineClamp={3}>
                  {x.kind === 'feedback' ? 'Feedback' : 'Your reflection'}: “{x.text}”
                </Text>
              ))}
            </List.Item>
          ))}
        </List>
      </Collapse>
    </Stack>
  );
}
