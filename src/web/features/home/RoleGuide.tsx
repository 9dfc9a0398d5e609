import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '../../../contracts/roles';
import type { Membership } from '../../api/session';

type LinkKey = 'members' | 'apiTokens' | 'outbox' | 'newProgram' | 'drafts' | 'programs';

const targets: Record<LinkKey, { to: string; permission?: keyof Membership['can'] }> = {
  members: { to: '/members', permission: 'members.read' },
  apiTokens: { to: '/api-tokens', permission: 'apiTokens.manage' },
  outbox: { to: '/outbox', permission: 'outbox.read' },
  newProgram: { to: '/programs/new', permission: 'programs.manage' },
  drafts: { to: '/programs?status=draft', permission: 'programs.manage' },
  programs: { to: '/programs', permission: 'organisation.read' },
};

/** The pages each role works from; only links the person's permissions allow are shown. */
const roleLinks: Record<Role, LinkKey[]> = {
  admin: ['members', 'apiTokens', 'outbox'],
  coordinator: ['newProgram', 'drafts', 'members'],
  trainer: ['programs'],
  hr: ['programs'],
  safeguarding: ['programs'],
  mentor: ['programs'],
  mentee: ['programs'],
  guardian: ['programs'],
};

/** What a role means in Mentorpath, with the pages to use it from. */
export function RoleGuide({ role, can }: { role: Role; can: Membership['can'] }) {
  const { t } = useTranslation();
  const links = roleLinks[role].filter((key) => {
    const permission = targets[key].permission;
    return !permission || can[permission];
  });
  return (
    <Card withBorder padding="lg">
      <Stack gap="xs">
        <Title order={3} fz="h4">
          {t(`roles.${role}`)}
        </Title>
        <Text size="sm">{t(`home.guide.${role}`)}</Text>
        {links.length > 0 && (
          <Stack gap={4} mt={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {links.map((key) => (
              <li key={key}>
                <Anchor component={Link} to={targets[key].to} size="sm" fw={600}>
                  {t(`home.guideLinks.${key}`)}
                </Anchor>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
