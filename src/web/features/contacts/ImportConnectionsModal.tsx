import { Alert, Button, FileInput, Group, List, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import type { LinkedInImport } from '../../../contracts/contacts.js';
import { errorMessage } from '../../api/client';
import { formatDay, plural } from '../../components/format';
import { useImportConnections } from './api';

const CHANGE_WORDS = { add: 'New', update: 'Updated', same: 'Unchanged' } as const;

/** Pick Connections.csv, see what it would change, then import. */
export function ImportConnectionsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<LinkedInImport | null>(null);
  const run = useImportConnections();
  const close = () => {
    setFile(null);
    setPreview(null);
    run.reset();
    onClose();
  };
  const choose = (f: File | null) => {
    setFile(f);
    setPreview(null);
    run.reset();
    if (f) run.mutate({ file: f, apply: false }, { onSuccess: setPreview });
  };
  const apply = () => {
    if (!file) return;
    run.mutate(
      { file, apply: true },
      {
        onSuccess: (r) => {
          notifications.show({ message: `Imported: ${r.added} new, ${r.updated} updated.` });
          close();
        },
      },
    );
  };
  const nothing = preview !== null && preview.added + preview.updated === 0;

  return (
    <Modal opened={opened} onClose={close} title="Import LinkedIn connections" size="lg" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack gap="sm">
        <Text size="sm">
          On LinkedIn, open Settings → Data privacy → Get a copy of your data, and choose Connections. Pick the Connections.csv file you receive. You
          will see what changes before anything is saved; importing a newer file later updates people rather than adding them twice.
        </Text>
        <FileInput label="Connections.csv" placeholder="Choose the file" accept=".csv,text/csv" value={file} onChange={choose} leftSection={<IconFileTypeCsv size={18} aria-hidden />} clearable clearButtonProps={{ 'aria-label': 'Remove the chosen file' }} />
        {run.isPending && !preview ? <Text size="sm" c="dimmed">Reading the file…</Text> : null}
        {run.isError ? <Alert color="red" title="This file could not be used">{errorMessage(run.error)}</Alert> : null}
        {preview ? (
          <Stack gap="xs" data-testid="import-preview">
            <Text fw={500}>
              {plural(preview.rows, 'connection')} in the file: {preview.added} new, {preview.updated} updated, {preview.unchanged} unchanged
              {preview.skipped ? `, ${preview.skipped} left out` : ''}.
            </Text>
            <Table.ScrollContainer minWidth={420} type="native">
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Name</Table.Th>
                    <Table.Th scope="col">Company</Table.Th>
                    <Table.Th scope="col">Connected</Table.Th>
                    <Table.Th scope="col">Change</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.sample.map((s, i) => (
                    <Table.Tr key={`${s.name}-${i}`}>
                      <Table.Td>{s.name}</Table.Td>
                      <Table.Td>{s.company ?? '—'}</Table.Td>
                      <Table.Td>{formatDay(s.connectedOn)}</Table.Td>
                      <Table.Td>{CHANGE_WORDS[s.change]}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {preview.problems.length ? (
              <List size="sm">
                {preview.problems.map((p) => (
                  <List.Item key={p}>{p}</List.Item>
                ))}
              </List>
            ) : null}
            {nothing ? <Text size="sm">Your contacts already match this file: there is nothing to change.</Text> : null}
          </Stack>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>Cancel</Button>
          <Button onClick={apply} disabled={!preview || nothing} loading={run.isPending && !!preview}>
            {preview ? `Import ${plural(preview.added + preview.updated, 'change')}` : 'Import'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
