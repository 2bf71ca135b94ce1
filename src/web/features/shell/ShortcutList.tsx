import { Group, Kbd, Table, Text } from '@mantine/core';

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

/** The keyboard shortcuts, shown by "?" (features/shell/Shortcuts.tsx). */
export function ShortcutList() {
  return (
    <>
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
    </>
  );
}
