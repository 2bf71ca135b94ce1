import { Badge, type BadgeProps } from '@mantine/core';
import { STAGE_LABELS, type Stage } from '../../domain/applications/stages.js';
import { STAGE_COLORS } from './stage-colors';

/** A stage's name in its colour, always shown whole (it never shrinks to "INT…"). */
export function StageBadge({ stage, ...props }: { stage: Stage } & Omit<BadgeProps, 'color'>) {
  return (
    <Badge color={STAGE_COLORS[stage]} data-testid="status-badge" className="stage-badge" {...props}>
      {STAGE_LABELS[stage]}
    </Badge>
  );
}
