import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';

interface UndoToast {
  id: string;
  title: string;
  /** What the toast is about, e.g. "Larkspur Labs — Data Analyst". */
  message: ReactNode;
  onUndo: () => void;
  autoClose?: number;
}

/**
 * A toast with an Undo button. The text wraps freely and the button keeps its
 * whole size: it moves under the text when the line is too short for both.
 */
export function showUndoToast({ id, title, message, onUndo, autoClose = 10_000 }: UndoToast): void {
  notifications.show({
    id,
    title,
    autoClose,
    message: (
      <Group justify="space-between" align="center" gap="xs" wrap="wrap" data-testid="undo-toast">
        <Text size="sm" style={{ flex: '1 1 10rem', minWidth: 0, overflowWrap: 'anywhere' }}>
          {message}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          style={{ flex: 'none' }}
          onClick={() => {
            notifications.hide(id);
            onUndo();
          }}
        >
          Undo
        </Button>
      </Group>
    ),
  });
}
