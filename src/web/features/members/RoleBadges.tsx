import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../contracts/roles';

/** A person's roles, in the order the organisation thinks of them. */
export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      {roles.map((role) => (
        <Badge key={role} variant="light" color="gray" tt="none" fw={600} radius="sm">
          {t(`roles.${role}`)}
        </Badge>
      ))}
    </Group>
  );
}
