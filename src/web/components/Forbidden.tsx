import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from './PageHeader';

export function Forbidden() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('errors.forbiddenTitle')} />
      <Text mb="sm">{t('errors.forbiddenHelp')}</Text>
      <Anchor component={Link} to="/">
        {t('common.backHome')}
      </Anchor>
    </>
  );
}
