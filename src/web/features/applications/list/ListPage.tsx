import { Badge, Button, Group, Pagination, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/QueryState';
import { plural } from '../../../components/format';
import { useToday } from '../../settings/api';
import { useApplicationList } from '../api';
import { ApplicationTable } from './ApplicationTable';
import { ListFilters } from './ListFilters';
import { PAGE_SIZE, activeFilterCount, hasFilters, toApiQuery, useListParams } from './use-list-params';

export function ListPage() {
  const [params, update] = useListParams();
  const today = useToday();
  const list = useApplicationList(toApiQuery(params));
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;
  const [filtersOpen, filters] = useDisclosure(false);
  const active = activeFilterCount(params);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Applications</Title>
          <Text c="dimmed" size="sm" aria-live="polite" data-testid="list-total">
            {list.data ? `${plural(list.data.total, 'application')}${hasFilters(params) ? ' match these filters' : ''}` : ' '}
          </Text>
        </div>
        <Button component={Link} to="/applications/new" variant="light" leftSection={<IconPlus size={18} aria-hidden />}>
          New application
        </Button>
      </Group>
      {/* The filters show beside the list from 48em; on a phone they fold behind a button, so that the list is on
          the first screen. Chosen by the stylesheet rather than by script: the server draws the page for every width. */}
      <div>
        <Button
          hiddenFrom="sm"
          variant="default"
          leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden />}
          rightSection={
            active > 0 ? (
              <Badge size="sm" circle data-testid="filters-count">
                {active}
                <VisuallyHidden> active</VisuallyHidden>
              </Badge>
            ) : null
          }
          aria-expanded={filtersOpen}
          aria-controls="list-filters"
          onClick={filters.toggle}
          data-testid="filters-toggle"
          mb={filtersOpen ? 'xs' : 0}
        >
          Filters
        </Button>
        <Paper withBorder p="md" id="list-filters" className={filtersOpen ? undefined : 'folded-on-phone'}>
          <ListFilters params={params} update={update} />
        </Paper>
      </div>
      {list.isPending ? <LoadingState label="Loading applications" /> : null}
      {list.isError ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? (
        <Paper withBorder p="xl" ta="center">
          <Text fw={500}>No applications here.</Text>
          <Text c="dimmed" size="sm">
            {hasFilters(params) ? 'Try fewer filters.' : 'Add your first application to get started.'}
          </Text>
        </Paper>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <Paper withBorder p={0} style={{ overflow: 'hidden' }}>
          <ApplicationTable
            items={list.data.items}
            today={today}
            sort={{ key: params.sort, order: params.order }}
            onSort={(next) => update({ sort: next.key, order: next.order })}
          />
        </Paper>
      ) : null}
      {pages > 1 ? (
        <Group justify="center">
          <Pagination
            total={pages}
            value={params.page}
            onChange={(page) => update({ page })}
            getItemProps={(page) => ({ 'aria-label': `Page ${page}` })}
            getControlProps={(control) => ({ 'aria-label': `${control[0]?.toUpperCase()}${control.slice(1)} page` })}
            aria-label="Pages"
          />
        </Group>
      ) : null}
    </Stack>
  );
}
