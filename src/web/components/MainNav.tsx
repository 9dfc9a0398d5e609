import { NavLink, Stack, Text } from '@mantine/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Permission } from '../../contracts/policy';
import type { Role } from '../../contracts/roles';
import { useOrganisations } from '../features/organisation/OrganisationContext';
import {
  AlertIcon,
  HomeIcon,
  KeyIcon,
  MailIcon,
  MembersIcon,
  ProgramsIcon,
  SettingsIcon,
  TrainingIcon,
} from './icons';

interface NavItem {
  to: string;
  label:
    | 'nav.home'
    | 'nav.training'
    | 'nav.programs'
    | 'nav.members'
    | 'nav.apiTokens'
    | 'nav.outbox'
    | 'nav.settings'
    | 'nav.nominations'
    | 'nav.applications'
    | 'nav.children'
    | 'nav.myRegistration'
    | 'nav.childCertificates'
    | 'nav.auditLog'
    | 'nav.matches'
    | 'nav.help'
    | 'nav.helpInbox'
    | 'nav.concerns'
    | 'nav.checkIns';
  icon: ComponentType<{ size?: number }>;
  /** Shown only to roles holding this permission in the current organisation. */
  permission?: Permission;
  /** Shown only to people holding this role or one of these (theirs, not what they may see). */
  role?: Role | Role[];
}

const work: NavItem[] = [
  { to: '/', label: 'nav.home', icon: HomeIcon },
  { to: '/training', label: 'nav.training', icon: TrainingIcon, role: 'mentor' },
  { to: '/programs', label: 'nav.programs', icon: ProgramsIcon, permission: 'organisation.read' },
  { to: '/members', label: 'nav.members', icon: MembersIcon, permission: 'members.read' },
  { to: '/applications', label: 'nav.applications', icon: ProgramsIcon, role: 'mentor' },
  { to: '/children', label: 'nav.children', icon: MembersIcon, role: 'guardian' },
  // A student or employee follows their own registration on the same page.
  { to: '/children', label: 'nav.myRegistration', icon: MembersIcon, role: 'mentee' },
  {
    to: '/matches',
    label: 'nav.matches',
    icon: MembersIcon,
    role: ['mentor', 'mentee', 'guardian'],
  },
  {
    to: '/nominations',
    label: 'nav.nominations',
    icon: MembersIcon,
    permission: 'nominations.create',
  },
  {
    to: '/child-certificates',
    label: 'nav.childCertificates',
    icon: KeyIcon,
    permission: 'childCertificates.decide',
  },
  { to: '/check-ins', label: 'nav.checkIns', icon: TrainingIcon, permission: 'checkIns.manage' },
  { to: '/help-inbox', label: 'nav.helpInbox', icon: MailIcon, permission: 'help.answer' },
  { to: '/concerns', label: 'nav.concerns', icon: AlertIcon, permission: 'concerns.handle' },
];

const administration: NavItem[] = [
  { to: '/api-tokens', label: 'nav.apiTokens', icon: KeyIcon, permission: 'apiTokens.manage' },
  { to: '/outbox', label: 'nav.outbox', icon: MailIcon, permission: 'outbox.read' },
  { to: '/audit-log', label: 'nav.auditLog', icon: KeyIcon, permission: 'audit.read' },
];

const personal: NavItem[] = [
  { to: '/help', label: 'nav.help', icon: AlertIcon },
  { to: '/settings', label: 'nav.settings', icon: SettingsIcon },
];

/** The navigation, showing only what the person's roles allow. */
export function MainNav() {
  const { t } = useTranslation();
  const { current } = useOrganisations();
  const { pathname } = useLocation();
  const allowed = (item: NavItem) =>
    (!item.permission || (current?.can[item.permission] ?? false)) &&
    (!item.role || [item.role].flat().some((role) => current?.roles.includes(role) ?? false));
  // `/help` is not active on `/help-inbox`: a path segment must match whole.
  const isActive = (to: string) =>
    to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);

  const links = (items: NavItem[]) =>
    items.filter(allowed).map((item) => {
      const active = isActive(item.to);
      return (
        <NavLink
          key={item.to}
          component={Link}
          to={item.to}
          label={t(item.label)}
          leftSection={<item.icon />}
          active={active}
          aria-current={active ? 'page' : undefined}
          fw={500}
        />
      );
    });

  const adminLinks = links(administration);
  return (
    <Stack gap={2} component="div">
      {links(work)}
      {adminLinks.length > 0 && (
        <>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm">
            {t('nav.administration')}
          </Text>
          {adminLinks}
        </>
      )}
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm">
        {t('nav.you')}
      </Text>
      {links(personal)}
    </Stack>
  );
}
