import { Anchor, AppShell, Burger, Container, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { OrganisationSwitch } from '../features/organisation/OrganisationSwitch';
import { NotificationsBell } from '../features/relationships/NotificationsBell';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { PageLoader } from './PageLoader';
import { UserMenu } from './UserMenu';
import { usePhone } from './use-phone';

/** The signed-in frame: header, navigation (a burger menu on phones) and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const [navOpened, nav] = useDisclosure(false);
  const phone = usePhone();
  const { pathname } = useLocation();

  // A phone's menu covers the page: close it once a link has been followed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => nav.close(), [pathname]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a className="skip-link" href="#main-content">
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px={{ base: 'sm', sm: 'md' }} justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={navOpened}
              aria-controls="main-navigation"
            />
            <Anchor component={Link} to="/" fw={700} fz="lg" c="mentorTeal.8" underline="never">
              Mentorpath
            </Anchor>
            <OrganisationSwitch visibleFrom="sm" />
          </Group>
          <Group gap={4} wrap="nowrap">
            <NotificationsBell />
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        id="main-navigation"
        p="sm"
        aria-label={t('nav.label')}
        // Off-screen links on a phone must not take keyboard focus.
        inert={phone && !navOpened}
      >
        <OrganisationSwitch hiddenFrom="sm" mb="sm" />
        <MainNav />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} bg="gray.0">
        <Container size="lg" px={0}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
