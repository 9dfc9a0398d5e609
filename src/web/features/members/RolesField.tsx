import { Checkbox, SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { roles as allRoles, type Role } from '../../../contracts/roles';

interface RolesFieldProps {
  value: Role[];
  onChange: (roles: Role[]) => void;
  error?: ReactNode;
  label: string;
}

/** The roles to give someone, each with a line on what it lets them do. */
export function RolesField({ value, onChange, error, label }: RolesFieldProps) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group
      label={label}
      value={value}
      onChange={(next) => onChange(next as Role[])}
      error={error}
      withAsterisk
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm" mt="xs">
        {allRoles.map((role) => (
          <Checkbox
            key={role}
            value={role}
            label={t(`roles.${role}`)}
            description={t(`roleDescriptions.${role}`)}
          />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
