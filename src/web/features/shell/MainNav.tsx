import { NavLink, Stack, Text } from '@mantine/core';
import {
  IconApi,
  IconBook2,
  IconAddressBook,
  IconBuilding,
  IconBuildingCommunity,
  IconCalendarDue,
  IconCards,
  IconChartSankey,
  IconHome,
  IconLayoutKanban,
  IconList,
  IconFileImport,
  IconMailDown,
  IconMessageQuestion,
  IconNotebook,
  IconSettings,
  IconTargetArrow,
  IconShieldLock,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { useSession } from '../account/api';

interface Item {
  to: string;
  label: string;
  icon: Icon;
}

/** The menu, in groups that follow the method: the search itself, learning from it, people, bringing data in. */
const GROUPS: { title: string | null; items: Item[] }[] = [
  {
    title: null,
    items: [
      { to: '/', label: 'Home', icon: IconHome },
      { to: '/board', label: 'Board', icon: IconLayoutKanban },
      { to: '/applications', label: 'Applications', icon: IconList },
      { to: '/agenda', label: 'Agenda', icon: IconCalendarDue },
      { to: '/companies', label: 'Companies', icon: IconBuilding },
    ],
  },
  {
    title: 'Learn and grow',
    items: [
      { to: '/insights', label: 'Insights', icon: IconChartSankey },
      { to: '/plan', label: 'Growth plan', icon: IconTargetArrow },
      { to: '/practice', label: 'Practice', icon: IconCards },
      { to: '/questions', label: 'Question bank', icon: IconMessageQuestion },
      { to: '/stories', label: 'Story bank', icon: IconBook2 },
      { to: '/journal', label: 'Journal', icon: IconNotebook },
    ],
  },
  { title: 'People', items: [{ to: '/contacts', label: 'Contacts', icon: IconAddressBook }] },
  {
    title: 'Bring it in',
    items: [
      { to: '/import', label: 'Import', icon: IconFileImport },
      { to: '/import-mail', label: 'Import mail', icon: IconMailDown },
    ],
  },
];


function isActive(pathname: string, to: string): boolean {
  if (to === '/') return pathname === '/';
  return pathname === to || (pathname.startsWith(`${to}/`) && pathname !== '/applications/new');
}

export function MainNav() {
  const { pathname } = useLocation();
  const session = useSession();
  const hosted = session.data?.mode === 'hosted';
  const last: Item[] = [{ to: '/settings', label: 'Settings', icon: IconSettings }];
  if (session.data?.account?.role === 'admin') last.push({ to: '/admin', label: 'Administration', icon: IconShieldLock });
  const coaching: Item[] = [
    { to: '/coach', label: 'Your clients', icon: IconUsersGroup },
    { to: '/org', label: 'Organisations', icon: IconBuildingCommunity },
  ];
  const groups = [...GROUPS, ...(hosted ? [{ title: 'Coaching', items: coaching }] : []), { title: null, items: last }];
  return (
    <Stack gap={4}>
      {groups.map((group, g) => (
        <Stack gap={4} key={group.title ?? `group-${g}`} mt={g === 0 ? 0 : 'xs'}>
          {group.title && (
            <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt={4}>
              {group.title}
            </Text>
          )}
          {group.items.map(({ to, label, icon: ItemIcon }) => {
            const active = isActive(pathname, to);
            return (
              <NavLink
                key={to}
                component={Link}
                to={to}
                label={label}
                active={active}
                aria-current={active ? 'page' : undefined}
                leftSection={<ItemIcon size={18} aria-hidden />}
                variant="light"
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
              />
            );
          })}
        </Stack>
      ))}
      <NavLink
        component="a"
        href="/api/docs"
        label="API reference"
        leftSection={<IconApi size={18} aria-hidden />}
        style={{ borderRadius: 'var(--mantine-radius-md)' }}
      />
    </Stack>
  );
}
