import { Group, Kbd, Modal, Table, Text } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { focusGlobalSearch } from './HeaderSearch';

const SHORTCUTS: { keys: string[]; what: string }[] = [
  { keys: ['n'], what: 'New application' },
  { keys: ['/'], what: 'Search applications' },
  { keys: ['m'], what: 'Move the open application to another stage' },
  { keys: ['e'], what: 'Edit the open application' },
  { keys: ['g', 'h'], what: 'Go to the home page' },
  { keys: ['g', 'b'], what: 'Go to the board' },
  { keys: ['g', 'l'], what: 'Go to the list of applications' },
  { keys: ['g', 'c'], what: 'Go to companies' },
  { keys: ['g', 's'], what: 'Go to settings' },
  { keys: ['?'], what: 'Show these shortcuts' },
];

const GO_TO: Record<string, string> = { h: '/', b: '/board', l: '/applications', c: '/companies', s: '/settings' };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** "g" then a letter within a second navigates (g b board, g l list…). */
function useGoToSequence(go: (path: string) => void): void {
  const pendingSince = useRef(0);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const key = e.key.toLowerCase();
      if (Date.now() - pendingSince.current < 1000 && GO_TO[key]) {
        pendingSince.current = 0;
        e.preventDefault();
        go(GO_TO[key]);
        return;
      }
      pendingSince.current = key === 'g' ? Date.now() : 0;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);
}

export function Shortcuts() {
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const go = (path: string) => void navigate(path);

  useHotkeys([
    ['n', () => go('/applications/new')],
    ['/', () => focusGlobalSearch()],
    ['shift+?', open],
    ['?', open],
  ]);
  useGoToSequence(go);

  return (
    <Modal opened={opened} onClose={close} title="Keyboard shortcuts" centered>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Keys</Table.Th>
            <Table.Th>Action</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {SHORTCUTS.map((s) => (
            <Table.Tr key={s.what}>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {s.keys.map((k, i) => (
                    <Kbd key={i}>{k}</Kbd>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{s.what}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed" mt="sm">
        On the board, focus a card&apos;s drag handle and press Space, then the arrow keys, to move it.
      </Text>
    </Modal>
  );
}
