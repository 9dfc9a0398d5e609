import { type BoxProps, NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrganisations } from './OrganisationContext';

/** The current organisation's name; a choice when the person belongs to several. */
export function OrganisationSwitch(props: BoxProps & { hiddenFrom?: 'sm'; visibleFrom?: 'sm' }) {
  const { t } = useTranslation();
  const { memberships, current, choose } = useOrganisations();
  if (memberships.length === 0) return null;
  if (memberships.length === 1) {
    return (
      <Text size="sm" c="dimmed" truncate maw={{ base: '100%', sm: 260 }} {...props}>
        {current?.organisationName}
      </Text>
    );
  }
  return (
    <NativeSelect
      {...props}
      size="sm"
      aria-label={t('organisation.label')}
      value={current?.organisationId ?? ''}
      onChange={(event) => choose(event.currentTarget.value)}
      data={[
        ...(current ? [] : [{ value: '', label: t('organisation.choosePlaceholder') }]),
        ...memberships.map((m) => ({ value: m.organisationId, label: m.organisationName })),
      ]}
    />
  );
}
