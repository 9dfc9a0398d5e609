import { Button, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { RoleBadges } from '../members/RoleBadges';
import { useOrganisations } from './OrganisationContext';

/** For a person in several organisations who has not chosen one on this device yet. */
export function ChooseOrganisation() {
  const { t } = useTranslation();
  const { memberships, choose } = useOrganisations();
  return (
    <>
      <PageHeader
        title={t('organisation.chooseTitle')}
        description={t('organisation.chooseHelp')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {memberships.map((membership) => (
          <Paper key={membership.organisationId} withBorder p="lg">
            <Stack gap="sm" align="flex-start">
              <Text fw={600} component="h2" fz="lg" m={0}>
                {membership.organisationName}
              </Text>
              <RoleBadges roles={membership.roles} />
              <Button onClick={() => choose(membership.organisationId)}>
                {t('organisation.open', { name: membership.organisationName })}
              </Button>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </>
  );
}
