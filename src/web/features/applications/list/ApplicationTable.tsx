import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link, useLocation, useNavigate } from 'react-router';
import type { ApplicationSummary, SORT_KEYS } from '../../../../contracts/applications.js';
import { daysAgo, formatDay } from '../../../components/format';
import { SideScroll } from '../../../components/SideScroll';
import { SortableTh } from '../../../components/SortableTh';
import type { SortState } from '../../../components/sorting';
import { StageBadge } from '../../../components/StageBadge';
import { fromHere } from '../detail/back-target';

type SortKey = (typeof SORT_KEYS)[number];

interface Props {
  items: ApplicationSummary[];
  today: string;
  /** The list's sort (done by the server); a column header sets it. */
  sort?: SortState<SortKey>;
  onSort?: (next: SortState<SortKey>) => void;
}

const rating = (n: number | null) => (n == null ? '—' : `${n}/5`);

export function ApplicationTable({ items, today, sort, onSort }: Props) {
  const navigate = useNavigate();
  const th = (label: string, column: SortKey, firstOrder: 'asc' | 'desc') =>
    sort && onSort ? <SortableTh label={label} column={column} sort={sort} onSort={onSort} firstOrder={firstOrder} /> : <Table.Th scope="col">{label}</Table.Th>;
  const location = useLocation();
  const state = fromHere(location);
  return (
    <SideScroll label="Applications table" minWidth={760}>
      <Table highlightOnHover verticalSpacing="sm" data-testid="applications-table">
        <Table.Thead>
          <Table.Tr>
            {th('Company', 'company', 'asc')}
            {th('Job title', 'title', 'asc')}
            {th('Status', 'status', 'asc')}
            {th('Applied', 'applied', 'desc')}
            {th('Last news', 'lastEvent', 'desc')}
            {th('Fit', 'fit', 'desc')}
            {th('Excitement', 'excitement', 'desc')}
            <Table.Th scope="col">Tags</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((app) => (
            <Table.Tr
              key={app.id}
              data-testid="application-row"
              data-application-id={app.id}
              style={{ cursor: 'pointer' }}
              onClick={(e) => {
                if (e.target instanceof HTMLElement && e.target.closest('a')) return;
                void navigate(`/applications/${app.id}`, { state });
              }}
            >
              <Table.Td>{app.company}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/applications/${app.id}`} state={state} fw={500}>
                  {app.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <StageBadge stage={app.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(app.appliedOn)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{daysAgo(app.lastEventOn, today)}</Text>
                {app.noResponse.flagged ? (
                  <Badge color="orange" size="xs" tt="none">
                    no response
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>{rating(app.fit)}</Table.Td>
              <Table.Td>{rating(app.excitement)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {app.tags.map((t) => (
                    <Badge key={t} size="xs" color="gray" tt="none" style={{ overflow: 'visible' }}>
                      {t}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </SideScroll>
  );
}
