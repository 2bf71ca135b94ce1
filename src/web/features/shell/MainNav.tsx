import { NavLink, Stack } from '@mantine/core';
import {
  IconApi,
  IconBook2,
  IconAddressBook,
  IconBuilding,
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

const ITEMS: Item[] = [
  { to: '/', label: 'Home', icon: IconHome },
  { to: '/board', label: 'Board', icon: IconLayoutKanban },
  { to: '/applications', label: 'Applications', icon: IconList },
  { to: '/agenda', label: 'Agenda', icon: IconCalendarDue },
  { to: '/contacts', label: 'Contacts', icon: IconAddressBook },
  { to: '/insights', label: 'Insights', icon: IconChartSankey },
  { to: '/companies', label: 'Companies', icon: IconBuilding },
  { to: '/journal', label: 'Journal', icon: IconNotebook },
  { to: '/questions', label: 'Question bank', icon: IconMessageQuestion },
  { to: '/practice', label: 'Practice', icon: IconCards },
  { to: '/import', label: 'Import', icon: IconFileImport },
  { to: '/stories', label: 'Story bank', icon: IconBook2 },
  { to: '/plan', label: 'Growth plan', icon: IconTargetArrow },
  { to: '/import-mail', label: 'Import mail', icon: IconMailDown },
  { to: '/settings', label: 'Settings', icon: IconSettings },
];

function isActive(pathname: string, to: string): boolean {
  if (to === '/') return pathname === '/';
  return pathname === to || (pathname.startsWith(`${to}/`) && pathname !== '/applications/new');
}

export function MainNav() {
  const { pathname } = useLocation();
  const session = useSession();
  const hosted = session.data?.mode === 'hosted' ? [{ to: '/org', label: 'Organisations', icon: IconUsersGroup }] : [];
  const items = session.data?.account?.role === 'admin' ? [...ITEMS, ...hosted, { to: '/admin', label: 'Administration', icon: IconShieldLock }] : [...ITEMS, ...hosted];
  return (
    <Stack gap={4}>
      {items.map(({ to, label, icon: ItemIcon }) => {
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
