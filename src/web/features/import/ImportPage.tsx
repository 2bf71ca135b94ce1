import { Alert, Anchor, Button, FileInput, Group, List, Paper, Progress, Radio, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ImportPreview, ImportResult } from '../../../contracts/import.js';
import { STAGE_LABELS, STAGES, type Stage } from '../../../domain/applications/stages.js';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, PRESET_IDS, PRESETS, statusKey, type ImportField, type PresetId } from '../../../domain/import/index.js';
import { errorMessage } from '../../api/client';
import { SideScroll } from '../../components/SideScroll';
import { useDocumentTitle } from '../../components/use-document-title';
import { useRefreshApplications } from '../applications/api';
import { fileToBase64, runImport, useDryRun, usePreview } from './api';

const fieldOptions = [{ value: '', label: '— leave out' }, ...IMPORT_FIELDS.map((f) => ({ value: f, label: IMPORT_FIELD_LABELS[f] }))];
const stageOptions = STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }));
const presetOptions = PRESET_IDS.map((p) => ({ value: p, label: PRESETS[p].label }));
const rows = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const DELIMITERS: Record<string, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' };

export function ImportPage() {
  useDocumentTitle('Import applications');
  const refreshApps = useRefreshApplications();
  const preview = usePreview();
  const dryRun = useDryRun();
  const [file, setFile] = useState<File | null>(null);
  const [data, setData] = useState<string | null>(null);
  const [layout, setLayout] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<(ImportField | null)[]>([]);
  const [words, setWords] = useState<Record<string, Stage>>({});
  const [mode, setMode] = useState<'valid' | 'all'>('valid');
  const [progress, setProgress] = useState<number | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const options = () => ({ mapping, statusMap: words, preset: layout?.preset });

  const choose = async (f: File | null) => {
    setFile(f);
    setLayout(null);
    setDone(null);
    setError(null);
    dryRun.reset();
    if (!f) return;
    const encoded = await fileToBase64(f);
    setData(encoded);
    preview.mutate({ file: encoded }, { onSuccess: (p) => { setLayout(p); setMapping(p.mapping); setWords({}); }, onError: (e) => setError(errorMessage(e)) });
  };

  const changePreset = (preset: PresetId) => {
    if (!data) return;
    preview.mutate({ file: data, preset }, { onSuccess: (p) => { setLayout(p); setMapping(p.mapping); dryRun.reset(); } });
  };

  const check = () => {
    if (!data) return;
    setError(null);
    dryRun.mutate({ file: data, ...options() }, { onError: (e) => setError(errorMessage(e)) });
  };

  const start = async () => {
    if (!data || !layout) return;
    setError(null);
    setProgress(0);
    try {
      const result = await runImport({ file: data, ...options(), mode }, (rows) => setProgress(rows));
      setDone(result);
      await refreshApps();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setProgress(null);
    }
  };

  const unknown = layout?.statusWords.filter((w) => w.stage === null) ?? [];
  const planned = dryRun.data;
  const total = layout?.rows ?? 0;

  return (
    <Stack maw={960} gap="md">
      <Title order={1}>Import applications</Title>
      <Text c="dimmed">
        Bring in the search you already have: a spreadsheet, LinkedIn’s “Job Applications.csv”, or an export from Huntr or JobSync. You’ll see what
        will happen before anything changes, and importing the same file again adds nothing.
      </Text>
      {error ? (
        <Alert color="red" role="alert" title="That did not work">
          {error}
        </Alert>
      ) : null}
      <Paper withBorder p="lg" component="section" aria-labelledby="step-file">
        <Stack gap="sm">
          <Title order={2} size="h4" id="step-file">
            1. Choose a CSV file
          </Title>
          <FileInput
            label="CSV file"
            placeholder="Pick a .csv or .txt file"
            accept=".csv,.tsv,.txt,text/csv"
            value={file}
            onChange={(f) => void choose(f)}
            leftSection={<IconFileTypeCsv size={18} aria-hidden />}
            clearable
            clearButtonProps={{ 'aria-label': 'Remove the chosen file' }}
          />
          {preview.isPending ? <Text size="sm">Reading the file…</Text> : null}
          {layout ? (
            <Text size="sm">
              {rows(layout.rows, 'row', 'rows')}, separated by {DELIMITERS[layout.delimiter]}, {layout.encoding.toUpperCase()}.{' '}
              {layout.remembered ? 'We used the columns you matched last time for this layout.' : null}
            </Text>
          ) : null}
        </Stack>
      </Paper>

      {layout ? (
        <Paper withBorder p="lg" component="section" aria-labelledby="step-map">
          <Stack gap="sm">
            <Title order={2} size="h4" id="step-map">
              2. Match the columns
            </Title>
            <Select label="This file is" data={presetOptions} value={layout.preset} onChange={(v) => v && changePreset(v as PresetId)} allowDeselect={false} maw={360} />
            <SideScroll label="Columns of the file">
              <Table withTableBorder striped miw={560}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Column</Table.Th>
                    <Table.Th>Goes to</Table.Th>
                    <Table.Th>First row</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {layout.headers.map((h, i) => (
                    <Table.Tr key={`${h}-${i}`}>
                      <Table.Td>{h || `(column ${i + 1})`}</Table.Td>
                      <Table.Td miw={200}>
                        <Select
                          aria-label={`Field for column ${h || i + 1}`}
                          data={fieldOptions}
                          value={mapping[i] ?? ''}
                          onChange={(v) => {
                            setMapping(mapping.map((m, j) => (j === i ? ((v || null) as ImportField | null) : m)));
                            dryRun.reset();
                          }}
                          allowDeselect={false}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" lineClamp={2}>
                          {layout.sample[0]?.[i] ?? ''}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </SideScroll>
            {unknown.length > 0 ? (
              <Stack gap="xs">
                <Text fw={600}>Your status words</Text>
                <Text size="sm" c="dimmed">
                  Tell us once what each word means; Debrief remembers it for your next file.
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {unknown.map((w) => (
                    <Select
                      key={w.word}
                      label={`“${w.word}” (${w.rows} row${w.rows === 1 ? '' : 's'})`}
                      placeholder="Choose a stage"
                      data={stageOptions}
                      value={words[statusKey(w.word)] ?? null}
                      onChange={(v) => {
                        setWords({ ...words, [statusKey(w.word)]: v as Stage });
                        dryRun.reset();
                      }}
                    />
                  ))}
                </SimpleGrid>
              </Stack>
            ) : null}
            <Group>
              <Button onClick={check} loading={dryRun.isPending}>
                Check what will happen
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}

      {planned && !done ? (
        <Paper withBorder p="lg" component="section" aria-labelledby="step-check">
          <Stack gap="sm">
            <Title order={2} size="h4" id="step-check">
              3. Check and import
            </Title>
            <List>
              <List.Item>{rows(planned.created, 'new application', 'new applications')}</List.Item>
              <List.Item>{planned.updated} already tracked, updated with what the file adds</List.Item>
              <List.Item>{planned.skipped} already tracked, left as they are</List.Item>
              <List.Item>{rows(planned.problemCount, 'row with a problem', 'rows with a problem')}</List.Item>
            </List>
            {planned.problemCount > 0 ? (
              <>
                <Alert color="yellow" title="Some rows cannot be imported">
                  <List size="sm">
                    {planned.problems.slice(0, 12).map((p) => (
                      <List.Item key={p.line}>
                        Line {p.line}: {p.reason}
                      </List.Item>
                    ))}
                  </List>
                  {planned.problemCount > 12 ? <Text size="sm">…and {planned.problemCount - 12} more.</Text> : null}
                </Alert>
                <Radio.Group label="What should happen?" value={mode} onChange={(v) => setMode(v as 'valid' | 'all')}>
                  <Stack gap={6} mt={6}>
                    <Radio value="valid" label={`Import the ${rows(planned.created + planned.updated, 'valid row', 'valid rows')}, leave the others out`} />
                    <Radio value="all" label="Import nothing until every row is fixed" />
                  </Stack>
                </Radio.Group>
              </>
            ) : null}
            {progress !== null ? (
              <Stack gap={4}>
                <Progress value={total ? Math.min(100, (progress / total) * 100) : 0} animated aria-label="Import progress" />
                <Text size="sm">
                  {progress} of {total} rows
                </Text>
              </Stack>
            ) : null}
            <Group>
              <Button onClick={() => void start()} loading={progress !== null} disabled={planned.created + planned.updated === 0 || (mode === 'all' && planned.problemCount > 0)}>
                Import
              </Button>
              {planned.created + planned.updated === 0 ? <Text size="sm">Nothing new: everything in this file is already in your tracker.</Text> : null}
            </Group>
          </Stack>
        </Paper>
      ) : null}

      {done ? (
        <Alert color="sage" title={done.imported ? 'Your applications are in' : 'Nothing was imported'} role="status">
          {done.created} added, {done.updated} updated, {done.skipped} already there.{' '}
          <Anchor component={Link} to="/board">
            See them on the board
          </Anchor>
        </Alert>
      ) : null}
    </Stack>
  );
}
