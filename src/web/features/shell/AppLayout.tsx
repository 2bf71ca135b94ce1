import { Anchor, AppShell, Burger, Button, Group, ActionIcon, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useLayoutEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { pageTitle, titleForPath } from '../../components/use-document-title';
import { SampleBanner } from '../demo/SampleControls';
import { HeaderSearch } from './HeaderSearch';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { MainNav } from './MainNav';
import { Shortcuts } from './Shortcuts';
import { Logo } from './Logo';

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();

  useEffect(() => close(), [location.pathname, close]);
  // The route's title first; a page that knows more (an application's name) refines it in its own effect.
  useLayoutEffect(() => {
    document.title = pageTitle(titleForPath(location.pathname));
  }, [location.pathname]);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px={{ base: 'sm', sm: 'md' }} justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
            />
            <Anchor component={Link} to="/" c="inherit" underline="never" aria-label="Debrief, go to the home page">
              <Group gap={8} wrap="nowrap">
              <Logo />
              <Text fz={22} fw={700} lh={1}>
                Debrief
              </Text>
              </Group>
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <HeaderSearch at="header" w={280} />
            <Button component={Link} to="/applications/new" leftSection={<IconPlus size={18} />} visibleFrom="sm">
              New application
            </Button>
            <Tooltip label="New application">
              <ActionIcon
                component={Link}
                to="/applications/new"
                size="lg"
                hiddenFrom="sm"
                aria-label="New application"
              >
                <IconPlus size={20} />
              </ActionIcon>
            </Tooltip>
            <ColorSchemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="md" aria-label="Main" style={{ overflowY: 'auto' }}>
        <HeaderSearch at="menu" mb="md" />
        <MainNav />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <SampleBanner />
        <Outlet />
      </AppShell.Main>
      <Shortcuts />
    </AppShell>
  );
}
