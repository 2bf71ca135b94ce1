import { ActionIcon, Menu } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { STAGES, STAGE_LABELS, type Stage } from '../../../domain/applications/stages.js';

interface Props {
  label: string;
  current: Stage;
  onMove: (to: Stage) => void;
}

/** "Move to…": the keyboard (and one-hand phone) way to change a card's column. */
export function MoveMenu({ label, current, onMove }: Props) {
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="sm" className="touch-target" aria-label={`Move ${label} to…`} data-testid="move-menu">
          <IconArrowsExchange size={16} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Move to…</Menu.Label>
        {STAGES.filter((s) => s !== current).map((stage) => (
          <Menu.Item key={stage} onClick={() => onMove(stage)}>
            {STAGE_LABELS[stage]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
