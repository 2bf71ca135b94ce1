import { CloseButton, Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { useReducedMotion } from '@mantine/hooks';
import { IconConfetti } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { Win } from '../../../contracts/momentum.js';
import { useMarkCelebrated } from './api';
import classes from './home.module.css';

/**
 * A gentle celebration of a new win: a card that settles in, once. Without
 * motion when the system asks for reduced motion; never when turned off in
 * settings (the server sends no win to celebrate then).
 */
export function Celebration({ win, alsoSeen }: { win: Win; alsoSeen: string[] }) {
  const reduced = useReducedMotion();
  const mark = useMarkCelebrated();
  const [open, setOpen] = useState(true);
  const marked = useRef(false);
  useEffect(() => {
    if (marked.current) return;
    marked.current = true;
    // One celebration at a time: the other new wins are shown in the list, quietly.
    mark.mutate([win.id, ...alsoSeen]);
  }, [mark, win.id, alsoSeen]);
  if (!open) return null;
  return (
    <Paper withBorder p="md" className={`${classes.celebration ?? ''} ${reduced ? '' : (classes.pop ?? '')}`} role="status" data-testid="celebration" data-motion={reduced ? 'none' : 'gentle'}>
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <ThemeIcon size={36} radius="xl" color="yellow" variant="light" aria-hidden>
          <IconConfetti size={20} className={reduced ? undefined : classes.sparkle} />
        </ThemeIcon>
        <div style={{ flex: 1 }}>
          <Text fw={600}>A win worth noticing: {win.title}</Text>
          {win.note ? (
            <Text size="sm" c="dimmed">
              {win.note}
            </Text>
          ) : null}
        </div>
        <CloseButton aria-label="Close the celebration" onClick={() => setOpen(false)} />
      </Group>
    </Paper>
  );
}
