import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';

/** Someone with an account but no membership (removed, or not yet added anywhere). */
export function NoOrganisation() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('organisation.noneTitle')} />
      <Text mb="sm">{t('organisation.noneHelp')}</Text>
      <Anchor component={Link} to="/settings">
        {t('organisation.noneSettings')}
      </Anchor>
    </>
  );
}
