import { Badge, Button, Card, Group, NativeSelect, Stack, Switch, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '../../../contracts/programs';
import { MAX_REFERENCES_REQUIRED } from '../../../contracts/screening';
import { useScreeningRequirements, useUpdateScreeningRequirements } from '../../api/screening';
import { notifyError, notifySaved } from '../../components/notify';
import { QueryError } from '../../components/QueryError';
import { useCan } from '../organisation/OrganisationContext';

/** The program's screening checklist: shown to recruiters, changed by program managers. */
export function ScreeningChecklistCard({ program }: { program: Pick<Program, 'id' | 'name'> }) {
  const canRead = useCan('recruitment.manage');
  if (!canRead) return null;
  return <ChecklistCard programId={program.id} />;
}

function ChecklistCard({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const canEdit = useCan('programs.manage');
  const requirements = useScreeningRequirements(programId);
  const update = useUpdateScreeningRequirements(programId);
  const [interview, setInterview] = useState(true);
  const [references, setReferences] = useState('0');
  const data = requirements.data;

  useEffect(() => {
    if (!data) return;
    setInterview(data.interviewRequired);
    setReferences(String(data.referencesRequired));
  }, [data]);

  if (requirements.isError) {
    return <QueryError error={requirements.error} onRetry={() => void requirements.refetch()} />;
  }
  if (!data) return null;
  const changed =
    interview !== data.interviewRequired || Number(references) !== data.referencesRequired;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="checklist-title">
      <Stack gap="sm">
        <Text fw={600} id="checklist-title" component="h2" m={0} fz="md">
          {t('screening.checklist.title')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('screening.checklist.intro')}
        </Text>
        {canEdit ? (
          <Group gap="lg" wrap="wrap" align="flex-end">
            <Switch
              label={t('screening.checklist.interview')}
              checked={interview}
              onChange={(e) => setInterview(e.currentTarget.checked)}
            />
            <NativeSelect
              label={t('screening.checklist.references')}
              value={references}
              onChange={(e) => setReferences(e.currentTarget.value)}
              data={Array.from({ length: MAX_REFERENCES_REQUIRED + 1 }, (_, n) => String(n))}
              w={120}
            />
          </Group>
        ) : (
          <Group gap="xs" wrap="wrap">
            <Badge variant="light" color="gray" tt="none">
              {data.interviewRequired
                ? t('screening.checklist.interviewYes')
                : t('screening.checklist.interviewNo')}
            </Badge>
            <Badge variant="light" color="gray" tt="none">
              {t('screening.checklist.referencesCount', { count: data.referencesRequired })}
            </Badge>
          </Group>
        )}
        <Text size="sm">
          {data.childCertificateRequired
            ? t('screening.checklist.certificateYes')
            : t('screening.checklist.certificateNo')}
        </Text>
        {canEdit && (
          <Group>
            <Button
              variant="light"
              disabled={!changed}
              loading={update.isPending}
              onClick={() =>
                update.mutate(
                  { interviewRequired: interview, referencesRequired: Number(references) },
                  {
                    onSuccess: () => notifySaved(t('screening.checklist.saved')),
                    onError: (error) => notifyError(error),
                  },
                )
              }
            >
              {t('screening.checklist.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
