import { Button, Grid, MultiSelect, Select, TextInput } from '@mantine/core';
import { DayInput } from '../../../components/DayInput';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { SORT_KEYS, SOURCES } from '../../../../contracts/application-values.js';
import { STAGES, STAGE_LABELS, isStage } from '../../../../domain/applications/stages.js';
import { useTags } from '../api';
import { SOURCE_LABELS } from '../form/values';
import { hasFilters, type ListParams } from './use-list-params';

const SORT_LABELS: Record<(typeof SORT_KEYS)[number], string> = {
  updated: 'Last updated',
  applied: 'Date applied',
  lastEvent: 'Last news',
  company: 'Company',
  title: 'Job title',
  fit: 'Fit',
  excitement: 'Excitement',
  status: 'Status',
};

const statusOptions = STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }));
const sourceOptions = SOURCES.map((s) => ({ value: s, label: SOURCE_LABELS[s] }));
const sortOptions = SORT_KEYS.map((s) => ({ value: s, label: SORT_LABELS[s] }));

interface Props {
  params: ListParams;
  update: (change: Partial<ListParams>) => void;
}

export function ListFilters({ params, update }: Props) {
  const tags = useTags();
  const [q, setQ] = useState(params.q);
  const pushQ = useDebouncedCallback((value: string) => update({ q: value.trim() }), 300);
  useEffect(() => setQ(params.q), [params.q]);

  return (
    <Grid gutter="sm" align="flex-end">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <TextInput
          label="Search"
          placeholder="Company, title, location…"
          type="search"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            pushQ(e.currentTarget.value);
          }}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
        <MultiSelect
          label="Status"
          placeholder={params.status.length ? undefined : 'Any status'}
          data={statusOptions}
          value={params.status}
          onChange={(v) => update({ status: v.filter(isStage) })}
          clearable
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
        <MultiSelect
          label="Source"
          placeholder={params.source.length ? undefined : 'Any source'}
          data={sourceOptions}
          value={params.source}
          onChange={(v) => update({ source: SOURCES.filter((s) => v.includes(s)) })}
          clearable
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4, md: 2 }}>
        <Select
          label="Tag"
          placeholder="Any tag"
          data={(tags.data ?? []).map((t) => ({ value: t.tag, label: `${t.tag} (${t.count})` }))}
          value={params.tag}
          onChange={(v) => update({ tag: v })}
          searchable
          clearable
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 4, md: 2 }}>
        <DayInput label="From" clearable value={params.from} onChange={(v) => update({ from: v })} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 4, md: 2 }}>
        <DayInput label="To" clearable value={params.to} onChange={(v) => update({ to: v })} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 4, md: 2 }}>
        <Select
          label="Sort by"
          data={sortOptions}
          value={params.sort}
          allowDeselect={false}
          onChange={(v) => update({ sort: SORT_KEYS.find((k) => k === v) ?? 'updated' })}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 4, md: 2 }}>
        <Select
          label="Order"
          data={[
            { value: 'desc', label: 'Descending' },
            { value: 'asc', label: 'Ascending' },
          ]}
          value={params.order}
          allowDeselect={false}
          onChange={(v) => update({ order: v === 'asc' ? 'asc' : 'desc' })}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4, md: 2 }}>
        <Button
          variant="subtle"
          fullWidth
          disabled={!hasFilters(params)}
          onClick={() => update({ q: '', status: [], tag: null, source: [], from: null, to: null, noResponse: false })}
        >
          Clear filters
        </Button>
      </Grid.Col>
    </Grid>
  );
}
