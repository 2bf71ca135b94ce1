import { ActionIcon, Menu } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useState } from 'react';
import { STAGES, STAGE_LABELS, type Stage } from '../../../domain/applications/stages.js';

interface Props {
  label: string;
  current: Stage;
  onMove: (to: Stage) => void;
}

/**
 * "Move to…": the keyboard (and one-hand phone) way to change a card's column.
 * The menu (a floating dropdown with its listeners) is built the first time
 * the button is pressed, opened: a board draws hundreds of these buttons, and
 * building every menu up front was a large part of drawing it.
 */
export function MoveMenu({ label, current, onMove }: Props) {
  const [built, setBuilt] = useState(false);
  const button = (onClick?: () => void) => (
    <ActionIcon
      variant="subtle"
      color="gray"
      size="sm"
      className="touch-target"
      aria-label={`Move ${label} to…`}
      aria-haspopup="menu"
      data-testid="move-menu"
      onClick={onClick}
    >
      <IconArrowsExchange size={16} aria-hidden />
    </ActionIcon>
  );
  if (!built) return button(() => setBuilt(true));
  return (
    <Menu position="bottom-end" withinPortal shadow="md" defaultOpened>
      <Menu.Target>{button()}</Menu.Target>
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
