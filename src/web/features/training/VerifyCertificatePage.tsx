import { Alert, DataList, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { usePublicCertificate } from '../../api/training';
import { AlertIcon, CheckIcon } from '../../components/icons';
import { PageLoader } from '../../components/PageLoader';
import { PublicLayout } from '../../components/PublicLayout';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../i18n/format';

/** The public page a certificate's code leads to: valid, expired or unknown; nothing more. */
export function VerifyCertificatePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { code = '' } = useParams();
  const certificate = usePublicCertificate(code);
  useDocumentTitle(`${t('verify.title')} · Mentorpath`);

  let content: React.ReactNode;
  if (certificate.isPending) content = <PageLoader />;
  else if (certificate.isError) {
    content =
      certificate.error instanceof ApiError && certificate.error.status === 404 ? (
        <Alert color="red" variant="light" icon={<AlertIcon />} title={t('verify.notFound')}>
          {t('verify.notFoundHelp')}
        </Alert>
      ) : (
        <QueryError error={certificate.error} onRetry={() => void certificate.refetch()} />
      );
  } else {
    const data = certificate.data;
    const valid = data.status === 'valid';
    content = (
      <Stack gap="md">
        <Alert
          color={valid ? 'mentorTeal' : 'orange'}
          variant="light"
          icon={valid ? <CheckIcon /> : <AlertIcon />}
          title={valid ? t('verify.valid') : t('verify.expired')}
        >
          {valid ? t('verify.validHelp') : t('verify.expiredHelp')}
        </Alert>
        <DataList size="sm" orientation="horizontal" labelWidth="8rem" gap="xs">
          {(
            [
              [t('verify.name'), data.name],
              [t('verify.program'), data.programName],
              [t('verify.validFrom'), format.date(data.validFrom)],
              [t('verify.validUntil'), format.date(data.validUntil)],
            ] as const
          ).map(([label, value]) => (
            <DataList.Item key={label}>
              <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
              <DataList.ItemValue className="break-anywhere">{value}</DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
      </Stack>
    );
  }

  return (
    <PublicLayout>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={1} fz="h3">
            {t('verify.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('verify.code')}{' '}
            <Text span ff="monospace" className="break-anywhere">
              {code}
            </Text>
          </Text>
        </Stack>
        {content}
      </Stack>
    </PublicLayout>
  );
}
